"""Start-up and a full tour of the tabs open no network connection."""

import os
import subprocess
import sys

TOUR = r"""
import os, socket, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"

def refuse(*args, **kwargs):
    raise RuntimeError("network use attempted")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from caregiver_app.paths import set_application_identity
set_application_identity()
from caregiver_app.cli.main import prepare_demo_dir
from caregiver_app.store.opening import open_store
from caregiver_app.views.app import application, build_window

folder = prepare_demo_dir()
database = open_store(folder)
app = application()
window = build_window(folder, demo=True)
window.show()
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    app.processEvents()
window.show_where_is_my_data().close()
window.show_about().close()
window.edit_profile().reject()
app.processEvents()
sockets = []
if sys.platform.startswith("linux"):
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            sockets.append(target)
network_modules = sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork"))
print("SOCKETS", len(sockets))
print("QTNETWORK", ",".join(network_modules) or "none")
window.close()
database.close()
"""


def test_start_up_and_tour_use_no_network(tmp_path):
    env = {**os.environ, "CAREGIVER_APP_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", TOUR], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "network use attempted" not in result.stderr
    assert "QTNETWORK none" in result.stdout
    if sys.platform.startswith("linux"):
        assert "SOCKETS 0" in result.stdout, result.stdout
