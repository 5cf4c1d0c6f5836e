"""A weekly visit moved to another time on one computer while another cancelled, moved or
planned a question for one of its dates: after both sync, in either order and whichever
clock is ahead, that date keeps what was done to it, at the series' time, on both."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from caregiver_app.services.calendar.ics_export import calendar_bytes
from caregiver_app.services.calendar.reminders import check_reminders
from caregiver_app.services.phones.events import render_events
from caregiver_app.services.sharing import crypto
from caregiver_app.services.sharing.conflicts import all_conflicts
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import (
    get_appointment,
    list_appointments,
    save_appointment,
)
from caregiver_app.store.calendar.occurrences import (
    current_or_next_occurrence,
    occurrences_between,
)
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.calendar.series import (
    cancel_occurrence,
    change_occurrence,
    save_series,
)
from caregiver_app.store.questions import (
    QuestionRecord,
    list_questions,
    open_questions,
    save_question,
)
from tests.services.sharing.records import Computer, laura_and_tom, opened

TWO = datetime(2027, 4, 5, 14, 0)  # Monday 5 April 2027, 2:00 PM, weekly, five visits
THREE = TWO + timedelta(hours=1)
WEEK = timedelta(weeks=1)
APRIL_19 = 2 * WEEK
MAY_3 = 4 * WEEK
MINUTES = 3 * 60 * 1000  # Tom's clock three minutes behind Laura's, or ahead


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def _shared_series(tmp_path: Path, tom_ahead: bool) -> tuple[Computer, Computer, int]:
    laura, tom, _folder = laura_and_tom(tmp_path)
    tom.skew_ms = MINUTES if tom_ahead else -MINUTES
    with opened(laura.data_dir):
        series = save_appointment(
            AppointmentRecord(
                "Palliative care clinic", TWO, "palliative_care", TWO + timedelta(hours=1),
                rrule="FREQ=WEEKLY;COUNT=5",
            )
        )  # fmt: skip
    laura.sync()
    tom.sync()
    return laura, tom, series


def _move_series(laura: Computer, series: int) -> None:
    """Laura cancels 3 May, then moves every visit to 3:00 PM (as the form saves it)."""
    with opened(laura.data_dir):
        cancel_occurrence(series, TWO + MAY_3)
        record = get_appointment(series)
        assert record is not None
        save_series(
            AppointmentRecord(
                **{**record.__dict__, "starts_at": THREE, "ends_at": THREE + timedelta(hours=1)}
            )
        )


def _only_series() -> int:
    """The id of the one series of the record open (each computer has its own ids)."""
    (record,) = list_appointments()
    assert record.id is not None
    return record.id


def _sync(laura: Computer, tom: Computer, laura_first: bool) -> None:
    first, second = (laura, tom) if laura_first else (tom, laura)
    first.sync()
    second.sync()
    first.sync()


def _visits(computer: Computer) -> list[tuple[datetime, str]]:
    with opened(computer.data_dir):
        found = occurrences_between(datetime(2027, 4, 1), datetime(2027, 6, 1))
        return [(o.record.starts_at, o.record.notes) for o in found]


def _series_time(laura: Computer, tom: Computer, tom_ahead: bool) -> datetime:
    """The series' time after the sync: Laura's move, unless Tom's clock is ahead (then
    his version of the series wins whole and her move is set aside, with a note)."""
    with opened(laura.data_dir):
        assert [note.what for note in all_conflicts()] == ["the appointment on Apr 5"]
    return TWO if tom_ahead else THREE


ORDERS = pytest.mark.parametrize(
    ("laura_first", "tom_ahead"),
    [(True, False), (False, False), (True, True), (False, True)],
    ids=["laura-syncs-first", "tom-syncs-first", "laura-first-tom-ahead", "tom-first-tom-ahead"],
)


@ORDERS
def test_a_date_cancelled_on_one_computer_stays_cancelled_when_the_other_moved_the_series(
    tmp_path: Path, laura_first: bool, tom_ahead: bool
):
    laura, tom, series = _shared_series(tmp_path, tom_ahead)
    _move_series(laura, series)
    with opened(tom.data_dir, tom.skew_ms):
        cancel_occurrence(_only_series(), TWO + APRIL_19)
    _sync(laura, tom, laura_first)
    time = _series_time(laura, tom, tom_ahead)
    # Was: 19 April back at 3:00 PM on both (its reminders firing), its cancellation kept
    # under 2:00 PM, a time the series no longer had.
    expected = [(time, ""), (time + WEEK, ""), (time + 3 * WEEK, "")]
    assert _visits(laura) == expected
    assert _visits(tom) == expected
    assert laura.dump() == tom.dump()
    for computer in (laura, tom):
        with opened(computer.data_dir):
            (record,) = list_appointments()
            assert [c.original_start for c in record.changes if c.cancelled] == [
                time + APRIL_19,
                time + MAY_3,
            ]
            # Today's next visit on the morning of 19 April, and its reminders.
            assert current_or_next_occurrence(datetime(2027, 4, 19, 8, 0)).record.starts_at == (
                time + 3 * WEEK
            )
            home = time_zones.zone(time_zones.home_zone_name())
            assert check_reminders(datetime(2027, 4, 19, 13, 30, tzinfo=home), None) == []


@ORDERS
def test_a_date_moved_and_a_question_planned_for_a_date_stay_so(
    tmp_path: Path, laura_first: bool, tom_ahead: bool
):
    laura, tom, series = _shared_series(tmp_path, tom_ahead)
    _move_series(laura, series)
    tuesday = datetime(2027, 4, 20, 10, 0)
    with opened(tom.data_dir, tom.skew_ms):
        tom_series = _only_series()
        change_occurrence(
            tom_series,
            OccurrenceChange(
                TWO + APRIL_19, starts_at=tuesday, ends_at=tuesday + timedelta(hours=1),
                notes="Moved to Tuesday morning: Dr. Okafor is away on Monday.",
            ),
        )  # fmt: skip
        save_question(
            QuestionRecord(
                "Can the breathlessness plan change?",
                appointment_id=tom_series,
                occurrence_start=TWO + 3 * WEEK,
            )
        )
    _sync(laura, tom, laura_first)
    time = _series_time(laura, tom, tom_ahead)
    expected = [
        (time, ""),
        (time + WEEK, ""),
        (tuesday, "Moved to Tuesday morning: Dr. Okafor is away on Monday."),
        (time + 3 * WEEK, ""),
    ]
    assert _visits(laura) == expected
    assert _visits(tom) == expected
    for computer in (laura, tom):
        with opened(computer.data_dir):
            (question,) = [q for q in list_questions() if q.appointment_id is not None]
            # Was: planned for 26 April at 2:00 PM, no visit of the series: the visit
            # summary of 26 April left it out.
            assert question.occurrence_start == time + 3 * WEEK
            asked = open_questions(
                appointment_id=question.appointment_id, occurrence_start=time + 3 * WEEK,
                include_unassigned=False,
            )  # fmt: skip
            assert [q.text for q in asked] == ["Can the breathlessness plan change?"]
            (record,) = list_appointments()
            assert record.question_dates == {question.id: time + 3 * WEEK}


def test_the_calendar_file_and_the_phones_name_the_real_dates_after_the_sync(tmp_path: Path):
    laura, tom, series = _shared_series(tmp_path, tom_ahead=False)
    _move_series(laura, series)
    tuesday = datetime(2027, 4, 20, 10, 0)
    with opened(tom.data_dir, tom.skew_ms):
        tom_series = _only_series()
        cancel_occurrence(tom_series, TWO + WEEK)
        change_occurrence(
            tom_series,
            OccurrenceChange(
                TWO + APRIL_19, starts_at=tuesday, ends_at=tuesday + timedelta(hours=1)
            ),
        )
    _sync(laura, tom, laura_first=True)
    documents = []
    for computer in (laura, tom):
        with opened(computer.data_dir):
            documents.append(calendar_bytes(list_appointments()))
            # What the phones' calendar (CalDAV) is sent.
            documents += [event.data for event in render_events(list_appointments(), "all")]
        assert date(2027, 4, 19) not in {o.local_start.date() for o in _occurrences(computer)}
    for document in documents:
        calendar = Calendar.from_ical(document)
        master, moved = sorted(calendar.walk("VEVENT"), key=lambda event: "recurrence-id" in event)
        assert master.decoded("dtstart").replace(tzinfo=None) == THREE
        excluded = _exdates(master)
        # Was: EXDATE 12 April and RECURRENCE-ID 19 April at 2:00 PM, which no phone or
        # calendar program matches to a visit of a series at 3:00 PM.
        assert sorted(excluded) == [THREE + WEEK, THREE + MAY_3]
        assert moved.decoded("recurrence-id").replace(tzinfo=None) == THREE + APRIL_19
        assert moved.decoded("dtstart").replace(tzinfo=None) == tuesday


def _exdates(event) -> list[datetime]:
    value = event.get("exdate")
    values = value if isinstance(value, list) else [value]
    return [when.dt.replace(tzinfo=None) for listed in values for when in listed.dts]


def _occurrences(computer: Computer):
    with opened(computer.data_dir):
        return occurrences_between(datetime(2027, 4, 1), datetime(2027, 6, 1))


@pytest.mark.parametrize("tom_ahead", [False, True], ids=["laura-ahead", "tom-ahead"])
def test_a_date_changed_on_both_computers_shows_once_as_the_later_clock_left_it(
    tmp_path: Path, tom_ahead: bool
):
    laura, tom, series = _shared_series(tmp_path, tom_ahead)
    with opened(laura.data_dir):
        change_occurrence(
            series,
            OccurrenceChange(
                TWO + 3 * WEEK, starts_at=TWO + 3 * WEEK,
                ends_at=TWO + 3 * WEEK + timedelta(hours=1), notes="Bring the pain diary.",
            ),
        )  # fmt: skip
    laura.sync()
    tom.sync()
    _move_series(laura, series)
    with opened(tom.data_dir, tom.skew_ms):
        cancel_occurrence(_only_series(), TWO + 3 * WEEK)  # 26 April
    _sync(laura, tom, laura_first=True)
    time = _series_time(laura, tom, tom_ahead)
    # The series' version that won brings its dates with it: Laura's, her 26 April at the
    # new time with its note; or Tom's, his 26 April cancelled. Never both, nor twice.
    if tom_ahead:
        expected = [(time, ""), (time + WEEK, ""), (time + APRIL_19, "")]
    else:
        expected = [
            (time, ""),
            (time + WEEK, ""),
            (time + APRIL_19, ""),
            (time + 3 * WEEK, "Bring the pain diary."),
        ]
    assert _visits(laura) == expected
    assert _visits(tom) == expected
