"""The diary's forms at 200% text on a small screen: read top to bottom, never sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from caregiver_app.store.diary.medicines import list_medicines

LEFT = Qt.MouseButton.LeftButton


def _window_at_200(make_window, qtbot):
    window = make_window()
    window.tabs.setCurrentWidget(window.diary_tab)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(10):  # View > Larger text, up to 200%
        window.actions_by_name["textLarger"].trigger()
    assert window.text_scale.percent == 200
    return window


def _shown(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    scroll = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing cut off at the right
    return dialog


def test_the_medicine_form_scrolls_only_down_at_200_percent(store, make_window, qtbot):
    panel = _window_at_200(make_window, qtbot).diary_tab.medicines
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = _shown(qtbot, panel.dialog)
    ui = dialog.ui
    # The explanation is a wrapped line under the box, not part of the box's text.
    assert ui.asNeededCheck.text() == "Taken &as needed"
    assert ui.asNeededNote.text() == "A breakthrough or PRN medicine."
    assert ui.asNeededNote.wordWrap()
    assert ui.asNeededNote.geometry().top() >= ui.asNeededCheck.geometry().bottom()

    qtbot.keyClicks(ui.nameEdit, "Morphine oral solution")
    # Its underlined key, pressed in the window as a person does.
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.asNeededCheck.isChecked)
    qtbot.mouseClick(dialog.save_button, LEFT)
    [saved] = list_medicines()
    assert saved.name == "Morphine oral solution" and saved.as_needed
