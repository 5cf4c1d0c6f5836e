"""The layers' arrows point one way: views -> services -> store, and only views use Qt's GUI.

Two kinds of check. In a subprocess, importing every store and services module and running
headless commands loads no QtWidgets or QtGui. Read with ast
(``tests/helpers/package_imports.py``), every import each module writes, at the top, inside
functions and under ``if TYPE_CHECKING:`` (a type from a higher layer is still a dependency):
store imports nothing from services, views or cli; services nothing from views or cli;
neither imports any part of PySide6 but QtCore (for ``translate`` and ``QStandardPaths``);
views never import peewee and never mention ``database_proxy``: they ask the store.
"""

import subprocess
import sys

import pytest

from tests.helpers.package_imports import PACKAGE_NAME, imports_from, package_modules

CHECK = r"""
import importlib, os, pkgutil, sys, tempfile
import caregiver_app.services, caregiver_app.store
for package in (caregiver_app.store, caregiver_app.services):
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(module.name)
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


HIGHER_LAYERS = {
    "store": ("services", "views", "cli"),
    "services": ("views", "cli"),
}


def listed(offenders: list[str]) -> str:
    return "\n".join(f"  {offender}" for offender in offenders)


@pytest.mark.parametrize("layer", sorted(HIGHER_LAYERS))
def test_no_import_points_up_a_layer(layer):
    higher = [f"{PACKAGE_NAME}.{name}" for name in HIGHER_LAYERS[layer]]
    offenders = [
        found.where()
        for found in imports_from(layer)
        if any(found.within(module) for module in higher)
    ]
    assert not offenders, f"{layer}/ imports from a layer above it:\n" + listed(offenders)


@pytest.mark.parametrize("layer", ["store", "services"])
def test_the_qt_free_layers_import_only_qtcore_from_pyside(layer):
    offenders = [
        found.where()
        for found in imports_from(layer)
        if found.within("PySide6") and not found.within("PySide6.QtCore")
    ]
    assert not offenders, f"{layer}/ imports Qt beyond QtCore:\n" + listed(offenders)


def test_views_import_no_peewee():
    offenders = [
        found.where()
        for found in imports_from("views")
        if found.within("peewee") or found.within("playhouse")
    ]
    assert not offenders, "views/ import peewee; ask the store instead:\n" + listed(offenders)


def test_views_never_mention_database_proxy():
    offenders = [
        f"{name}:{number}"
        for name, path in package_modules().items()
        if name.startswith(f"{PACKAGE_NAME}.views.")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "database_proxy" in line
    ]
    assert not offenders, "views/ use database_proxy; ask the store instead:\n" + listed(offenders)
