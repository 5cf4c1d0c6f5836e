"""A deterministic heavy care record: ten years of daily care, for the benchmarks.

The default scale gives 20,000 diary entries (three a day, morning, afternoon and
evening, plus extra entries on hard days) with all nine ESAS-r scores, three custom
trackers and notes; 50,000 breakthrough doses; 3,000 appointments, 60 of them repeating
series; 200 contacts with their phones; 300 questions. Rows are written in bulk in one
transaction through the store's models (their tables, columns, conversions and
defaults), after ``open_store`` has migrated the empty file, so the result has whatever
schema the app has today; the repeating series go through the calendar's own
``save_appointment``, which checks their rules.

The record ends yesterday, as a record in daily use does: the "last 30 days" views and
the upcoming visits are as full as a real family's. The same seed and last day always
give the same record (apart from the series' own save times). It is cached, keyed by
:data:`GENERATOR_VERSION`, the schema version, the scale and the last day, so repeated
runs only copy a file.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

# 3: schema step 9 gained the usual times' tables and a medicine's start and stop moments
# before it was released; a record cached under step 9 before that lacks them.
# 4: step 9's earlier schedules also keep "as needed" and "not set up" (a wider CHECK); a
# record cached before would refuse a first schedule set up for such a medicine.
GENERATOR_VERSION = 5  # 5: medicines typed in on the record's first day, not today
SEED = 20_100_909
YEARS = 10

SCORES = (
    "pain",
    "tiredness",
    "drowsiness",
    "nausea",
    "lack_of_appetite",
    "shortness_of_breath",
    "depression",
    "anxiety",
    "wellbeing",
)
TRACKERS = ("Cough", "Constipation", "Sleep problems")
NOTES = (
    "Slept most of the afternoon. Ate half a bowl of soup.",
    "Short of breath climbing the stairs; used the oxygen for an hour.",
    "Good morning, sat in the garden for a while.",
    "Pain in the right hip worse at night.",
    "Nauseous after lunch, better by evening.",
    "Worried about the scan next week; talked with the social worker on the phone.",
    "Constipated for two days.",
    "Visit from the grandchildren, tired but happy.",
    "Cough kept her awake.",
    "",
    "",
    "",
)
KINDS = ("oncology", "palliative_care", "telehealth", "infusion", "imaging", "lab", "procedure")
ROLES = (
    "palliative care physician",
    "nurse navigator",
    "oncologist",
    "social worker or counselor",
    "pharmacist",
    "chaplain",
    "registered dietitian",
    "respiratory therapist",
    "care coordinator",
    "other",
)
# (rule, title, kind, hour, minutes long): the repeating visits of ten years of care.
SERIES = (
    ("FREQ=WEEKLY;BYDAY=TU", "Infusion", "infusion", 9, 180),
    ("FREQ=WEEKLY;BYDAY=FR", "Nurse home visit", "palliative_care", 14, 45),
    ("FREQ=MONTHLY;BYMONTHDAY=3", "Oncology review", "oncology", 10, 45),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "Palliative care video visit", "telehealth", 15, 30),
    ("FREQ=DAILY;COUNT=15", "Radiation", "procedure", 8, 20),
    ("FREQ=WEEKLY;BYDAY=MO,WE,TH", "Physiotherapy", "other", 11, 45),
)


@dataclass(frozen=True)
class Scale:
    """How much to generate; :data:`FULL` is the issue's record, tests use a tiny one."""

    entries: int = 20_000
    doses: int = 50_000
    appointments: int = 3_000
    series: int = 60
    contacts: int = 200
    questions: int = 300
    days: int = YEARS * 365 + YEARS // 4

    @property
    def key(self) -> str:
        """A short name for the cache."""
        return (
            f"e{self.entries}-d{self.doses}-a{self.appointments}-s{self.series}"
            f"-c{self.contacts}-q{self.questions}-y{self.days}"
        )


FULL = Scale()
TINY = Scale(entries=120, doses=150, appointments=40, series=6, contacts=8, questions=10, days=40)


def _insert(model, rows: list[dict]) -> None:
    """Insert ``rows`` into ``model``'s table with one prepared statement (executemany).

    Column names, value conversions and defaults come from the model, as in peewee's
    ``insert_many``; building peewee's SQL row by row would take most of the
    generation time.
    """
    if not rows:
        return
    meta = model._meta
    given = [meta.fields[name] for name in rows[0]]
    defaults = [
        field
        for field in meta.sorted_fields
        if field.name not in rows[0] and field.default is not None and not field.primary_key
    ]
    columns = [field.column_name for field in (*given, *defaults)]
    sql = 'INSERT INTO "{table}" ({columns}) VALUES ({marks})'.format(
        table=meta.table_name,
        columns=", ".join(f'"{column}"' for column in columns),
        marks=", ".join("?" * len(columns)),
    )

    def default(field):
        return field.db_value(field.default() if callable(field.default) else field.default)

    params = [
        (
            *(field.db_value(row[field.name]) for field in given),
            *(default(field) for field in defaults),
        )
        for row in rows
    ]
    meta.database.cursor().executemany(sql, params)


def _score(rng: random.Random, base: float) -> int:
    return max(0, min(10, round(base + rng.gauss(0, 1.4))))


def _contacts(rng: random.Random, scale: Scale, now: datetime) -> tuple[list[dict], list[dict]]:
    contacts, phones = [], []
    for number in range(1, scale.contacts + 1):
        role = ROLES[number % len(ROLES)]
        contacts.append(
            {
                "id": number,
                "name": f"Contact {number:03d} {rng.choice(('Okafor', 'Lindqvist', 'Tanaka'))}",
                "role": role,
                "organisation": f"Clinic {number % 17}",
                "email": f"contact{number}@example.org",
                "call_about": "Symptoms, refills and rides" if number % 3 == 0 else "",
                "call_first": number == 2,
                "emergency_contact": number == 10,
                "created_at": now,
                "updated_at": now,
            }
        )
        for position, kind in enumerate(("main", "after_hours")[: 1 + number % 2]):
            phones.append(
                {
                    "contact": number,
                    "number": f"555-01{(number + position) % 100:02d}",
                    "kind": kind,
                    "position": position,
                }
            )
    return contacts, phones


def _entry_times(rng: random.Random, scale: Scale, first: date) -> list[datetime]:
    """Three a day (morning, afternoon, evening), then extras on random days up to the count."""
    regular = [time(9, 0), time(14, 0), time(20, 0)]
    times = []
    for offset in range(scale.days):
        day = first + timedelta(days=offset)
        for at in regular:
            times.append(datetime.combine(day, at) + timedelta(minutes=rng.randint(0, 40)))
    times = times[: scale.entries]
    while len(times) < scale.entries:
        day = first + timedelta(days=rng.randrange(scale.days))
        times.append(datetime.combine(day, time(rng.randint(0, 23), rng.randint(0, 59))))
    times.sort()
    return times


def _entries(rng: random.Random, scale: Scale, first: date) -> tuple[list[dict], list[dict]]:
    entries, tracker_scores = [], []
    times = _entry_times(rng, scale, first)
    for number, recorded in enumerate(times, start=1):
        progress = number / len(times)
        row = {
            name: _score(rng, 3 + 3 * progress if name in ("tiredness", "pain") else 3)
            for name in SCORES
        }
        morning = recorded.hour < 12
        note = rng.choice(NOTES)
        row.update(
            id=number,
            recorded_at=recorded,
            completed_by=rng.choice(("patient", "family_caregiver", "family_caregiver")),
            other_problem="hoarseness" if number % 7 == 0 else "",
            other_problem_score=rng.randint(2, 6) if number % 7 == 0 else None,
            note=note,
            for_team=bool(note) and number % 5 == 0,
            created_at=recorded,
            temperature_c=round(rng.uniform(36.4, 37.8), 1) if morning else None,
            oxygen_saturation=rng.randint(88, 97) if morning else None,
            oxygen_flow_lpm=2.0 if morning and progress > 0.5 else None,
            weight_kg=round(72 - 10 * progress, 1) if morning and recorded.weekday() == 0 else None,
        )
        entries.append(row)
        for tracker_id in range(1, len(TRACKERS) + 1):
            tracker_scores.append({"entry": number, "tracker": tracker_id, "score": _score(rng, 3)})
    return entries, tracker_scores


def _medicines(now: datetime, first: date) -> list[dict]:
    names = (
        ("Morphine oral solution", True),
        ("Morphine extended-release tablets", False),
        ("Oxycodone", True),
        ("Ondansetron", True),
        ("Senna", False),
        ("Dexamethasone", False),
        ("Lorazepam", True),
        ("Haloperidol", True),
    )
    return [
        {
            "id": number,
            "name": name,
            "strength": "10 mg",
            "route": "by mouth",
            "schedule": "as needed" if as_needed else "every 12 hours",
            "as_needed": as_needed,
            "purpose": "pain",
            "prescriber": 1,
            "started_on": first + timedelta(days=30 * number),
            "stopped_on": None,
            "notes": "",
            # Typed in when the record was begun, as a family does: not in the last days.
            "created_at": datetime.combine(first, time(9)),
            "updated_at": datetime.combine(first, time(9)),
        }
        for number, (name, as_needed) in enumerate(names, start=1)
    ]


def _doses(rng: random.Random, scale: Scale, first: date) -> list[dict]:
    as_needed = (1, 3, 4, 7, 8)
    doses = []
    for _number in range(scale.doses):
        day = first + timedelta(days=rng.randrange(scale.days))
        given = datetime.combine(day, time(rng.randint(0, 23), rng.choice((0, 15, 30, 45))))
        before = rng.randint(4, 9)
        doses.append(
            {
                "medicine": rng.choice(as_needed),
                "given_at": given,
                "dose": "5 mg",
                "reason": "pain",
                "symptom": rng.choice(("pain", "shortness_of_breath", "nausea", "anxiety")),
                "score_before": before,
                "score_after": max(0, before - rng.randint(1, 4)),
                "after_recorded_at": given + timedelta(minutes=45),
                "note": "",
                "created_at": given,
            }
        )
    doses.sort(key=lambda row: row["given_at"])
    return doses


def _appointments(rng: random.Random, scale: Scale, first: date, now: datetime) -> list[dict]:
    rows = []
    singles = scale.appointments - scale.series
    span = scale.days + 60  # a few weeks booked ahead of the last day
    for number in range(1, scale.appointments + 1):
        if number <= singles:
            day = first + timedelta(days=rng.randrange(span))
            title, kind, hour, minutes, rule = (
                rng.choice(("Blood tests", "CT scan, chest", "Oncology review", "Dentist")),
                rng.choice(KINDS),
                rng.randint(8, 16),
                rng.choice((20, 30, 45, 60)),
                "",
            )
        else:
            # Each series runs about a year; they follow each other over the ten years.
            index = number - singles - 1
            rule, title, kind, hour, minutes = SERIES[index % len(SERIES)]
            day = first + timedelta(days=index * scale.days // max(1, scale.series))
            if "COUNT" not in rule:
                until = day + timedelta(days=365)
                rule = f"{rule};UNTIL={until:%Y%m%d}T235959"
        starts = datetime.combine(day, time(hour, 0))
        rows.append(
            {
                "id": number,
                "title": title,
                "kind": kind,
                "starts_at": starts,
                "ends_at": starts + timedelta(minutes=minutes),
                "location": "Lakeside Cancer Center",
                "created_at": now,
                "uid": f"heavy-{number}@benchmarks",
                "rrule": rule,
            }
        )
    return rows


def _save_series(rows: list[dict]) -> None:
    """Save the repeating series through the calendar's own ``save_appointment``.

    It checks each rule as the app does, so the series are ones the app could have made.
    """
    from caregiver_app.store.calendar.appointments import save_appointment
    from caregiver_app.store.calendar.records import AppointmentRecord

    for row in rows:
        save_appointment(
            AppointmentRecord(
                title=row["title"],
                kind=row["kind"],
                starts_at=row["starts_at"],
                ends_at=row["ends_at"],
                location=row["location"],
                rrule=row["rrule"],
                uid=row["uid"],
                id=row["id"],
            )
        )


def _questions(scale: Scale, now: datetime) -> list[dict]:
    return [
        {
            "text": f"Question {number}: should we change the evening dose?",
            "ask_role": ROLES[number % len(ROLES)],
            "position": number,
            "created_at": now - timedelta(days=number),
            "answer": "Yes, from next week." if number % 3 == 0 else "",
            "answered_at": now - timedelta(days=number // 2) if number % 3 == 0 else None,
        }
        for number in range(1, scale.questions + 1)
    ]


def generate(data_dir: Path, scale: Scale = FULL, last_day: date | None = None) -> Path:
    """Write the heavy record into ``data_dir`` (which must not hold one yet); return its path.

    The diary ends on ``last_day`` (default: yesterday), so no entry is in the future.
    """
    from caregiver_app.store.database import database_path
    from caregiver_app.store.models import (
        Appointment,
        BreakthroughDose,
        Contact,
        ContactPhone,
        DiaryEntry,
        Medicine,
        Profile,
        Question,
        Tracker,
        TrackerScore,
    )
    from caregiver_app.store.opening import open_store

    rng = random.Random(SEED)
    last_day = last_day or date.today() - timedelta(days=1)
    first = last_day - timedelta(days=scale.days - 1)
    now = datetime.combine(last_day, time(21, 0))
    database = open_store(data_dir)
    try:
        contacts, phones = _contacts(rng, scale, now)
        entries, tracker_scores = _entries(rng, scale, first)
        with database.atomic():
            Profile.insert(
                patient_name="Heavy Record",
                diagnosis="Non-small cell lung cancer, stage 4",
                caregiver_name="Benchmark Family",
                updated_at=now,
            ).execute()
            _insert(Contact, contacts)
            _insert(ContactPhone, phones)
            _insert(
                Tracker,
                [
                    {"id": i, "name": name, "position": i, "created_at": now}
                    for i, name in enumerate(TRACKERS, start=1)
                ],
            )
            _insert(DiaryEntry, entries)
            _insert(TrackerScore, tracker_scores)
            _insert(Medicine, _medicines(now, first))
            _insert(BreakthroughDose, _doses(rng, scale, first))
            appointments = _appointments(rng, scale, first, now)
            _insert(Appointment, [row for row in appointments if not row["rrule"]])
            _save_series([row for row in appointments if row["rrule"]])
            _insert(Question, _questions(scale, now))
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return database_path(data_dir)


def cache_folder() -> Path:
    """Where generated records are kept between runs (outside the repository)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "caregiver-app-benchmarks"


def cached_record(scale: Scale = FULL, cache: Path | None = None) -> Path:
    """The path of a generated record for ``scale``, generating it the first time each day."""
    from caregiver_app.store.database import DATABASE_FILENAME
    from caregiver_app.store.migrations import CURRENT_VERSION

    cache = cache or cache_folder()
    last_day = date.today() - timedelta(days=1)
    name = f"heavy-g{GENERATOR_VERSION}-v{CURRENT_VERSION}-{scale.key}-{last_day:%Y%m%d}.sqlite"
    target = cache / name
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob(f"heavy-*-{scale.key}-*.sqlite"):
        old.unlink()  # an older day's, generator's or schema's record
    with tempfile.TemporaryDirectory(dir=cache) as work:
        generate(Path(work), scale, last_day)
        os.replace(Path(work) / DATABASE_FILENAME, target)
    return target


def fresh_data_dir(scale: Scale = FULL, parent: Path | None = None) -> Path:
    """A new data folder holding a copy of the cached heavy record."""
    from caregiver_app.store.database import DATABASE_FILENAME

    source = cached_record(scale)
    folder = Path(tempfile.mkdtemp(prefix="heavy-record-", dir=parent))
    os.chmod(folder, 0o700)
    shutil.copyfile(source, folder / DATABASE_FILENAME)
    os.chmod(folder / DATABASE_FILENAME, 0o600)
    return folder
