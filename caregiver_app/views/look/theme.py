"""Themes: the system's own light or dark look, or a high-contrast one (WCAG AAA, 7:1)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from caregiver_app.views.look.contrast import enforce_contrast

SYSTEM = "system"
HIGH_CONTRAST = "high-contrast"


class Themes:
    """Remembers the platform's own look so switching back restores it.

    The system theme keeps the platform's colours, but any text colour below 7:1 on
    its background (a pale selection, a faint placeholder) is darkened or lightened
    just enough to reach it.
    """

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._system_palette = QPalette(app.palette())
        self._system_style_sheet = app.styleSheet()
        self.current = SYSTEM

    def apply(self, theme: str) -> str:
        """Use ``theme``; unknown names fall back to the system's look."""
        if theme == HIGH_CONTRAST:
            # Loaded when chosen: most families keep the system's look.
            from caregiver_app.views.look.high_contrast import high_contrast_palette, style_sheet

            self._app.setPalette(high_contrast_palette())
            self._app.setStyleSheet(style_sheet())
        else:
            theme = SYSTEM
            self._app.setPalette(enforce_contrast(self._system_palette))
            self._app.setStyleSheet(self._system_style_sheet)
        self.current = theme
        return theme
