"""File > Password protection... at twice the text size on a small screen, in every
language: its words wrap and it scrolls only down, like the other forms at 200%."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFormLayout

from tests.helpers.clipping import problems
from tests.helpers.large_text import no_sideways_scroll, shown_active, window_at
from tests.views.test_clipping_more_dialogs import PASSWORD, _set_password


def _password_dialog(make_window, qtbot, protected: bool):
    window = window_at(make_window, qtbot, 200)
    window.view_options.theme_actions["high-contrast"].trigger()  # the thickest borders
    if protected:
        _set_password(window, qtbot)
    window.actions_by_name["passwordProtection"].trigger()
    dialog = shown_active(qtbot, window.password_dialog)
    for _ in range(3):  # layouts post their work; a few passes let it all land
        QApplication.processEvents()
    return window, dialog


@pytest.mark.parametrize("protected", [False, True], ids=["set", "change"])
def test_the_password_dialog_scrolls_only_down_at_200_percent(
    demo_store, make_window, qtbot, each_language, protected
):
    # In Spanish the lock time's longest choice beside its label, and the "I understand"
    # box on one line, made the form wider than the window: it scrolled sideways.
    _window, dialog = _password_dialog(make_window, qtbot, protected)
    no_sideways_scroll(qtbot, dialog)
    assert problems(dialog) == []
    (form,) = [layout for layout in dialog.findChildren(QFormLayout)]
    assert form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows


def test_the_wrapped_understood_box_still_ticks_with_a_click_on_its_words(
    demo_store, make_window, qtbot, spanish
):
    window, dialog = _password_dialog(make_window, qtbot, protected=False)
    box = dialog.understood
    assert box.height() > box.fontMetrics().height() * 1.5  # its words on two lines or more
    qtbot.keyClicks(dialog.new_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() - 4))
    assert box.isChecked()
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    window.message.close()
    from caregiver_app.services.record.open_record import record_password

    assert record_password() == PASSWORD
