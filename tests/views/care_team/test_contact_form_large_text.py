"""The contact form at 200% text on a small screen: read top to bottom, never sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.store.contacts import list_contacts
from tests.helpers.large_text import no_sideways_scroll, shown_active, window_at

LEFT = Qt.MouseButton.LeftButton


def test_the_form_scrolls_only_down_at_200_percent(store, make_window, qtbot):
    tab = window_at(make_window, qtbot, tab="care_team_tab").care_team_tab
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = shown_active(qtbot, tab.contact_dialog)
    no_sideways_scroll(qtbot, dialog)
    ui = dialog.ui
    # The long explanation is a wrapped line under the box, not part of the box's text.
    assert ui.callFirstCheck.text() == "Call &first for symptoms"
    assert ui.callFirstNote.text() == "Symptom alerts point to this person first."
    assert ui.callFirstNote.wordWrap()
    assert ui.callFirstNote.geometry().top() >= ui.callFirstCheck.geometry().bottom()

    qtbot.keyClicks(ui.nameEdit, "Grace Lindqvist, RN")
    # Its underlined key, pressed in the window as a person does.
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.callFirstCheck.isChecked)
    qtbot.mouseClick(dialog.save_button, LEFT)
    [saved] = list_contacts()
    assert saved.name == "Grace Lindqvist, RN" and saved.call_first


def _shows_whole(line) -> bool:
    text = line.placeholderText()
    return bool(text) and line.contentsRect().width() >= line.fontMetrics().horizontalAdvance(text)


def test_the_example_of_how_to_type_a_time_is_never_cut_off(store, make_window, qtbot):
    for percent in (100, 200):
        window = window_at(make_window, qtbot, percent=percent, tab="care_team_tab")
        tab = window.care_team_tab
        qtbot.mouseClick(tab.add_button, LEFT)
        dialog = shown_active(qtbot, tab.contact_dialog)
        no_sideways_scroll(qtbot, dialog)
        hours = dialog.office_hours
        for field in (hours.opens, hours.closes):
            assert "for example" in field.line.placeholderText()
            qtbot.waitUntil(lambda field=field: _shows_whole(field.line))
        # Typed by keyboard as before: the label's key, then the time.
        qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is hours.opens.line
        dialog.reject()
        window.close()
