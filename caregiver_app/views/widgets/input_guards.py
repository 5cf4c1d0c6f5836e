"""The wheel and number guards, put on each value control as Qt first polishes it, and
one-line boxes that keep all of a long paste.

The guards used to be event filters on the whole application: every event of every
widget (a thousand or more to show the Today page) went through two Python calls,
for the few that concern a combo box, spin box or slider. Here the application's style
hands each widget it polishes to the guards, and each guard filters only the widgets
it is for. Qt polishes every widget before it is first shown, wherever it is made (a
form from Qt Designer, a dialog, a box Qt makes itself), so none is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLineEdit

    from caregiver_app.views.widgets.number_guard import NumberGuard
    from caregiver_app.views.widgets.wheel_guard import WheelGuard

# By Qt's class names: asking a widget costs no Python class of its own, and the guards'
# modules (with the Qt classes they use) load when the first such control is polished,
# not before the window's first paint.
_VALUE_CONTROLS = ("QComboBox", "QAbstractSpinBox", "QAbstractSlider")
QT_LINE_LIMIT = 32767  # QLineEdit's own default maxLength
WHOLE_TEXT = 2**31 - 1  # the largest it takes


class GuardStyle(QProxyStyle):
    """The platform's own style, unchanged, that also guards each widget it polishes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.wheel: WheelGuard | None = None
        self.numbers: NumberGuard | None = None

    def polish(self, target: QWidget | QApplication | QPalette) -> None:
        """Polish as the platform does; a value control also gets its guards, and a
        one-line box keeps all of what is pasted into it."""
        super().polish(target)
        if not isinstance(target, QWidget):
            return
        if any(target.inherits(name) for name in _VALUE_CONTROLS):
            self.wheel_guard().guard(target)
        if target.inherits("QAbstractSpinBox") and not target.inherits("QDateTimeEdit"):
            self.number_guard().guard(target)
        if target.inherits("QLineEdit"):
            line = cast("QLineEdit", target)
            if line.maxLength() == QT_LINE_LIMIT:
                # Qt cuts what is typed or pasted into a one-line box at 32,767
                # characters, without a word; what the family puts in is what is kept
                # (the store says where a field has a limit of its own).
                line.setMaxLength(WHOLE_TEXT)

    def wheel_guard(self) -> WheelGuard:
        """The one wheel guard (made on first use; a child of the application)."""
        if self.wheel is None:
            from caregiver_app.views.widgets.wheel_guard import WheelGuard

            self.wheel = WheelGuard(self.app)
        return self.wheel

    def number_guard(self) -> NumberGuard:
        """The one number guard (made on first use; a child of the application)."""
        if self.numbers is None:
            from caregiver_app.views.widgets.number_guard import NumberGuard

            self.numbers = NumberGuard(self.app)
        return self.numbers


def install_input_guards(app: QApplication) -> GuardStyle:
    """Guard every value control of ``app``, made before or after (once; later calls return it).

    Qt polishes the widgets polished already again, through this style, when it is set.
    """
    style = app.findChild(GuardStyle)  # a style sheet's style may stand in front of it
    if style is not None:
        return style
    style = GuardStyle(app)
    app.setStyle(style)
    return style
