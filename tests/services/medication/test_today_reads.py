"""The Today page's first reading reads what it shows: the questions waiting for the next
visit are counted from where each is planned, the computer's time zone is asked once a
reading, and the next visit is looked for only up to the first single appointment."""

from datetime import datetime, timedelta

import pytest

from caregiver_app.services.medication.today import today_data
from caregiver_app.store import questions
from caregiver_app.store.calendar import occurrences, time_zones
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.occurrences import (
    current_or_next_occurrence,
    occurrences_between,
)
from caregiver_app.store.calendar.question_visits import count_waiting, waiting_for
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import cancel_occurrence, change_occurrence
from caregiver_app.store.models import Question
from caregiver_app.store.questions import (
    QuestionRecord,
    answer_question,
    list_questions,
    save_question,
)

NOW = datetime(2027, 3, 1, 9, 0)  # a Monday
WEDNESDAY = datetime(2027, 3, 3, 14, 0)  # the nurse's first visit
WEEK = timedelta(days=7)


def _single(title: str, starts: datetime) -> int:
    return save_appointment(
        AppointmentRecord(
            title=title, kind="other", starts_at=starts, ends_at=starts + timedelta(hours=1)
        )
    )


def _calendar() -> None:
    """A visit tomorrow, a scan later, one in the past, and a weekly nurse visit with a
    cancelled date and a moved one; questions planned for each kind of visit."""
    review = _single("Palliative review", datetime(2027, 3, 2, 10, 0))
    scan = _single("CT scan", datetime(2027, 3, 12, 9, 0))
    past = _single("GP", datetime(2027, 2, 20, 11, 0))
    nurse = save_appointment(
        AppointmentRecord(
            title="Nurse visit", kind="other", starts_at=WEDNESDAY,
            ends_at=WEDNESDAY + timedelta(hours=1), rrule="FREQ=WEEKLY;COUNT=10",
        )
    )  # fmt: skip
    cancel_occurrence(nurse, WEDNESDAY + WEEK)
    moved = WEDNESDAY + 2 * WEEK
    change_occurrence(
        nurse,
        OccurrenceChange(
            moved, starts_at=moved + timedelta(hours=20), ends_at=moved + timedelta(hours=21)
        ),
    )
    save_question(QuestionRecord("Can the senna be at lunch?"))
    save_question(QuestionRecord("Is the cough new?", appointment_id=review))
    save_question(QuestionRecord("What did the scan show?", appointment_id=scan))
    save_question(QuestionRecord("Can the dressing wait?", appointment_id=nurse))
    save_question(QuestionRecord("First visit?", appointment_id=nurse, occurrence_start=WEDNESDAY))
    save_question(
        QuestionRecord("Cancelled date?", appointment_id=nurse, occurrence_start=WEDNESDAY + WEEK)
    )
    save_question(QuestionRecord("Moved date?", appointment_id=nurse, occurrence_start=moved))
    save_question(QuestionRecord("Old start?", appointment_id=nurse))
    save_question(QuestionRecord("A day without a visit?", appointment_id=nurse))
    save_question(QuestionRecord("Was the GP told?", appointment_id=past))
    answered = save_question(QuestionRecord("Answered already?", appointment_id=review))
    answer_question(answered, "Yes", NOW - timedelta(days=1))
    # Dates as another computer or an older version left them: a start the series moved
    # away from (that day's visit, 3:00 PM -> 2:00 PM), and a Tuesday it has no visit on.
    Question.update(occurrence_start=WEDNESDAY + 3 * WEEK + timedelta(hours=1)).where(
        Question.text == "Old start?"
    ).execute()
    Question.update(occurrence_start=WEDNESDAY + 3 * WEEK - timedelta(days=1)).where(
        Question.text == "A day without a visit?"
    ).execute()


# Each moment, and how many questions wait for the visit Today names then (as before).
MOMENTS = [
    (NOW, 3),  # the review tomorrow
    (datetime(2027, 3, 2, 10, 30), 3),  # during it
    (datetime(2027, 3, 2, 12, 0), 5),  # the nurse's first visit next
    (datetime(2027, 3, 3, 16, 0), 6),  # its next date is cancelled: the scan
    (datetime(2027, 3, 13, 9, 0), 8),  # the date moved to Thursday morning
    (datetime(2027, 3, 19, 9, 0), 10),  # the date kept under an old start
    (datetime(2027, 4, 20, 9, 0), 10),  # a later nurse visit
    (datetime(2027, 6, 1, 9, 0), 10),  # none left: every open question waits
]


@pytest.mark.parametrize(("now", "waiting"), MOMENTS)
def test_the_questions_waiting_are_counted_as_the_visit_summary_lists_them(store, now, waiting):
    _calendar()
    visit = current_or_next_occurrence(now)
    assert today_data(now).questions_waiting == waiting
    assert count_waiting(visit) == len(waiting_for(visit, list_questions())) == waiting


def test_todays_count_reads_where_questions_are_planned_not_the_questions(store, monkeypatch):
    _calendar()

    def whole_question(row):
        raise AssertionError("a whole question was read to count it")

    monkeypatch.setattr(questions, "_record", whole_question)
    # Was: every open question read with its contact and appointment, only to be counted.
    assert today_data(NOW).questions_waiting == 3


def test_a_month_of_visits_asks_this_computers_time_zone_once(store, monkeypatch):
    save_appointment(
        AppointmentRecord(
            title="Nurse visit", kind="other", starts_at=NOW, ends_at=NOW + timedelta(hours=1),
            rrule="FREQ=DAILY",
        )
    )  # fmt: skip
    asked = []
    zone = time_zones.local_zone_name

    def counted() -> str:
        asked.append(1)
        return zone()

    monkeypatch.setattr(time_zones, "local_zone_name", counted)
    found = occurrences_between(NOW, NOW + timedelta(days=30))
    assert len(found) == 30
    assert len(asked) == 1  # was: once for each visit, and again for the month


def test_the_next_visit_is_looked_for_only_up_to_the_first_single_one(store, monkeypatch):
    save_appointment(
        AppointmentRecord(
            title="Nurse visit", kind="other", starts_at=NOW - WEEK,
            ends_at=NOW - WEEK + timedelta(hours=1), rrule="FREQ=DAILY",
        )
    )  # fmt: skip
    _single("CT scan", NOW + timedelta(days=4))
    built = []
    make = occurrences._occurrence

    def counted(*args):
        built.append(args[1])
        return make(*args)

    monkeypatch.setattr(occurrences, "_occurrence", counted)
    visit = current_or_next_occurrence(NOW + timedelta(hours=2))
    assert visit is not None and visit.local_start == NOW + timedelta(days=1)
    # Was: every daily visit of the next five weeks worked out, to name tomorrow's.
    assert len(built) <= 12
