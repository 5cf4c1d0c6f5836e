"""Loads PySide6 without the source scan it runs after every import: the app selects no
PySide feature, so the scan's answer is never used.

PySide6 replaces ``__import__`` so that a module may write ``from __feature__ import
snake_case`` (or ``true_property``). After each import it asks whether the new module
might do so, by reading the module's whole source and looking for "PySide6"
(``shibokensupport.feature._mod_uses_pyside``). The answer only marks the module as one
whose feature selection is switched (0) or ignored (-1); an application that never
selects a feature sees the same Qt either way. The reading itself is the cost, and the text
stays in ``linecache``: measured on the benchmark record, turning it off takes 4% of the
instructions and 3 MiB out of the window's start, and 2% of the instructions and 6 to 8
MiB out of a visit summary or a medicine chart.

:func:`skip_feature_scan` answers "ignored" without reading. Nothing in the app imports
``__feature__`` (``tests/project/test_pyside_scan.py`` checks), and a PySide6 that no
longer has the scan is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _selects_no_feature(module: ModuleType) -> bool:
    """The scan's answer for every module: it does not use PySide features."""
    return False


def skip_feature_scan() -> bool:
    """Import PySide6's core and turn its per-import source scan off.

    Returns True when the scan was found and turned off, False when this PySide6 has none.
    """
    import PySide6.QtCore  # noqa: F401  (installs the import hook whose scan goes off)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _selects_no_feature  # type: ignore[attr-defined]
    return True
