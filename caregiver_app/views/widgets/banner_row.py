"""A banner with the buttons that answer it, laid out one way wherever a notice asks something."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from caregiver_app.views.widgets.banner import Banner
from caregiver_app.views.widgets.form_parts import button_line


class BannerRow(QWidget):
    """A banner named ``name`` with its buttons in a column at its right (the notes above
    the tabs), or ``under`` it in a line (in a page, where both fit at twice the text size).

    Hidden until there is something to say: the row hides and shows the banner with its
    buttons. ``margins`` (left, top, right, bottom) set it off from what is around it.
    """

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        under: bool = False,
        margins: tuple[int, int, int, int] = (0, 0, 0, 0),
    ) -> None:
        super().__init__(parent)
        self.banner = Banner(name, self)
        self.banner.show()
        self.buttons = button_line(vertical=not under)
        layout = QVBoxLayout(self) if under else QHBoxLayout(self)
        layout.setContentsMargins(*margins)
        layout.addWidget(self.banner, 0 if under else 1)
        layout.addLayout(self.buttons)
        self.hide()

    def add_buttons(self, *buttons: QWidget) -> None:
        """Put ``buttons`` after the ones already there (the room left over stays last)."""
        for button in buttons:
            self.buttons.insertWidget(self.buttons.count() - 1, button)
