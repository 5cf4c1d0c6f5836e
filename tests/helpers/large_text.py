"""The window at a larger text size, and a form opened in it that must not scroll sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea


def window_at(make_window, qtbot, percent: int = 200, tab=None):
    """A shown main window (on ``tab``, a tab attribute's name) after View > Larger text has
    been pressed until the text is at ``percent``."""
    window = make_window()
    if tab is not None:
        window.tabs.setCurrentWidget(getattr(window, tab))
    window.show()
    qtbot.waitExposed(window)
    while window.text_scale.percent < percent:  # View > Larger text
        window.actions_by_name["textLarger"].trigger()
    assert window.text_scale.percent == percent
    return window


def shown_active(qtbot, dialog):
    """``dialog`` on screen with the keyboard (the keys go where the focus is)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def no_sideways_scroll(qtbot, dialog) -> None:
    """The dialog's form fits its scroll area's width: nothing cut off at the right."""
    scroll = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBar().maximum() == 0
