"""Diary entries in bulk: adding a file's entries without adding any twice.

Used by the CSV import. Everything happens in one transaction: a refusal or an
error leaves the diary exactly as it was. The entries come one at a time and go in
in batches, so an import of any size holds only one batch in memory; entries
already there are found with the index on the entries' time, batch by batch.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import Any

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.store.diary.entries import (
    EntryRecord,
    _record,
    _row_values,
    _tracker_ids,
    validate_entry,
)
from caregiver_app.store.models import DiaryEntry, Tracker, TrackerScore
from caregiver_app.store.prepared_insert import PreparedInsert
from caregiver_app.store.transactions import transaction

_VITALS = ("temperature_c", "oxygen_saturation", "oxygen_flow_lpm", "weight_kg", "pulse_bpm")
_vitals_of = attrgetter(*_VITALS)  # the tuple of an entry's vitals
# Entries looked up and written at a time: few enough to keep memory flat and the
# lookup's list of times well under SQLite's limit on parameters.
BATCH = 500


@dataclass(frozen=True)
class DiaryImportCounts:
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
    at = record.recorded_at  # written for speed: an import works this out twice an entry
    return (
        at.replace(microsecond=0) if at.microsecond else at,
        record.completed_by,
        tuple(map(record.scores.get, SCORE_FIELDS)),
        record.other_problem.strip(),
        record.other_problem_score,
        record.note.strip(),
        _vitals_of(record),
        tuple(sorted((_tracker_key(name), score) for name, score in record.trackers.items()))
        if record.trackers
        else (),
    )


def _batches(records: Iterable[EntryRecord]) -> Iterator[list[EntryRecord]]:
    batch: list[EntryRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


_FIELDS = DiaryEntry._meta.sorted_fields
# A row as SQLite gives it, named like the entry's fields (known only once the model is,
# so the type checker cannot list them).
_ROW = namedtuple("_ROW", [field.name for field in _FIELDS])  # type: ignore[misc]


def _in(values: list) -> str:
    return "(" + ", ".join("?" * len(values)) + ")"


def _keys_at(records: list[EntryRecord]) -> set[tuple]:
    """The keys of the entries already in the diary at the times of ``records``.

    The store keeps every entry's time to the second (``entries._row_values``), so
    the entries that can be the same are those at exactly one of these times.
    The SQL is written here, and the rows read as SQLite gives them: building
    peewee's query and converting every value cost most of a re-import. A row's
    time is the one asked for that its text names.
    """
    times = sorted({record.recorded_at.replace(microsecond=0) for record in records})
    database = DiaryEntry._meta.database
    columns = ", ".join(f'"{field.column_name}"' for field in _FIELDS)
    params = [DiaryEntry.recorded_at.db_value(moment) for moment in times]
    cursor = database.execute_sql(
        f'SELECT {columns} FROM "diary_entry" WHERE "recorded_at" IN {_in(params)}', params
    )
    asked = {str(moment): moment for moment in times}  # the text SQLite keeps for each
    to_time = DiaryEntry.recorded_at.python_value
    found: list[Any] = [_ROW._make(values) for values in cursor.fetchall()]
    rows = [
        row._replace(recorded_at=asked.get(row.recorded_at) or to_time(row.recorded_at))
        for row in found
    ]
    trackers: dict[int, dict[str, int]] = {}
    ids = [row.id for row in rows]
    if ids:
        scores = database.execute_sql(
            'SELECT s."entry_id", t."name", s."score" FROM "tracker_score" AS s '
            f'JOIN "tracker" AS t ON t."id" = s."tracker_id" WHERE s."entry_id" IN {_in(ids)}',
            ids,
        )
        for entry_id, name, score in scores.fetchall():
            trackers.setdefault(entry_id, {})[name] = score
    return {same_entry_key(_record(row, trackers.get(row.id, {}))) for row in rows}


class _NewEntries:
    """Inserts entries with their tracker scores through prepared statements."""

    def __init__(self) -> None:
        self._entry: PreparedInsert | None = None  # made from the first entry's columns
        self._score = PreparedInsert(TrackerScore, ("entry", "tracker", "score"))

    def insert(self, records: list[EntryRecord]) -> None:
        """Insert ``records`` as new entries, as ``diary.save_entries`` would."""
        names = list(dict.fromkeys(name for record in records for name in record.trackers))
        ids = _tracker_ids(names) if names else {}
        scores = []
        for record in records:
            values = _row_values(record)  # a new dict, completed here
            values["created_at"] = datetime.now()
            if self._entry is None:
                self._entry = PreparedInsert(DiaryEntry, tuple(values))
            entry_id = self._entry.one(values)
            scores += [
                {"entry": entry_id, "tracker": ids[name], "score": score}
                for name, score in record.trackers.items()
            ]
        if scores:
            self._score.many(scores)


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


def import_entries(
    records: Iterable[EntryRecord], trackers: Iterable[str] = ()
) -> DiaryImportCounts:
    """Add the entries not already in the diary (nor earlier in ``records``); all or nothing.

    ``records`` is read once, one batch at a time. ``trackers`` names trackers to
    create if they do not exist, even when no entry scores them (a file's
    ``tracker:NAME`` columns).
    """
    imported = already_there = 0
    with transaction():
        _ensure_trackers(trackers)
        writer = _NewEntries()
        for batch in _batches(records):
            seen = _keys_at(batch)  # entries of earlier batches are in the diary by now
            new: list[EntryRecord] = []
            for record in batch:
                validate_entry(record)
                key = same_entry_key(record)
                if key not in seen:
                    seen.add(key)
                    new.append(record)  # always a new entry, never an update
            writer.insert(new)
            imported += len(new)
            already_there += len(batch) - len(new)
    return DiaryImportCounts(imported=imported, already_there=already_there)
