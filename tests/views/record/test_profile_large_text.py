"""The profile at 200% text: each field's hint (the date's form above all) is read whole,
the form scrolls down, never sideways, and is filled in with the keyboard as before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.queries import load_profile
from tests.helpers.large_text import no_sideways_scroll, shown_active, window_at
from tests.helpers.typed_text import type_text


def _shows_whole(line) -> bool:
    text = line.placeholderText()
    return line.contentsRect().width() >= line.fontMetrics().horizontalAdvance(text)


def test_the_date_forms_are_read_whole_at_200_percent(store, make_window, qtbot):
    window = window_at(make_window, qtbot, tab="care_team_tab")
    window.actions_by_name["editProfile"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "profileDialog")
    shown_active(qtbot, dialog)
    ui = dialog.ui
    for field in (ui.dateOfBirthEdit, ui.diagnosisDateEdit):
        assert "YYYY" in field.line.placeholderText()
        qtbot.waitUntil(lambda field=field: _shows_whole(field.line))
    for line in (ui.patientNameEdit, ui.advanceDirectiveEdit, ui.pharmacyEdit):
        qtbot.waitUntil(lambda line=line: _shows_whole(line))
    no_sideways_scroll(qtbot, dialog)
    type_text(qtbot, ui.patientNameEdit, "Rosa Delgado Núñez")
    qtbot.keyClick(ui.patientNameEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.dateOfBirthEdit.line
    qtbot.keyClicks(ui.dateOfBirthEdit.line, "3/14/1956")
    qtbot.keyClick(ui.dateOfBirthEdit.line, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    profile = load_profile()
    assert (profile.patient_name, profile.date_of_birth) == (
        "Rosa Delgado Núñez",
        date(1956, 3, 14),
    )
