"""The wheel and number guards, put on each value control as Qt first polishes it.

The guards used to be event filters on the whole application: every event of every
widget (a thousand or more to show the Today page) went through two Python calls,
for the few that concern a combo box, spin box or slider. Here the application's style
hands each widget it polishes to the guards, and each guard filters only the widgets
it is for. Qt polishes every widget before it is first shown, wherever it is made (a
form from Qt Designer, a dialog, a box Qt makes itself), so none is left out.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from caregiver_app.views.widgets.number_guard import NumberGuard
from caregiver_app.views.widgets.wheel_guard import WheelGuard


class GuardStyle(QProxyStyle):
    """The platform's own style, unchanged, that also guards each widget it polishes."""

    def __init__(self, wheel: WheelGuard, numbers: NumberGuard) -> None:
        super().__init__()
        self.wheel = wheel
        self.numbers = numbers

    def polish(self, target: QWidget | QApplication | QPalette) -> None:
        """Polish as the platform does; a value control also gets its guards."""
        super().polish(target)
        if isinstance(target, QWidget):
            self.wheel.guard(target)
            self.numbers.guard(target)


def install_input_guards(app: QApplication) -> GuardStyle:
    """Guard every value control of ``app``, made now or later (once; later calls return it).

    Best called before the first widget is made: widgets polished already are polished
    again when the style is set.
    """
    style = app.findChild(GuardStyle)  # a style sheet's style may stand in front of it
    if style is not None:
        return style
    wheel, numbers = WheelGuard(app), NumberGuard(app)
    style = GuardStyle(wheel, numbers)
    app.setStyle(style)
    return style
