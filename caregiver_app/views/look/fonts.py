"""The fonts shipped in resources/fonts, given to Qt so every script shows offline."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from caregiver_app.resources import resource_path

LATIN = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
CJK = ("DroidSansFallback.ttf",)
_loaded: set[str] = set()


def load_fonts(names: tuple[str, ...]) -> None:
    """Register each font file once; Qt then falls back to it for characters others lack."""
    for name in names:
        if name not in _loaded:
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            _loaded.add(name)
