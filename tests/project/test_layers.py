"""The store, the services and headless commands never load Qt's GUI modules."""

import subprocess
import sys

CHECK = r"""
import importlib, os, pkgutil, sys, tempfile
import caregiver_app.services, caregiver_app.store
for package in (caregiver_app.store, caregiver_app.services):
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(module.name)
from caregiver_app.cli.main import main
from caregiver_app.cli.main import main
out = tempfile.mkdtemp()
assert main(["info"]) == 0
assert main(["contacts", "export", os.path.join(out, "team.vcf")]) == 0
assert main(["contacts", "sheet", os.path.join(out, "who.pdf")]) == 0
gui = sorted(n for n in sys.modules if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui")))
print("GUI:" + ",".join(gui))
"""

IMPORT_ONLY = r"""
import caregiver_app.store
from caregiver_app.store.database import database_proxy
import caregiver_app.store.models
print("BOUND" if database_proxy.obj is not None else "UNBOUND")
"""


def test_store_services_and_headless_command_import_no_gui(data_dir):
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "GUI:\n" in result.stdout or result.stdout.strip().endswith("GUI:"), result.stdout


def test_importing_the_store_connects_nothing_and_creates_nothing(data_dir):
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ONLY], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "UNBOUND"
    assert not data_dir.exists()
