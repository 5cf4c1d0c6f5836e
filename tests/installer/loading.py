"""The installer's scripts as modules: ``installer/`` is a folder of tools, not a package."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.helpers.paths import PROJECT_ROOT

INSTALLER = PROJECT_ROOT / "installer"


def installer_module(name: str) -> ModuleType:
    """Import ``installer/<name>.py`` once."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
