"""Deterministic big input files for the scale rows: a contact file and a diary file.

Both are written by the app's own writers (``write_vcards``, ``write_csv``), so they are
exactly what an export of a very large record would be. The same count gives the same
file (the diary's times end yesterday, so they move with the day).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

SEED = 20_261_129
SURNAMES = ("Okafor", "Lindqvist", "Tanaka", "García", "Nguyen", "Müller", "Kowalski", "Singh")
TRACKERS = ("Cough", "Constipation")
NOTES = (
    "Slept most of the afternoon. Ate half a bowl of soup.",
    "Short of breath climbing the stairs; used the oxygen for an hour.",
    'Pain in the right hip worse at night, "sharp", woke at 3.',
    "Nauseous after lunch,\nbetter by evening.",
    "",
    "",
)


def contact_records(count: int) -> list:
    """``count`` distinct people, each with one or two numbers and an email address."""
    from caregiver_app.store.contacts import ContactRecord

    rng = random.Random(SEED)
    records = []
    for number in range(1, count + 1):
        phones = [("main", f"+1 555 {number // 10_000:03d} {number % 10_000:04d}")]
        if number % 3 == 0:
            phones.append(("after_hours", f"(555) 8{number % 100:02d}-{number % 10_000:04d}"))
        records.append(
            ContactRecord(
                name=f"Person {number:05d} {rng.choice(SURNAMES)}",
                role="nurse navigator" if number % 4 == 0 else "",
                organisation=f"Clinic {number % 37}",
                phones=phones,
                email=f"person{number}@example.org" if number % 2 == 0 else "",
                notes="Knows the family well." if number % 5 == 0 else "",
            )
        )
    return records


def write_contact_file(path: Path, count: int) -> Path:
    """A vCard 3.0 file of :func:`contact_records`, as ``contacts export`` writes it."""
    from caregiver_app.services.contacts.vcard_write import write_vcards

    path.write_bytes(write_vcards(contact_records(count)).encode("utf-8"))
    return path


def _entries(count: int, last_day: date):
    from caregiver_app.store.diary.entries import EntryRecord

    rng = random.Random(SEED)
    scores = (
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
    first = datetime.combine(last_day, time(22, 0)) - timedelta(hours=2 * (count - 1))
    for number in range(count):
        tracked = {name: rng.randint(0, 10) for name in TRACKERS if rng.random() < 0.3}
        yield EntryRecord(
            recorded_at=first + timedelta(hours=2 * number, minutes=rng.randint(0, 59)),
            completed_by=("family_caregiver", "patient")[number % 2],
            scores={name: rng.randint(0, 10) for name in scores if rng.random() < 0.95},
            other_problem="Hiccups" if number % 50 == 0 else "",
            other_problem_score=rng.randint(0, 10) if number % 50 == 0 else None,
            note=NOTES[number % len(NOTES)],
            temperature_c=round(rng.uniform(36.0, 38.5), 1) if number % 7 == 0 else None,
            oxygen_saturation=rng.randint(88, 99) if number % 7 == 0 else None,
            trackers=tracked,
        )


def write_diary_file(path: Path, count: int, last_day: date | None = None) -> Path:
    """A diary CSV of ``count`` entries, two hours apart, ending on ``last_day`` (yesterday).

    Written in chunks of 5,000 entries with the app's ``write_csv`` (the header once);
    every chunk has the same columns, as every chunk records the same two vital signs.
    """
    from caregiver_app.services.diary.csv_file import write_csv

    last_day = last_day or date.today() - timedelta(days=1)
    entries = list(_entries(count, last_day))
    with path.open("wb") as handle:
        for start in range(0, count, 5_000):
            chunk = write_csv(entries[start : start + 5_000], list(TRACKERS))
            handle.write(chunk if start == 0 else chunk.split(b"\r\n", 1)[1])
    return path
