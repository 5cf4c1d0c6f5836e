"""Off by default: with phones off the started window loads no server code, opens no socket."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

START = r"""
import os, socket, sys, time

def refuse(*args, **kwargs):
    raise RuntimeError("network use attempted")

socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from caregiver_app.paths import set_application_identity
set_application_identity()
from caregiver_app.store.opening import open_store
from caregiver_app.views.app import application, build_window

folder = sys.argv[1]
database = open_store(folder)
app = application()
window = build_window(folder)
window.show()
end = time.monotonic() + 2
while time.monotonic() < end:  # past the first paint, when phones would start
    app.processEvents()
window.signals.appointments_changed.emit()
window.signals.contacts_changed.emit()
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
print("SOCKETS", len(sockets))
print("LABEL", window.phones.label.isVisible())
print("MODULES", " ".join(sorted(sys.modules)))
window.close()
database.close()
"""


def test_the_started_window_leaves_phones_alone(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "record")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "network use attempted" not in result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["SOCKETS"] == "0"
    assert lines["LABEL"] == "False"
    modules = lines["MODULES"].split()
    assert "caregiver_app.views.phones.phones_sync" in modules  # the window has it
    loaded = [
        name
        for name in modules
        if name.split(".")[0] in ("caldav", "niquests", "keyring", "urllib3", "requests")
        or name.startswith(
            ("caregiver_app.services.phones.sync", "caregiver_app.services.phones.dav")
        )
    ]
    assert loaded == []
