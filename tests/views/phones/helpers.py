"""Typing and clicking through File > Phones and calendars..., as a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton


def open_phones_dialog(qtbot, window):
    """File > Phones and calendars...; the dialog it opens."""
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["phonesAndCalendars"].trigger()
    dialog = window.phones.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # the keys go where the focus is
    return dialog


def click(qtbot, widget) -> None:
    """A left click on ``widget``: on a radio button's circle, else in its middle."""
    if isinstance(widget, QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_and_test(qtbot, dialog, url: str, user: str, password: str) -> None:
    """Type the server, the user and the password, click Test connection, wait for it."""
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, password)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)


def choose_and_start(qtbot, dialog, send: str = "when-where") -> None:
    """Choose what leaves the computer, click Start, wait until the dialog has closed."""
    click(qtbot, dialog.send_choice.buttons[send])
    assert dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        click(qtbot, dialog.start_button)


def tab_to(qtbot, dialog, widget) -> None:
    """Press Tab until ``widget`` has the keyboard, as a person moving down the form."""
    for _ in range(40):
        if dialog.focusWidget() is widget:
            return
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.accessibleName()}")
