"""Setting up the link to the test's Radicale, and making appointments and contacts."""

from __future__ import annotations

from datetime import datetime, timedelta

from caregiver_app.services.phones import connection
from caregiver_app.services.phones.settings import PhonesSettings, save_settings
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.contacts import ContactRecord, save_contact

ZONE = "Europe/Madrid"
CALENDAR = "Care Companion"
BOOK = "Care team"


def link(radicale, send: str = "all") -> PhonesSettings:
    """Create the calendar and the address book on the server and save the settings."""
    url, user, password = radicale.url, radicale.user, radicale.password
    connection.create_calendar(url, user, password, CALENDAR)
    connection.create_address_book(url, user, password, BOOK)
    settings = PhonesSettings(url, user, CALENDAR, BOOK, send)
    save_settings(settings, password)
    return settings


def visit(title: str = "Oncology review", day: int = 10, **values) -> int:
    """A single appointment in March 2027; its id."""
    starts = datetime(2027, 3, day, 10, 30)
    record = AppointmentRecord(
        title=title,
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        timezone=ZONE,
        **values,
    )
    return save_appointment(record)


def series() -> int:
    """A weekly series of five with the second date cancelled and the third moved; its id."""
    starts = datetime(2027, 4, 5, 9, 0)
    record = AppointmentRecord(
        title="Radiotherapy",
        starts_at=starts,
        ends_at=starts + timedelta(minutes=30),
        timezone=ZONE,
        rrule="FREQ=WEEKLY;COUNT=5",
        location="Radiation unit, floor 2",
        notes="Bring the mask",
        changes=[
            OccurrenceChange(original_start=starts + timedelta(days=7), cancelled=True),
            OccurrenceChange(
                original_start=starts + timedelta(days=14),
                starts_at=starts + timedelta(days=15, hours=2),
                ends_at=starts + timedelta(days=15, hours=2, minutes=30),
                title="Radiotherapy (moved)",
            ),
        ],
    )
    return save_appointment(record)


def person(name: str = "Dr. Ana Ruiz", **values) -> int:
    """A care team contact; its id."""
    record = ContactRecord(name=name, role="Oncologist", phones=[("main", "+34 600 111 222")])
    for key, value in values.items():
        setattr(record, key, value)
    return save_contact(record)
