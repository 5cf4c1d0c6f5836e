"""Diary entries in bulk: adding a file's entries without adding any twice.

Used by the CSV import. Everything happens in one transaction: a refusal or an
error leaves the diary exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.store.diary import (
    EntryRecord,
    entries_between,
    save_entries,
    validate_entry,
)
from caregiver_app.store.models import DiaryEntry, Tracker

_VITALS = ("temperature_c", "oxygen_saturation", "oxygen_flow_lpm", "weight_kg")


@dataclass(frozen=True)
class ImportCounts:
    """What an import did: entries added, and entries skipped because they were there."""

    imported: int
    already_there: int


def _tracker_key(name: str) -> str:
    # The store matches tracker names ignoring case (diary._tracker_ids).
    return name.strip().lower()


def same_entry_key(record: EntryRecord) -> tuple:
    """What makes two entries the same: every value a diary file carries.

    The time, who completed it, the scores, the other problem, the note, the
    vitals and the tracker scores; not the id, and not the "for the team" flag,
    which a file does not carry.
    """
    return (
        record.recorded_at.replace(microsecond=0),
        record.completed_by,
        tuple(record.scores.get(name) for name in SCORE_FIELDS),
        record.other_problem.strip(),
        record.other_problem_score,
        record.note.strip(),
        tuple(getattr(record, name) for name in _VITALS),
        tuple(sorted((_tracker_key(name), score) for name, score in record.trackers.items())),
    )


def _existing_keys(records: Sequence[EntryRecord]) -> set[tuple]:
    """The keys of the entries already in the diary over the span ``records`` cover."""
    if not records:
        return set()
    times = [record.recorded_at.replace(microsecond=0) for record in records]
    start, end = min(times), max(times) + timedelta(seconds=1)
    return {same_entry_key(entry) for entry in entries_between(start, end)}


def _ensure_trackers(names: Iterable[str]) -> None:
    """Create the named trackers that do not exist yet; existing ones are left as they are."""
    rows = list(Tracker.select(Tracker.name, Tracker.position))
    known = {_tracker_key(row.name) for row in rows}
    position = max((row.position for row in rows), default=0)
    for name in names:
        if name.strip() and _tracker_key(name) not in known:
            position += 1
            Tracker.create(name=name.strip(), position=position, created_at=datetime.now())
            known.add(_tracker_key(name))


def import_entries(records: Sequence[EntryRecord], trackers: Iterable[str] = ()) -> ImportCounts:
    """Add the entries not already in the diary (nor earlier in ``records``); all or nothing.

    ``trackers`` names trackers to create if they do not exist, even when no
    entry scores them (a file's ``tracker:NAME`` columns).
    """
    for record in records:
        validate_entry(record)
    with DiaryEntry._meta.database.atomic():
        seen = _existing_keys(records)
        new: list[EntryRecord] = []
        for record in records:
            key = same_entry_key(record)
            if key not in seen:
                seen.add(key)
                new.append(replace(record, id=None))  # always a new entry, never an update
        _ensure_trackers(trackers)
        save_entries(new)
    return ImportCounts(imported=len(new), already_there=len(records) - len(new))
