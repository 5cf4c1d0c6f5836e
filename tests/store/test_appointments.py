"""Appointments and series in the store: saving, checks, expansion, single-date changes."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import (
    delete_appointment,
    get_appointment,
    save_appointment,
)
from caregiver_app.store.calendar.imports import import_appointments
from caregiver_app.store.calendar.occurrences import (
    days_covered,
    last_appointment_before,
    next_occurrence,
    occurrences_between,
)
from caregiver_app.store.calendar.records import (
    AppointmentRecord,
    ImportedAppointment,
    OccurrenceChange,
)
from caregiver_app.store.calendar.series import (
    cancel_occurrence,
    change_occurrence,
    end_series_before,
    following_rule,
    split_series,
)
from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.questions import QuestionRecord, get_question, save_question

MONDAY = datetime(2026, 3, 2, 10, 0)  # a Monday; US daylight saving starts on 8 March


@pytest.fixture
def utc(monkeypatch):
    """This computer's zone, fixed for the test."""
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _weekly(count=6, **values) -> AppointmentRecord:
    return AppointmentRecord(
        title="Palliative video visit",
        kind="telehealth",
        starts_at=MONDAY,
        ends_at=MONDAY + timedelta(minutes=30),
        timezone="America/New_York",
        rrule=recurrence.simple_rule("weekly", count=count),
        **values,
    )


def _starts(low=datetime(2026, 3, 1), high=datetime(2026, 6, 1)):
    return [(o.record.title, o.record.starts_at) for o in occurrences_between(low, high)]


def test_a_single_appointment_round_trips_with_people_and_questions(store, utc):
    nurse = save_contact(ContactRecord(name="Grace", role="nurse navigator"))
    question = save_question(QuestionRecord(text="Can the scan be the same day?"))
    record = AppointmentRecord(
        title=" Oncology review ",
        kind="oncology",
        starts_at=datetime(2026, 3, 4, 10, 0, 33, 12),
        ends_at=datetime(2026, 3, 4, 10, 45),
        timezone="America/Chicago",
        location="Lakeside, 3rd floor",
        driver="Carmen",
        pickup_time=time(9, 15),
        bring="Medicine list",
        reminders=(120, 1440),
        participant_ids=[nurse, nurse],
        question_ids=[question],
    )
    appointment_id = save_appointment(record)
    saved = get_appointment(appointment_id)
    assert saved.title == "Oncology review"
    assert saved.starts_at == datetime(2026, 3, 4, 10, 0, 33)
    assert saved.pickup_time == time(9, 15)
    assert saved.reminders == (1440, 120)
    assert saved.participant_ids == [nurse]
    assert saved.question_ids == [question]
    assert get_question(question).appointment_id == appointment_id
    assert saved.uid.endswith("@care-companion")
    save_appointment(replace(saved, question_ids=[], title="Oncology review, Dr. T"))
    again = get_appointment(appointment_id)
    assert again.sequence == saved.sequence + 1
    assert get_question(question).appointment_id is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "astrology"}, "kind"),
        ({"ends_at": datetime(2026, 3, 2, 9, 0)}, "ends_at"),
        ({"ends_at": datetime(2026, 5, 2, 9, 0)}, "ends_at"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"rrule": "FREQ=SECONDLY"}, "rrule"),
        ({"rrule": "FREQ=WEEKLY;UNTIL=20260101T000000"}, "rrule"),
        ({"rrule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"}, "rrule"),
        ({"reminders": (99999,)}, "reminders"),
        ({"starts_at": datetime(1800, 1, 1), "ends_at": None}, "starts_at"),
        ({"all_day": True, "last_day": date(2026, 3, 1)}, "last_day"),
    ],
)
def test_what_cannot_be_saved_names_its_field(store, utc, change, field):
    record = replace(_weekly(), **{"rrule": "", **change})
    with pytest.raises(InvalidValueError) as error:
        save_appointment(record)
    assert error.value.field == field
    assert occurrences_between(datetime(1700, 1, 1), datetime(2300, 1, 1)) == []


def test_a_blank_title_is_held_as_empty_not_made_up(store, utc):
    # An event imported without a title keeps none; the form asks a person for one.
    appointment_id = save_appointment(replace(_weekly(), title="  "))
    assert get_appointment(appointment_id).title == ""
    deleted = delete_appointment(appointment_id)
    save_appointment(deleted)  # Edit > Undo brings it back as it was
    assert get_appointment(appointment_id).title == ""


def test_a_weekly_series_keeps_its_wall_time_across_daylight_saving(store, utc):
    save_appointment(_weekly())
    found = occurrences_between(datetime(2026, 3, 1), datetime(2026, 5, 1))
    assert [o.record.starts_at.time() for o in found] == [time(10, 0)] * 6
    # 10:00 in New York is 15:00 UTC before 8 March and 14:00 UTC after.
    assert [o.local_start for o in found[:2]] == [
        datetime(2026, 3, 2, 15, 0),
        datetime(2026, 3, 9, 14, 0),
    ]
    assert found[-1].record.starts_at == datetime(2026, 4, 6, 10, 0)


def test_cancel_and_move_one_date(store, utc):
    series = save_appointment(_weekly())
    cancel_occurrence(series, datetime(2026, 3, 16, 10, 0))
    change_occurrence(
        series,
        OccurrenceChange(
            datetime(2026, 3, 23, 10, 0),
            title="Video visit (moved)",
            starts_at=datetime(2026, 3, 24, 14, 0),
            ends_at=datetime(2026, 3, 24, 14, 30),
            decisions="Keep the fan by the bed",
        ),
    )
    titles = _starts()
    assert ("Palliative video visit", datetime(2026, 3, 16, 10, 0)) not in titles
    assert ("Video visit (moved)", datetime(2026, 3, 24, 14, 0)) in titles
    assert len(titles) == 5
    # A date moved into a window from outside it is found too.
    moved = occurrences_between(datetime(2026, 3, 24), datetime(2026, 3, 25))
    assert [o.record.decisions for o in moved] == ["Keep the fan by the bed"]
    assert moved[0].original_start == datetime(2026, 3, 23, 10, 0) and moved[0].changed


def test_delete_this_and_following_and_split_a_series(store, utc):
    series = save_appointment(_weekly(count=6))
    end_series_before(series, datetime(2026, 3, 23, 10, 0))
    assert [s for _t, s in _starts()] == [
        datetime(2026, 3, 2, 10, 0),
        datetime(2026, 3, 9, 10, 0),
        datetime(2026, 3, 16, 10, 0),
    ]
    other = save_appointment(_weekly(count=4, location="Room 1"))
    record = get_appointment(other)
    rule = following_rule(record, datetime(2026, 3, 16, 10, 0))
    assert rule == "FREQ=WEEKLY;COUNT=2"
    following = replace(
        record,
        starts_at=datetime(2026, 3, 16, 11, 0),
        ends_at=datetime(2026, 3, 16, 11, 30),
        rrule=rule,
    )
    new_id = split_series(
        other, datetime(2026, 3, 16, 10, 0), replace(following, location="Room 2")
    )
    assert new_id != other
    rooms = [
        (o.record.starts_at, o.record.location)
        for o in occurrences_between(datetime(2026, 3, 1), datetime(2026, 6, 1))
        if o.record.location
    ]
    assert rooms == [
        (datetime(2026, 3, 2, 10, 0), "Room 1"),
        (datetime(2026, 3, 9, 10, 0), "Room 1"),
        (datetime(2026, 3, 16, 11, 0), "Room 2"),
        (datetime(2026, 3, 23, 11, 0), "Room 2"),
    ]
    end_series_before(other, datetime(2026, 3, 2, 10, 0))  # from the first date: all of it
    assert get_appointment(other) is None


def test_an_undone_delete_comes_back_with_its_id_uid_and_changes(store, utc):
    series = save_appointment(_weekly())
    cancel_occurrence(series, datetime(2026, 3, 9, 10, 0))
    before = _starts()
    deleted = delete_appointment(series)
    assert _starts() == []
    save_appointment(deleted)
    assert _starts() == before
    assert get_appointment(series).uid == deleted.uid


def test_all_day_and_multi_day_visits_mark_every_day(store, utc):
    save_appointment(
        AppointmentRecord(
            title="Stay", starts_at=datetime(2026, 3, 9), all_day=True, last_day=date(2026, 3, 11)
        )
    )
    march = occurrences_between(datetime(2026, 3, 1), datetime(2026, 4, 1), overlapping=True)
    assert days_covered(march, date(2026, 3, 1), date(2026, 3, 31)) == {
        date(2026, 3, 9),
        date(2026, 3, 10),
        date(2026, 3, 11),
    }
    on_tenth = occurrences_between(datetime(2026, 3, 10), datetime(2026, 3, 11), overlapping=True)
    assert [o.record.title for o in on_tenth] == ["Stay"]
    assert occurrences_between(datetime(2026, 3, 10), datetime(2026, 3, 11)) == []


def test_next_and_last_visit(store, utc):
    save_appointment(_weekly(count=3))
    save_appointment(
        AppointmentRecord(title="Oncology", kind="oncology", starts_at=datetime(2026, 3, 5, 9, 0))
    )
    assert next_occurrence(datetime(2026, 3, 3)).record.title == "Oncology"
    last = last_appointment_before(datetime(2026, 3, 20), ("telehealth", "palliative_care"))
    assert last.record.starts_at == datetime(2026, 3, 16, 10, 0)
    assert last_appointment_before(datetime(2026, 3, 1), "oncology") is None


def test_reimport_updates_by_uid_and_keeps_what_the_family_wrote(store, utc):
    first = replace(_weekly(), uid="abc@clinic", decisions="")
    import_appointments([ImportedAppointment(first, frozenset({"title", "starts_at", "rrule"}))])
    (series,) = {o.appointment_id for o in occurrences_between(MONDAY, MONDAY + timedelta(1))}
    record = get_appointment(series)
    save_appointment(replace(record, decisions="More senna", driver="Carmen"))
    renamed = replace(first, title="Video visit, Dr. Okafor", driver="")
    counts = import_appointments(
        [ImportedAppointment(renamed, frozenset({"title", "starts_at", "rrule"}))]
    )
    assert (counts.imported, counts.updated) == (0, 1)
    again = get_appointment(series)
    assert (again.title, again.decisions, again.driver) == (
        "Video visit, Dr. Okafor",
        "More senna",
        "Carmen",
    )


def test_a_series_that_ended_before_the_window_is_not_expanded(store, utc, monkeypatch):
    ended = save_appointment(
        replace(_weekly(), title="Ended", rrule="FREQ=WEEKLY;UNTIL=20260320T235959")
    )
    reaching = save_appointment(replace(_weekly(count=10), title="Counted"))
    moved = save_appointment(replace(_weekly(count=2), title="Moved"))
    change_occurrence(
        moved,
        OccurrenceChange(
            MONDAY + timedelta(weeks=1),
            starts_at=datetime(2026, 4, 20, 9, 0),
            ends_at=datetime(2026, 4, 20, 9, 30),
        ),
    )
    expanded = []
    real = recurrence.occurrences

    def spy(rule, dtstart, low, high):
        expanded.append(rule)
        return real(rule, dtstart, low, high)

    monkeypatch.setattr(recurrence, "occurrences", spy)
    found = occurrences_between(datetime(2026, 4, 1), datetime(2026, 5, 1))
    assert "FREQ=WEEKLY;UNTIL=20260320T235959" not in expanded  # skipped unexpanded
    assert {o.appointment_id for o in found} == {reaching, moved}
    assert [o.record.starts_at.date() for o in found if o.appointment_id == reaching] == [
        date(2026, 4, 6),
        date(2026, 4, 13),
        date(2026, 4, 20),
        date(2026, 4, 27),
    ]  # COUNT=10 from 2 March runs to 4 May: kept
    assert [o.record.starts_at for o in found if o.appointment_id == moved] == [
        datetime(2026, 4, 20, 9, 0)
    ]  # a date moved into the window keeps its ended series
    # The ended series still shows in its own weeks, and with ``overlapping`` a visit
    # that began before the window is found (16 March, 10:00 in New York is 14:00 UTC).
    first_day = occurrences_between(MONDAY, MONDAY + timedelta(1))
    assert {o.appointment_id for o in first_day} == {ended, reaching, moved}
    begun = datetime(2026, 3, 16, 14, 10)
    on = occurrences_between(begun, begun + timedelta(minutes=1), overlapping=True)
    assert {o.appointment_id for o in on} == {ended, reaching}
    assert occurrences_between(begun, begun + timedelta(minutes=1)) == []


def test_import_inserts_new_events_in_order_and_updates_repeated_uids(store, utc):
    nurse = save_contact(ContactRecord(name="Grace", role="nurse navigator"))
    fields = frozenset({"title", "starts_at", "ends_at"})
    items = [
        ImportedAppointment(
            AppointmentRecord(
                title=f"Visit {n}", starts_at=MONDAY + timedelta(days=n), uid=f"{n}@x"
            ),
            fields,
        )
        for n in range(5)
    ]
    items[2].record.participant_ids = [nurse]  # written on its own, between bulk rows
    again = replace(items[1].record, title="Visit 1, moved to the afternoon")
    items.append(ImportedAppointment(again, fields))  # the same UID later in the file
    counts = import_appointments(items)
    assert (counts.imported, counts.updated) == (5, 1)
    saved = sorted(
        (
            get_appointment(o.appointment_id)
            for o in occurrences_between(MONDAY, MONDAY + timedelta(9))
        ),
        key=lambda record: record.id,
    )
    assert [record.uid for record in saved] == [f"{n}@x" for n in range(5)]  # the file's order
    assert saved[1].title == "Visit 1, moved to the afternoon"
    assert saved[2].participant_ids == [nurse]
    # The same file again changes nothing: no new version of any event.
    sequences = [record.sequence for record in saved]
    counts = import_appointments([ImportedAppointment(replace(record), fields) for record in saved])
    assert (counts.imported, counts.updated) == (0, 5)
    assert [get_appointment(record.id).sequence for record in saved] == sequences
