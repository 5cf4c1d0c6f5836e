"""What the open record is and holds, for ``caregiver-app info`` and Help > Where is my data?."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from caregiver_app.services.record.open_record import open_database, record_password
from caregiver_app.services.sharing.state import load_state
from caregiver_app.store.database import database_path
from caregiver_app.store.migrations import schema_version
from caregiver_app.store.phones.state import phone_settings
from caregiver_app.store.queries import load_profile, record_counts


@dataclass(frozen=True)
class RecordInfo:
    """The open record's file, version, password state, person and counts, read at one time."""

    path: Path
    version: int
    has_password: bool
    person_name: str | None  # None: no name given yet (shown as unknown, never made up)
    contacts: int
    diary_entries: int
    appointments: int
    latest_entry: datetime | None
    # Where else what the record holds goes: the family folder it shares with, and the
    # calendar server the phones read (None: not linked).
    family_folder: Path | None = None
    phones_server: str | None = None


def sent_elsewhere() -> bool:
    """True when what the open record holds also leaves this computer: the family folder
    it shares with, or the calendar server the phones read."""
    return load_state() is not None or bool(phone_settings().get("url"))


def read_record_info(data_dir: Path) -> RecordInfo:
    """Read the facts about the open record kept in ``data_dir``."""
    counts = record_counts()
    sharing = load_state()
    return RecordInfo(
        path=database_path(data_dir),
        version=schema_version(open_database()),
        has_password=bool(record_password()),
        person_name=load_profile().patient_name or None,
        contacts=counts.contacts,
        diary_entries=counts.diary_entries,
        appointments=counts.appointments,
        latest_entry=counts.latest_entry,
        family_folder=sharing.folder if sharing is not None else None,
        phones_server=phone_settings().get("url") or None,
    )
