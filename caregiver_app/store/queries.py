"""Named queries the views and services use. Views never build SQL themselves."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now, home_today, load_home_zone
from caregiver_app.store.models import Appointment, Contact, DiaryEntry, Profile
from caregiver_app.store.text_keys import folded
from caregiver_app.store.transactions import transaction

# ---------------------------------------------------------------- profile


@dataclass
class ProfileData:
    """The care record profile as plain values (the visit summary's header)."""

    patient_name: str = ""
    date_of_birth: date | None = None
    diagnosis: str = ""
    diagnosis_date: date | None = None
    allergies: str = ""
    advance_directive_location: str = ""
    preferred_pharmacy: str = ""
    caregiver_name: str = ""
    caregiver_phone: str = ""
    other_caregivers: str = ""  # one name a line
    # The family's home time zone (IANA name); "" = not set, and saving "" keeps the one set.
    # The record's clock, not a detail about the person: two profiles with the same details
    # are the same profile, whichever computer's zone a new record started with (as joining
    # compares them, store/sync/joining.py).
    home_time_zone: str = dataclasses.field(default="", compare=False)

    def caregivers(self) -> list[str]:
        """The caregivers named in the profile, the main one first, each once."""
        names = [self.caregiver_name, *self.other_caregivers.splitlines()]
        seen: list[str] = []
        keys: set[str] = set()  # a set: a pasted list of thousands of lines stays quick
        for name in (name.strip() for name in names):
            # compared as contacts' names are: "é" typed or pasted as "e" and an accent
            if name and (key := folded(name)) not in keys:
                keys.add(key)
                seen.append(name)
        return seen

    def is_empty(self) -> bool:
        """True when nothing has been filled in yet."""
        # The home time zone is the record's clock, not something the family typed about
        # the person: a new record has it from the start.
        return not any(
            getattr(self, field.name) for field in fields(self) if field.name != "home_time_zone"
        )


def load_profile() -> ProfileData:
    """The saved profile, or an empty one."""
    row = Profile.select().order_by(Profile.id).first()
    # The clock follows the profile as read: another computer's sync may have set it.
    time_zones.set_home_zone(row.home_time_zone if row is not None else "")
    if row is None:
        return ProfileData()
    return ProfileData(**{field.name: getattr(row, field.name) for field in fields(ProfileData)})


def validate_profile(profile: ProfileData, today: date | None = None) -> None:
    """Raise :class:`InvalidValueError` for a name too long to be one, or impossible dates."""
    from caregiver_app.store.name_length import check_name_length

    check_name_length("patient_name", profile.patient_name.strip())
    check_name_length("caregiver_name", profile.caregiver_name.strip())
    today = today or home_today()
    if profile.home_time_zone and not time_zones.is_known_zone(profile.home_time_zone):
        raise InvalidValueError(
            "home_time_zone",
            QCoreApplication.translate(
                "Store",
                "“{zone}” is not a time zone this computer knows. Choose one from the list, "
                "such as America/New_York.",
            ).format(zone=profile.home_time_zone),
        )
    if profile.date_of_birth and profile.date_of_birth > today:
        raise InvalidValueError(
            "date_of_birth",
            QCoreApplication.translate("Store", "The date of birth cannot be in the future."),
        )
    if profile.diagnosis_date and profile.diagnosis_date > today:
        raise InvalidValueError(
            "diagnosis_date",
            QCoreApplication.translate("Store", "The date of diagnosis cannot be in the future."),
        )
    if (
        profile.date_of_birth
        and profile.diagnosis_date
        and profile.diagnosis_date < profile.date_of_birth
    ):
        raise InvalidValueError(
            "diagnosis_date",
            QCoreApplication.translate(
                "Store", "The date of diagnosis cannot be before the date of birth."
            ),
        )


def save_profile(profile: ProfileData) -> None:
    """Check and save the profile in one transaction, replacing what was there (an empty
    home time zone keeps the one set: once the family has a clock it is not taken away)."""
    validate_profile(profile)
    values = {field.name: getattr(profile, field.name) for field in fields(profile)}
    if not profile.home_time_zone:
        del values["home_time_zone"]
    values["updated_at"] = home_now()
    with transaction():
        row = Profile.select().order_by(Profile.id).first()
        if row is None:
            Profile.create(**values)
        else:
            Profile.update(**values).where(Profile.id == row.id).execute()
    load_home_zone()


# ---------------------------------------------------------------- overview


class RecordCounts(NamedTuple):
    """How much the record holds, for "Where is my data?" and the info command."""

    contacts: int
    diary_entries: int
    appointments: int
    latest_entry: datetime | None


def record_counts() -> RecordCounts:
    """Count what the record holds."""
    latest = DiaryEntry.select(DiaryEntry.recorded_at).order_by(DiaryEntry.recorded_at.desc())
    first = latest.first()
    return RecordCounts(
        contacts=Contact.select().count(),
        diary_entries=DiaryEntry.select().count(),
        appointments=Appointment.select().count(),
        latest_entry=first.recorded_at if first else None,
    )
