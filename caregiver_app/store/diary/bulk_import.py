"""Diary entries in bulk: adding a file's entries without adding any twice.

Used by the CSV import. Everything happens in one transaction: a refusal or an
error leaves the diary exactly as it was. The entries come one at a time and go in
in batches, so an import of any size holds only one batch in memory; entries
already there are found with the index on the entries' time, batch by batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.store.diary.entries import (
    EntryRecord,
    _tracker_ids,
    validate_entry,
)
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import DiaryEntry, Tracker, TrackerScore
from caregiver_app.store.prepared_insert import PreparedInsert
from caregiver_app.store.text_keys import folded
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
    # As the store matches tracker names (diary._tracker_ids): case and accents' form aside.
    return folded(name.strip())


def _whole_second(at: datetime) -> datetime:
    # replace() parses its keywords at some twenty times the cost of reading microsecond
    return at.replace(microsecond=0) if at.microsecond else at


def same_entry_key(record: EntryRecord) -> tuple:
    """What makes two entries the same: every value a diary file carries.

    The time, who completed it, the scores, the other problem, the note, the
    vitals and the tracker scores; not the id, and not the "for the team" mark: a
    file that carries it marked finds the entry there unmarked, and does not double it.
    """
    return (
        _whole_second(record.recorded_at),
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


# The columns read back to find the entries already there: the id, then the values of
# same_entry_key in its order (the positions _keys_at reads).
_READ = (
    "id",
    "recorded_at",
    "completed_by",
    *SCORE_FIELDS,
    "other_problem",
    "other_problem_score",
    "note",
    *_VITALS,
)
_READ_SQL = ", ".join(f'"{DiaryEntry._meta.fields[name].column_name}"' for name in _READ)
# The columns a new entry is written with: every column of the table.
_WRITTEN = (*_READ, "created_at", "for_team")
# The largest rowid: past it SQLite picks unused ids at random, so the ids are left to it.
_LAST_ROWID = 2**63 - 1


def _in(values: list) -> str:
    return "(" + ", ".join("?" * len(values)) + ")"


def times_of(records: list[EntryRecord]) -> dict[datetime, str]:
    """The times of ``records`` as the store keeps them, each with the text SQLite keeps."""
    return {at: str(at) for at in map(_whole_second, (record.recorded_at for record in records))}


def _keys_at(times: dict[datetime, str]) -> set[tuple]:
    """The keys of the entries already in the diary at ``times`` (``times_of`` a batch).

    The store keeps every entry's time to the second (``entries._row_values``), so
    the entries that can be the same are those at exactly one of these times, found
    through the index on the time. The SQL is written here, and each key is made
    straight from the row as SQLite gives it, with the same values, in the same
    order, as ``same_entry_key`` of the entry it holds: building peewee's query, or
    an entry for each row, cost most of a re-import. A row's time is the one asked
    for that its text names.
    """
    database = DiaryEntry._meta.database
    params = [times[moment] for moment in sorted(times)]
    rows = database.execute_sql(
        f'SELECT {_READ_SQL} FROM "diary_entry" WHERE "recorded_at" IN {_in(params)}', params
    ).fetchall()
    if not rows:
        return set()
    trackers: dict[int, list[tuple[str, int]]] = {}
    ids = [row[0] for row in rows]
    scores = database.execute_sql(
        'SELECT s."entry_id", t."name", s."score" FROM "tracker_score" AS s '
        f'JOIN "tracker" AS t ON t."id" = s."tracker_id" WHERE s."entry_id" IN {_in(ids)}',
        ids,
    )
    for entry_id, name, score in scores.fetchall():
        trackers.setdefault(entry_id, []).append((_tracker_key(name), score))
    asked = {text: moment for moment, text in times.items()}
    to_time = DiaryEntry.recorded_at.python_value
    return {
        (
            asked.get(row[1]) or _whole_second(to_time(row[1])),
            row[2],  # completed_by
            row[3:12],  # the scores, in SCORE_FIELDS order
            row[12].strip(),  # other_problem
            row[13],  # other_problem_score
            row[14].strip(),  # note
            row[15:20],  # the vitals, in _VITALS order
            tuple(sorted(trackers[row[0]])) if row[0] in trackers else (),
        )
        for row in rows
    }


class _NewEntries:
    """Inserts entries with their tracker scores through prepared statements, a batch at a time.

    Made inside the import's transaction: each entry is given the id SQLite would give
    it (one more than the largest there), so its tracker scores can go in with it.
    """

    def __init__(self) -> None:
        texts = ("recorded_at", "created_at")  # given as the text SQLite keeps
        self._entries = PreparedInsert(DiaryEntry, _WRITTEN, texts)
        self._one_entry = PreparedInsert(DiaryEntry, _WRITTEN[1:], texts)  # ids left to SQLite
        self._scores = PreparedInsert(TrackerScore, ("entry", "tracker", "score"))
        largest = DiaryEntry._meta.database.execute_sql('SELECT max("id") FROM "diary_entry"')
        self._next_id: int = (largest.fetchone()[0] or 0) + 1
        self._tracker_ids: dict[str, int] = {}  # found or made once an import

    def insert(self, records: list[EntryRecord], times: dict[datetime, str]) -> None:
        """Insert ``records`` as new entries, as ``diary.save_entries`` would.

        ``times`` holds their times (``times_of``). The entries of one batch are made
        at one moment, their ``created_at``.
        """
        created = str(home_now())
        names = dict.fromkeys(name for record in records for name in record.trackers)
        missing = [name for name in names if name not in self._tracker_ids]
        if missing:
            self._tracker_ids.update(_tracker_ids(missing))
        ids = self._tracker_ids
        if self._next_id + len(records) - 1 > _LAST_ROWID:
            rows = [_values(record, times, created) for record in records]
            self._insert_one_by_one(records, rows)
            return
        rows, scores = [], []
        entry_id = self._next_id
        for record in records:
            rows.append((entry_id, *_values(record, times, created)))
            if record.trackers:
                scores += [(entry_id, ids[name], score) for name, score in record.trackers.items()]
            entry_id += 1
        self._next_id = entry_id
        self._entries.many_rows(rows)
        if scores:
            self._scores.many_rows(scores)

    def _insert_one_by_one(self, records: list[EntryRecord], rows: list[tuple]) -> None:
        for record, values in zip(records, rows, strict=True):
            entry_id = self._one_entry.one(dict(zip(_WRITTEN[1:], values, strict=True)))
            self._scores.many_rows(
                (entry_id, self._tracker_ids[name], score)
                for name, score in record.trackers.items()
            )


def _values(record: EntryRecord, times: dict[datetime, str], created: str) -> tuple:
    """A new entry's values in _WRITTEN's order after the id, as ``entries._row_values``
    (its time and ``created`` as the text SQLite keeps)."""
    return (
        times[_whole_second(record.recorded_at)],
        record.completed_by,
        *map(record.scores.get, SCORE_FIELDS),
        record.other_problem.strip(),
        record.other_problem_score,
        record.note.strip(),
        *_vitals_of(record),
        created,
        record.for_team,
    )


def _ensure_trackers(names: Iterable[str]) -> None:
    """Create the named trackers that do not exist yet; existing ones are left as they are."""
    rows = list(Tracker.select(Tracker.name, Tracker.position))
    known = {_tracker_key(row.name) for row in rows}
    position = max((row.position for row in rows), default=0)
    for name in names:
        if name.strip() and _tracker_key(name) not in known:
            position += 1
            Tracker.create(name=name.strip(), position=position, created_at=home_now())
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
            times = times_of(batch)
            seen = _keys_at(times)  # entries of earlier batches are in the diary by now
            new: list[EntryRecord] = []
            now = home_now()
            for record in batch:
                validate_entry(record, now)
                key = same_entry_key(record)
                if key not in seen:
                    seen.add(key)
                    new.append(record)  # always a new entry, never an update
            writer.insert(new, times)
            imported += len(new)
            already_there += len(batch) - len(new)
    return DiaryImportCounts(imported=imported, already_there=already_there)
