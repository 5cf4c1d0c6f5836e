"""What the month view keeps between steps (the visits of the weeks shown, the agenda's
laid-out rows, a visit's details) never shows a visit as it was before a change typed
into the form, undone, or made in another tab."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, get_contact, save_contact
from caregiver_app.views.widgets.wrapping_tree import RICH_TEXT
from tests.helpers.keys import retype, type_date, type_time

SOON = date.today() + timedelta(days=3)
LATER = SOON + timedelta(days=62)  # another month, stepped to and back
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _shown_window(make_window, qtbot):
    window = make_window()
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.show()
    qtbot.waitExposed(window)
    return window, window.calendar_tab


def _step_there_and_back(tab) -> None:
    """Go to SOON, to another month and back, painted each time: all of it is kept."""
    for day in (SOON, LATER, SOON):
        tab.go_to(day)
        QApplication.processEvents()


def _rows(tab) -> list[str]:
    """The agenda's visits as drawn: the rich text of each visit's row."""
    rows = []
    for key in tab.agenda.occurrences:
        item = tab.agenda.item_for(key)
        rows.append(item.data(0, RICH_TEXT))
    return rows


def _weekly_infusion(**values) -> int:
    start = datetime.combine(SOON, time(14, 0))
    return save_appointment(
        AppointmentRecord(
            title="Infusion",
            location="Chair 4",
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            timezone="UTC",
            rrule=recurrence.simple_rule("weekly", count=4),
            **values,
        )
    )


def _marked(tab, day: date) -> bool:
    return tab.month.dateTextFormat(QDate(day)).fontWeight() == 700


def test_a_series_changed_through_the_form_shows_at_once_and_after_stepping_back(
    store, make_window, qtbot
):
    _weekly_infusion()
    window, tab = _shown_window(make_window, qtbot)
    _step_there_and_back(tab)
    assert all("<b>Infusion</b>" in row for row in _rows(tab))
    assert "Chair 4" in tab.details.toPlainText()
    assert _marked(tab, SOON) and not _marked(tab, SOON + timedelta(days=1))

    box = tab.edit_selected()
    qtbot.mouseClick(
        next(b for b in box.findChildren(QPushButton) if b.text() == "All visits"), LEFT
    )
    dialog = tab.appointment_dialog
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Infusion, day unit")
    retype(qtbot, ui.locationEdit, "Day unit, 2nd floor")
    moved = SOON + timedelta(days=1)
    type_date(qtbot, ui.startDateEdit, moved)
    type_time(qtbot, ui.startTimeEdit, time(9, 0))
    type_date(qtbot, ui.endDateEdit, moved)
    type_time(qtbot, ui.endTimeEdit, time(10, 0))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    QApplication.processEvents()

    for _step in range(2):  # at once, then after going away and coming back
        assert tab.selected_day() == moved
        assert _marked(tab, moved) and not _marked(tab, SOON)
        rows = _rows(tab)
        assert len(rows) == 4 and all("<b>Infusion, day unit</b>" in row for row in rows)
        assert all("Day unit, 2nd floor" in row for row in rows)
        details = tab.details.toPlainText()
        assert "Infusion, day unit" in details and "Day unit, 2nd floor" in details
        assert "Chair 4" not in details
        for day in (LATER, moved):
            tab.go_to(day)
            QApplication.processEvents()

    window.actions_by_name["undo"].trigger()
    QApplication.processEvents()
    tab.go_to(SOON)
    assert _marked(tab, SOON) and not _marked(tab, moved)
    assert all("<b>Infusion</b>" in row for row in _rows(tab))
    assert "Chair 4" in tab.details.toPlainText()


def test_a_person_renamed_in_the_care_team_shows_in_the_details_kept(store, make_window, qtbot):
    nurse = save_contact(ContactRecord(name="Amal Haddad", role="palliative care nurse"))
    _weekly_infusion(participant_ids=[nurse])
    window, tab = _shown_window(make_window, qtbot)
    _step_there_and_back(tab)
    assert "Amal Haddad" in tab.details.toPlainText()
    save_contact(replace(get_contact(nurse), name="Amal Haddad-Nasser"))
    window.signals.contacts_changed.emit()  # as the Care team tab says after a save
    _step_there_and_back(tab)
    assert "Amal Haddad-Nasser" in tab.details.toPlainText()
