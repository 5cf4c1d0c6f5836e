"""The demo record's calendar extras: an infusion every three weeks, rides, and what to bring.

Runs inside ``create_demo_record``'s transaction, after the single appointments.
Everything is fictional, like the rest of the demo.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from caregiver_app.store.calendar import recurrence
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange

INFUSION_FIRST_DAY = -70  # days from today
INFUSION_CYCLES = 8

# (days from today, title): what to bring, who drives, pick-up, what was decided
_DETAILS = {
    (3, "Oncology review"): (
        "Medicine list and the symptom diary printout; questions about the next scan",
        "Carmen Delgado",
        time(9, 15),
        "",
    ),
    (3, "Palliative care visit"): ("The pain and breathlessness scores of the week", "", None, ""),
    (-35, "Palliative care visit"): (
        "",
        "Daniel",
        time(10, 0),
        "Morphine solution for breakthrough breathlessness too; try a hand-held fan; "
        "next visit on the same day as the oncology review.",
    ),
    (9, "Drain fluid around the lung"): (
        "Nothing to eat after midnight; insurance card; someone to drive home",
        "Carmen Delgado",
        time(11, 45),
        "",
    ),
}


def add_demo_calendar(today: date, contact_ids: dict[str, int]) -> None:
    """Add the infusion series and fill in rides, things to bring and past decisions."""
    first = datetime.combine(today + timedelta(days=INFUSION_FIRST_DAY), time(9, 0))
    series = AppointmentRecord(
        title="Infusion",
        kind="infusion",
        starts_at=first,
        ends_at=first + timedelta(hours=3),
        location="Lakeside Cancer Center, infusion suite",
        rrule=recurrence.simple_rule("every_3_weeks", count=INFUSION_CYCLES),
        driver="Carmen Delgado",
        pickup_time=time(8, 15),
        bring="Medicine list, a warm blanket, snacks, the symptom diary",
        participant_ids=[contact_ids["Dr. Hiroshi Tanaka"]],
    )
    # The cycle after next moved a day later (the infusion suite was closed that day).
    moved_from = first + timedelta(weeks=3 * 4)
    series.changes = [
        OccurrenceChange(
            original_start=moved_from,
            title="Infusion (moved: suite closed)",
            starts_at=moved_from + timedelta(days=1),
            ends_at=moved_from + timedelta(days=1, hours=3),
            location=series.location,
            bring=series.bring,
            driver="Daniel",
            pickup_time=time(8, 15),
        )
    ]
    save_appointment(series)
    # Tomorrow's phone check-in, so the demo opens with a reminder to show.
    check_in = datetime.combine(today + timedelta(days=1), time(11, 0))
    save_appointment(
        AppointmentRecord(
            title="Nurse check-in call",
            kind="telehealth",
            starts_at=check_in,
            ends_at=check_in + timedelta(minutes=20),
            video_link="https://telehealth.example.org/riverside/lindqvist",
            bring="Scores of the last three days; the breakthrough doses used",
            participant_ids=[contact_ids["Grace Lindqvist, RN"]],
        )
    )
    people = {
        "oncology": [contact_ids["Dr. Hiroshi Tanaka"]],
        "palliative_care": [contact_ids["Dr. Amara Okafor"], contact_ids["Grace Lindqvist, RN"]],
        "telehealth": [contact_ids["Dr. Amara Okafor"]],
    }
    for record in list_appointments():
        if record.rrule or record.participant_ids:
            continue
        offset = (record.starts_at.date() - today).days
        bring, driver, pickup, decided = _DETAILS.get((offset, record.title), ("", "", None, ""))
        save_appointment(
            replace(
                record,
                bring=bring,
                driver=driver,
                pickup_time=pickup,
                decisions=decided,
                participant_ids=people.get(record.kind, []),
            )
        )
