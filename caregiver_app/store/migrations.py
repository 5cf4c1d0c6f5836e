"""Schema versions, kept in ``PRAGMA user_version``, and the steps between them.

Each migration is frozen SQL: once released it never changes, because
users' files were built by it. Add a new step at the end instead.
"""

from __future__ import annotations

import glob
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from caregiver_app.store import engine
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.migrations_v7 import V7 as _V7
from caregiver_app.store.migrations_v9 import V9 as _V9
from caregiver_app.store.migrations_v11 import V11 as _V11
from caregiver_app.store.part_files import SUFFIX, remove_stale_parts
from caregiver_app.store.phones.schema import PHONES_SCHEMA
from caregiver_app.store.sqlite_files import copy_database

_V1 = (
    """CREATE TABLE profile (
        id INTEGER NOT NULL PRIMARY KEY,
        patient_name TEXT NOT NULL DEFAULT '',
        date_of_birth DATE,
        diagnosis TEXT NOT NULL DEFAULT '',
        diagnosis_date DATE,
        allergies TEXT NOT NULL DEFAULT '',
        advance_directive_location TEXT NOT NULL DEFAULT '',
        preferred_pharmacy TEXT NOT NULL DEFAULT '',
        caregiver_name TEXT NOT NULL DEFAULT '',
        caregiver_phone TEXT NOT NULL DEFAULT '',
        updated_at DATETIME
    )""",
    """CREATE TABLE contact (
        id INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        video_link TEXT NOT NULL DEFAULT '',
        call_about TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        call_first INTEGER NOT NULL DEFAULT 0,
        emergency_contact INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL
    )""",
    """CREATE TABLE contact_phone (
        id INTEGER NOT NULL PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'main',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX contact_phone_contact_id ON contact_phone (contact_id)",
    """CREATE TABLE diary_entry (
        id INTEGER NOT NULL PRIMARY KEY,
        recorded_at DATETIME NOT NULL,
        completed_by TEXT NOT NULL DEFAULT 'family_caregiver',
        pain SMALLINT CHECK (pain BETWEEN 0 AND 10),
        tiredness SMALLINT CHECK (tiredness BETWEEN 0 AND 10),
        drowsiness SMALLINT CHECK (drowsiness BETWEEN 0 AND 10),
        nausea SMALLINT CHECK (nausea BETWEEN 0 AND 10),
        lack_of_appetite SMALLINT CHECK (lack_of_appetite BETWEEN 0 AND 10),
        shortness_of_breath SMALLINT CHECK (shortness_of_breath BETWEEN 0 AND 10),
        depression SMALLINT CHECK (depression BETWEEN 0 AND 10),
        anxiety SMALLINT CHECK (anxiety BETWEEN 0 AND 10),
        wellbeing SMALLINT CHECK (wellbeing BETWEEN 0 AND 10),
        other_problem TEXT NOT NULL DEFAULT '',
        other_problem_score SMALLINT CHECK (other_problem_score BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL
    )""",
    "CREATE INDEX diary_entry_recorded_at ON diary_entry (recorded_at)",
    """CREATE TABLE appointment (
        id INTEGER NOT NULL PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other',
        starts_at DATETIME NOT NULL,
        ends_at DATETIME,
        all_day INTEGER NOT NULL DEFAULT 0,
        timezone TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        video_link TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL
    )""",
    "CREATE INDEX appointment_starts_at ON appointment (starts_at)",
)

# Version 2: the diary's vitals, custom trackers, medicines and breakthrough doses;
# the family's questions and bookmarked articles; app settings (alert thresholds).
_V2 = (
    "ALTER TABLE diary_entry ADD COLUMN temperature_c REAL CHECK (temperature_c BETWEEN 30 AND 45)",
    "ALTER TABLE diary_entry ADD COLUMN oxygen_saturation SMALLINT "
    "CHECK (oxygen_saturation BETWEEN 50 AND 100)",
    "ALTER TABLE diary_entry ADD COLUMN oxygen_flow_lpm REAL "
    "CHECK (oxygen_flow_lpm BETWEEN 0 AND 30)",
    "ALTER TABLE diary_entry ADD COLUMN weight_kg REAL CHECK (weight_kg BETWEEN 1 AND 400)",
    "ALTER TABLE diary_entry ADD COLUMN for_team INTEGER NOT NULL DEFAULT 0",
    """CREATE TABLE tracker (
        id INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        created_at DATETIME NOT NULL
    )""",
    """CREATE TABLE tracker_score (
        id INTEGER NOT NULL PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES diary_entry (id) ON DELETE CASCADE,
        tracker_id INTEGER NOT NULL REFERENCES tracker (id) ON DELETE CASCADE,
        score SMALLINT NOT NULL CHECK (score BETWEEN 0 AND 10),
        UNIQUE (entry_id, tracker_id)
    )""",
    "CREATE INDEX tracker_score_tracker_id ON tracker_score (tracker_id)",
    """CREATE TABLE medicine (
        id INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        strength TEXT NOT NULL DEFAULT '',
        route TEXT NOT NULL DEFAULT '',
        schedule TEXT NOT NULL DEFAULT '',
        as_needed INTEGER NOT NULL DEFAULT 0,
        purpose TEXT NOT NULL DEFAULT '',
        prescriber_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        started_on DATE,
        stopped_on DATE,
        notes TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        CHECK (stopped_on IS NULL OR started_on IS NULL OR stopped_on >= started_on)
    )""",
    """CREATE TABLE breakthrough_dose (
        id INTEGER NOT NULL PRIMARY KEY,
        medicine_id INTEGER NOT NULL REFERENCES medicine (id) ON DELETE CASCADE,
        given_at DATETIME NOT NULL,
        dose TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        symptom TEXT NOT NULL DEFAULT '',
        score_before SMALLINT CHECK (score_before BETWEEN 0 AND 10),
        score_after SMALLINT CHECK (score_after BETWEEN 0 AND 10),
        after_recorded_at DATETIME,
        note TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL
    )""",
    "CREATE INDEX breakthrough_dose_given_at ON breakthrough_dose (given_at)",
    "CREATE INDEX breakthrough_dose_medicine_id ON breakthrough_dose (medicine_id)",
    """CREATE TABLE question (
        id INTEGER NOT NULL PRIMARY KEY,
        text TEXT NOT NULL,
        ask_role TEXT NOT NULL DEFAULT '',
        ask_contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        article TEXT NOT NULL DEFAULT '',
        appointment_id INTEGER REFERENCES appointment (id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        answered_at DATETIME
    )""",
    "CREATE INDEX question_open ON question (answered_at, position)",
    """CREATE TABLE bookmark (
        article TEXT NOT NULL PRIMARY KEY,
        created_at DATETIME NOT NULL
    )""",
    """CREATE TABLE setting (
        key TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL
    )""",
)

# Version 3: the calendar. Appointments gain an iCalendar UID (filled in for existing
# rows), a repeat rule (RFC 5545 RRULE text, times as wall clock in the appointment's
# zone), the last day of an all-day visit, transport, what to bring, what was decided,
# and reminder offsets (minutes before, comma-separated). New tables: the care team
# contacts taking part; single occurrences of a series moved, edited or cancelled
# (RECURRENCE-ID and EXDATE); and reminders already shown, so each is shown once.
_V3 = (
    "ALTER TABLE appointment ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    "UPDATE appointment SET uid = lower(hex(randomblob(16))) || '@care-companion' WHERE uid = ''",
    "CREATE UNIQUE INDEX appointment_uid ON appointment (uid)",
    "ALTER TABLE appointment ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE appointment ADD COLUMN updated_at DATETIME",
    "ALTER TABLE appointment ADD COLUMN rrule TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE appointment ADD COLUMN last_day DATE",
    "ALTER TABLE appointment ADD COLUMN driver TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE appointment ADD COLUMN pickup_time TIME",
    "ALTER TABLE appointment ADD COLUMN bring TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE appointment ADD COLUMN decisions TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE appointment ADD COLUMN reminders TEXT NOT NULL DEFAULT '1440,120'",
    """CREATE TABLE appointment_participant (
        id INTEGER NOT NULL PRIMARY KEY,
        appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        UNIQUE (appointment_id, contact_id)
    )""",
    "CREATE INDEX appointment_participant_contact_id ON appointment_participant (contact_id)",
    """CREATE TABLE appointment_change (
        id INTEGER NOT NULL PRIMARY KEY,
        appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
        original_start DATETIME NOT NULL,
        cancelled INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        starts_at DATETIME,
        ends_at DATETIME,
        location TEXT NOT NULL DEFAULT '',
        video_link TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        bring TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '',
        driver TEXT NOT NULL DEFAULT '',
        pickup_time TIME,
        updated_at DATETIME NOT NULL,
        UNIQUE (appointment_id, original_start)
    )""",
    """CREATE TABLE reminder_delivery (
        id INTEGER NOT NULL PRIMARY KEY,
        appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
        occurrence_start DATETIME NOT NULL,
        minutes_before INTEGER NOT NULL,
        delivered_at DATETIME NOT NULL,
        UNIQUE (appointment_id, occurrence_start, minutes_before)
    )""",
)

# Version 4: a question planned for one date of a repeating appointment keeps which date:
# the start the series' rule gives that visit (as reminder_delivery.occurrence_start).
# Empty for a single appointment, and for questions planned before this version (they
# stay with the whole series, as they were).
_V4 = ("ALTER TABLE question ADD COLUMN occurrence_start DATETIME",)

# Version 5: the pulse, in beats per minute, beside the other vitals of a diary entry.
# Empty for entries made before this version: a pulse nobody recorded stays unknown.
_V5 = (
    "ALTER TABLE diary_entry ADD COLUMN pulse_bpm SMALLINT CHECK (pulse_bpm BETWEEN 20 AND 250)",
)

# Version 6: medicines by the clock. A regular medicine gains a structured schedule as the
# prescriber wrote it (fixed times and meal or bedtime anchors, or every N hours from a first
# time, on chosen weekdays; empty until the family sets it up, the free-text schedule stays
# word for word), an as-needed medicine the prescription's reasons, smallest interval and most
# doses in 24 hours. One row per answered scheduled dose (status given, given late, skipped,
# refused; an unanswered dose has no row and reads "not logged"), with the history of changes
# to it; an as-needed dose stays a breakthrough_dose row and gains who gave it. The supply on
# hand as counted, and refills. Contacts gain office hours, the profile the other caregivers.
_V6 = (
    "ALTER TABLE medicine ADD COLUMN schedule_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE medicine ADD COLUMN dose_times TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE medicine ADD COLUMN every_hours INTEGER CHECK (every_hours BETWEEN 1 AND 24)",
    "ALTER TABLE medicine ADD COLUMN first_time TIME",
    "ALTER TABLE medicine ADD COLUMN weekdays TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE medicine ADD COLUMN prn_reasons TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE medicine ADD COLUMN prn_min_interval_minutes INTEGER"
    " CHECK (prn_min_interval_minutes > 0)",
    "ALTER TABLE medicine ADD COLUMN prn_max_per_day INTEGER CHECK (prn_max_per_day > 0)",
    "ALTER TABLE medicine ADD COLUMN refill_warning_days INTEGER"
    " CHECK (refill_warning_days BETWEEN 0 AND 90)",
    """CREATE TABLE administration (
        id INTEGER NOT NULL PRIMARY KEY,
        medicine_id INTEGER NOT NULL REFERENCES medicine (id) ON DELETE CASCADE,
        scheduled_for DATETIME NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('given', 'given_late', 'skipped', 'refused')),
        status_reason TEXT NOT NULL DEFAULT '',
        effective_at DATETIME,
        performer TEXT NOT NULL DEFAULT '',
        dosage TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        recorded_at DATETIME NOT NULL,
        UNIQUE (medicine_id, scheduled_for)
    )""",
    "CREATE INDEX administration_scheduled_for ON administration (scheduled_for)",
    """CREATE TABLE administration_change (
        id INTEGER NOT NULL PRIMARY KEY,
        administration_id INTEGER NOT NULL REFERENCES administration (id) ON DELETE CASCADE,
        changed_at DATETIME NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL
    )""",
    "CREATE INDEX administration_change_administration_id"
    " ON administration_change (administration_id)",
    "ALTER TABLE breakthrough_dose ADD COLUMN performer TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE supply_event (
        id INTEGER NOT NULL PRIMARY KEY,
        medicine_id INTEGER NOT NULL REFERENCES medicine (id) ON DELETE CASCADE,
        recorded_at DATETIME NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('count', 'refill')),
        amount INTEGER NOT NULL CHECK (amount >= 0)
    )""",
    "CREATE INDEX supply_event_medicine_id ON supply_event (medicine_id, recorded_at)",
    "ALTER TABLE contact ADD COLUMN office_days TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN office_opens TIME",
    "ALTER TABLE contact ADD COLUMN office_closes TIME",
    "ALTER TABLE profile ADD COLUMN other_caregivers TEXT NOT NULL DEFAULT ''",
)

# Version 7: one record for the whole family (store/migrations_v7.py).
# Version 8: this computer's link to the family's calendar server (store/phones/schema.py):
# tables of its own, local to this computer; no shared table changes.
_V8 = PHONES_SCHEMA
# Version 9: a schedule change, a usual time's change, and a start or stop saved on its day
# take effect from the moment they are saved; what they replaced is kept with the moment
# (store/migrations_v9.py). The usual times become shared.
# Version 10: the family's home time zone (an IANA name; empty until someone sets it, and
# then each computer keeps its own zone as before). Every naive time in the record is wall
# time there; shared with the rest of the profile (store/home_clock.py).
_V10 = ("ALTER TABLE profile ADD COLUMN home_time_zone TEXT NOT NULL DEFAULT ''",)
# Version 11: which pass of the hour the clocks go back through a dose's time is in
# (store/migrations_v11.py); rows kept before it are the first pass.

# MIGRATIONS[n] takes a file from version n to version n + 1.
MIGRATIONS: Sequence[Sequence[str]] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11)
CURRENT_VERSION = len(MIGRATIONS)
SHARING_VERSION = 7


def schema_version(database: SqliteDatabase) -> int:
    """The schema version recorded in the open database."""
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def backup_before_migration(database: SqliteDatabase, path: Path, from_version: int) -> Path:
    """Keep a copy of the file as it was, next to it, before changing its schema.

    Written under a temporary name and renamed when whole, so a full disk or a crash
    leaves no empty or half copy under the name a family would restore from.
    """
    # A copy killed half way on an earlier start is named for that start's time.
    pattern = f".{glob.escape(path.name)}.v*-before-upgrade-*.bak.*{SUFFIX}"
    remove_stale_parts(path.parent, pattern)
    stamp = _home_wall_now(database).strftime("%Y%m%d-%H%M%S")
    destination = path.with_name(f"{path.name}.v{from_version}-before-upgrade-{stamp}.bak")
    return copy_database(database.connection(), destination, engine.password_of(database))


def _home_wall_now(database: SqliteDatabase) -> datetime:
    """Now on the record's home clock, its zone read from the file itself: the copy is made
    before the record is open, so the app's clock does not know the zone yet. A record from
    before step 10 (no such column) or with no zone set is on this computer's clock."""
    row = None
    if "home_time_zone" in {column.name for column in database.get_columns("profile")}:
        row = database.execute_sql(
            "SELECT home_time_zone FROM profile ORDER BY id LIMIT 1"
        ).fetchone()
    name = str(row[0]) if row and row[0] else ""
    if not time_zones.is_known_zone(name):
        return datetime.now()
    return datetime.now(UTC).astimezone(time_zones.zone(name)).replace(tzinfo=None)


def migrate(database: SqliteDatabase, path: Path, keep_copy: bool = True) -> int:
    """Bring the open database up to :data:`CURRENT_VERSION`; return the version it had.

    Each step runs in one transaction together with its ``user_version``
    bump, so a crash leaves the file at the old or the new version, never
    between. An existing (non-empty) file is copied with the backup API first,
    unless ``keep_copy`` is False (a temporary copy of a file kept elsewhere).
    """
    start = schema_version(database)
    if start >= CURRENT_VERSION:
        return start
    # Here, not at the top: a record already at the current version (nearly every start)
    # runs no step and needs neither.
    from caregiver_app.store.migrations_v9 import SHARE_MOVED_ROWS
    from caregiver_app.store.sync.capture import capture_triggers

    if start > 0 and keep_copy:
        backup_before_migration(database, Path(path), start)
    for version in range(start, CURRENT_VERSION):
        with database.atomic():
            for statement in MIGRATIONS[version]:
                database.execute_sql(statement)
            database.execute_sql(f"PRAGMA user_version = {version + 1}")
            if version + 1 == CURRENT_VERSION and _shares(database):
                # A record this computer shares keeps every change to a table a step added
                # too: the triggers are made when it starts sharing, before that table was.
                for statement in capture_triggers():
                    database.execute_sql(statement)
                if start < 9:  # it came from before step 9 moved the usual times
                    for statement in SHARE_MOVED_ROWS:
                        database.execute_sql(statement)
    return start


def _shares(database: SqliteDatabase) -> bool:
    """True when the record is shared from this computer (sync_state came with step 7)."""
    if schema_version(database) < SHARING_VERSION:
        return False
    row = database.execute_sql("SELECT device_id FROM sync_state").fetchone()
    return row is not None and row[0] is not None
