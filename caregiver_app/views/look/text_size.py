"""App-wide text size, from 100% to 200%, applied by scaling the application font."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

MIN_PERCENT = 100
MAX_PERCENT = 200
STEP_PERCENT = 10


def clamp_percent(percent: int) -> int:
    """Keep a stored or requested size inside the supported range and on a step."""
    percent = round(int(percent) / STEP_PERCENT) * STEP_PERCENT
    return max(MIN_PERCENT, min(MAX_PERCENT, percent))


class TextScale:
    """Remembers the platform's base font and scales the whole app from it."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._base = app.font()
        self.percent = MIN_PERCENT

    def apply(self, percent: int) -> int:
        """Set the text size and return the percentage actually used."""
        self.percent = clamp_percent(percent)
        font = self._base
        font = type(font)(font)  # a copy: the base must stay as the platform gave it
        size = self._base.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.percent / 100)
        else:
            font.setPixelSize(round(self._base.pixelSize() * self.percent / 100))
        self._app.setFont(font)
        # Some platforms give menus a font of their own; they grow with the rest.
        for class_name in ("QMenuBar", "QMenu", "QToolTip", "QStatusBar"):
            self._app.setFont(font, class_name)
        # A style sheet (the high-contrast theme's, a banner's own) fixes the font a
        # widget had when it was polished; polishing again lets the new size in.
        self._app.setStyleSheet(self._app.styleSheet())
        return self.percent

    def larger(self) -> int:
        """One step larger."""
        return self.apply(self.percent + STEP_PERCENT)

    def smaller(self) -> int:
        """One step smaller."""
        return self.apply(self.percent - STEP_PERCENT)

    def reset(self) -> int:
        """Back to the platform's size."""
        return self.apply(MIN_PERCENT)


def fit_to_content(dialog, content, extra_width: int = 0) -> None:
    """Make a dialog wide enough for ``content`` (no sideways scrolling), within the screen.

    At large text sizes a form needs more room than its usual size; it gets it, up
    to the screen's edge, and scrolls up and down beyond that.
    """
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    hint = content.sizeHint()
    width = max(dialog.width(), hint.width() + 60 + extra_width)
    height = max(dialog.height(), hint.height() + 120)
    dialog.resize(min(width, room.width() - 20), min(height, room.height() - 20))
