"""A question can be planned for any date of a repeating visit, and waits for that date."""

import shutil
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.services.contacts.display_labels import role_label
from caregiver_app.services.visit_summary.listed_lines import question_lines, upcoming
from caregiver_app.store.calendar.appointments import get_appointment, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.calendar.series import split_series
from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.opening import open_store
from caregiver_app.store.questions import (
    QuestionRecord,
    get_question,
    list_questions,
    open_questions,
    save_question,
)
from caregiver_app.views.learn.question_dialog import QuestionDialog
from tests.helpers.paths import FIXTURES

TOMORROW = date.today() + timedelta(days=1)
# The weekly video visit with the palliative physician: tomorrow and the five weeks after.
WEEKS = [datetime.combine(TOMORROW + timedelta(weeks=n), time(10, 0)) for n in range(6)]
QUESTION = "Can the night dose be raised?"


@pytest.fixture
def calendar(store):
    physician = save_contact(ContactRecord(name="Dr. Amara Osei", role="palliative care physician"))
    series = save_appointment(
        AppointmentRecord(
            title="Palliative video visit",
            kind="telehealth",
            starts_at=WEEKS[0],
            ends_at=WEEKS[0] + timedelta(minutes=30),
            rrule="FREQ=WEEKLY;COUNT=6",
            participant_ids=[physician],
        )
    )
    oncology = save_appointment(
        AppointmentRecord(
            title="Oncology",
            kind="oncology",
            starts_at=datetime.combine(TOMORROW + timedelta(days=9), time(9, 0)),
        )
    )
    return {"physician": physician, "series": series, "oncology": oncology}


def _dialog(qtbot, record):
    dialog = QuestionDialog(record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _press(qtbot, widget, key, times=1):
    widget.setFocus()
    for _ in range(times):
        qtbot.keyClick(widget, key)


def _texts(records):
    return [record.text for record in records]


def test_the_third_date_of_a_series_is_chosen_by_keyboard_and_kept(calendar, qtbot):
    dialog = _dialog(qtbot, QuestionRecord(text=""))
    ui = dialog.ui
    qtbot.keyClicks(ui.questionEdit, QUESTION)
    # No visit chosen yet; the series' first two dates; Oncology; the series' third date.
    _press(qtbot, ui.appointmentCombo, Qt.Key.Key_Down, 4)
    assert ui.appointmentCombo.currentText().endswith(": Palliative video visit")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    (saved,) = list_questions()
    assert (saved.text, saved.appointment_id, saved.occurrence_start) == (
        QUESTION,
        calendar["series"],
        WEEKS[2],
    )
    assert saved.appointment_starts_at == WEEKS[2]  # what the question list shows
    assert get_appointment(calendar["series"]).question_dates == {saved.id: WEEKS[2]}

    def planned_for(start):
        found = open_questions(
            roles=["palliative care physician"],
            contact_ids=[calendar["physician"]],
            appointment_id=calendar["series"],
            occurrence_start=start,
        )
        return _texts(found)

    assert planned_for(WEEKS[2]) == [QUESTION]
    assert planned_for(WEEKS[0]) == [] and planned_for(WEEKS[3]) == []
    # The summary for the next palliative visit (tomorrow's) keeps it for its own date.
    now = datetime.combine(date.today(), time(0, 0))
    assert question_lines("palliative_care", upcoming(now), role_label) == []

    again = _dialog(qtbot, get_question(saved.id))
    assert again.ui.appointmentCombo.currentIndex() == 4
    _press(qtbot, again.ui.appointmentCombo, Qt.Key.Key_Up)  # Oncology, a single visit
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    moved = get_question(saved.id)
    assert (moved.appointment_id, moved.occurrence_start) == (calendar["oncology"], None)
    assert get_appointment(calendar["series"]).question_ids == []


def test_a_past_date_already_chosen_is_still_offered_and_kept(store, qtbot):
    first = datetime.combine(date.today() - timedelta(days=22), time(10, 0))  # 4 past, 4 coming
    series = save_appointment(
        AppointmentRecord(
            title="Weekly call", kind="telehealth", starts_at=first, rrule="FREQ=WEEKLY;COUNT=8"
        )
    )
    past = first + timedelta(weeks=1)
    question = save_question(
        QuestionRecord(text="Ask about sleep", appointment_id=series, occurrence_start=past)
    )
    dialog = _dialog(qtbot, get_question(question))
    combo = dialog.ui.appointmentCombo
    assert combo.currentIndex() == 1 and combo.currentText().endswith(": Weekly call")
    # No visit chosen yet, the chosen past date, then the four coming dates only.
    assert combo.count() == 1 + 1 + 4
    qtbot.keyClicks(dialog.ui.questionEdit, " at night")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    kept = get_question(question)
    assert (kept.text, kept.appointment_id, kept.occurrence_start) == (
        "Ask about sleep at night",
        series,
        past,
    )


def test_a_question_planned_before_dates_were_kept_stays_with_every_date(calendar, qtbot):
    question = save_question(QuestionRecord(text="Old plan", appointment_id=calendar["series"]))
    for start in (WEEKS[0], WEEKS[4]):
        found = open_questions(roles=[], appointment_id=calendar["series"], occurrence_start=start)
        assert _texts(found) == ["Old plan"]
    dialog = _dialog(qtbot, get_question(question))
    assert dialog.ui.appointmentCombo.currentText() == "Any visit of Palliative video visit"


def test_this_visit_only_plans_a_ticked_question_for_that_date(calendar, make_window, qtbot):
    question = save_question(QuestionRecord(text=QUESTION, ask_role="palliative care physician"))
    window = make_window()
    window.tabs.setCurrentWidget(window.calendar_tab)
    tab = window.calendar_tab
    tab.go_to(WEEKS[1].date())
    assert tab.agenda.current_occurrence().original_start == WEEKS[1]
    box = tab.edit_selected()
    only_this = next(
        b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "Only this visit"
    )
    qtbot.mouseClick(only_this, Qt.MouseButton.LeftButton)
    dialog = tab.appointment_dialog
    listing = dialog.ui.questionsList
    assert [listing.item(row).text() for row in range(listing.count())] == [
        f"{QUESTION} (ask: Palliative care physician)"
    ]
    _press(qtbot, listing, Qt.Key.Key_Down)  # the first question
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert listing.item(0).checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    planned = get_question(question)
    assert (planned.appointment_id, planned.occurrence_start) == (calendar["series"], WEEKS[1])

    # The details of that date list it; those of the next date do not.
    tab.go_to(WEEKS[1].date())
    assert QUESTION in tab.details.toPlainText()
    tab.go_to(WEEKS[2].date())
    assert QUESTION not in tab.details.toPlainText()

    window.actions_by_name["undo"].trigger()
    undone = get_question(question)
    assert (undone.appointment_id, undone.occurrence_start) == (None, None)


def test_this_and_following_takes_the_later_dates_questions_along(calendar):
    early = save_question(
        QuestionRecord(text="early", appointment_id=calendar["series"], occurrence_start=WEEKS[1])
    )
    late = save_question(
        QuestionRecord(text="late", appointment_id=calendar["series"], occurrence_start=WEEKS[4])
    )
    series = get_appointment(calendar["series"])
    later = WEEKS[3] + timedelta(hours=4)  # from the fourth date on, at 14:00
    following = AppointmentRecord(
        title="Palliative video visit",
        kind="telehealth",
        starts_at=later,
        ends_at=later + timedelta(minutes=30),
        rrule="FREQ=WEEKLY;COUNT=3",
        participant_ids=series.participant_ids,
        question_ids=series.question_ids,
        question_dates=series.question_dates,
    )
    new_series = split_series(calendar["series"], WEEKS[3], following)
    assert get_question(early).appointment_id == calendar["series"]
    assert get_question(early).occurrence_start == WEEKS[1]
    moved = get_question(late)
    assert (moved.appointment_id, moved.occurrence_start) == (
        new_series,
        WEEKS[4] + timedelta(hours=4),
    )


def test_a_version_3_record_keeps_its_planned_questions_for_the_whole_series(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema_v3.sqlite", database_path(data_dir))
    open_store(data_dir).close()
    connection = sqlite.connect(database_path(data_dir))
    try:
        query = "SELECT appointment_id, occurrence_start FROM question"
        rows = connection.execute(query).fetchall()
    finally:
        connection.close()
    assert len(rows) == 4 and all(start is None for _appointment, start in rows)


def test_a_visit_with_no_title_is_listed_as_untitled(calendar, qtbot):
    # As an event imported without a title is kept: the record stays empty, the list marks it.
    save_appointment(
        AppointmentRecord(
            title="", kind="other", starts_at=datetime.combine(TOMORROW, time(15, 0))
        )
    )
    dialog = _dialog(qtbot, QuestionRecord(text=""))
    combo = dialog.ui.appointmentCombo
    labels = [combo.itemText(index) for index in range(combo.count())]
    assert any(label.endswith(": (no title)") for label in labels), labels
    assert not any(label.endswith(": ") for label in labels), labels
