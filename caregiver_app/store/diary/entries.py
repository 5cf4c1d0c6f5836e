"""Symptom diary entries and the custom trackers scored on them.

Plain records in and out; every change is one transaction. Views and services
never build SQL: the queries they need are named here.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import Any, cast

from peewee import ModelSelect, fn
from PySide6.QtCore import QCoreApplication

from caregiver_app.esas import COMPLETED_BY, SCORE_FIELDS
from caregiver_app.store.day_range import FIRST_DAY
from caregiver_app.store.diary.saved_times import refused_as_future
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import DiaryEntry, Tracker, TrackerScore
from caregiver_app.store.plain_rows import in_period, rows_of, tuples_of
from caregiver_app.store.text_keys import folded
from caregiver_app.store.transactions import delete_row, transaction

# The first year an entry may carry, as the calendar's; Python cannot convert year 1.
FIRST_YEAR = FIRST_DAY.year
# Who completed an entry; "" is "not recorded" (a file that did not say), never guessed.
NOT_RECORDED = ""

_SCORE_NAMES = frozenset(SCORE_FIELDS)
_WHO = (*COMPLETED_BY, NOT_RECORDED)
# Exact types only (a bool is not a score), then the values: together, "0 to 10 or None".
_SCORE_TYPES = frozenset({int, type(None)})
_INT = frozenset({int})
_SCORE_OR_NONE = frozenset({None, *range(11)})

VITAL_LIMITS = {
    "temperature_c": (30.0, 45.0),
    "oxygen_saturation": (50, 100),
    "oxygen_flow_lpm": (0.0, 30.0),
    "weight_kg": (1.0, 400.0),
    "pulse_bpm": (20, 250),
}
_vitals_of = attrgetter(*VITAL_LIMITS)
_NO_VITALS = (None,) * len(VITAL_LIMITS)


@dataclass
class EntryRecord:
    """One diary entry as plain values; scores are 0-10 or None (not rated)."""

    recorded_at: datetime
    completed_by: str = NOT_RECORDED  # who completed it, when someone said
    scores: dict[str, int | None] = field(default_factory=dict)
    other_problem: str = ""
    other_problem_score: int | None = None
    note: str = ""
    for_team: bool = False
    temperature_c: float | None = None
    oxygen_saturation: int | None = None
    oxygen_flow_lpm: float | None = None
    weight_kg: float | None = None
    pulse_bpm: int | None = None
    trackers: dict[str, int] = field(default_factory=dict)  # tracker name -> score
    id: int | None = None

    def score(self, name: str) -> int | None:
        """The score of an ESAS-r field (None when not rated)."""
        return self.scores.get(name)


def check_score(value: int | None, field_name: str, label: str) -> None:
    """Refuse a score outside 0-10, naming the field to fix."""
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
        raise InvalidValueError(
            field_name,
            QCoreApplication.translate(
                "Diary", "{label} must be a whole number from 0 to 10, or not rated."
            ).format(label=label),
        )


def validate_entry(record: EntryRecord, now: datetime | None = None) -> None:
    """Raise InvalidValueError naming the field for anything the diary cannot hold (an
    entry's time as saved is kept, even ahead of the clock: store/diary/saved_times.py)."""
    now = now or home_now()
    if refused_as_future(record.recorded_at, now, DiaryEntry.recorded_at, record.id):
        raise InvalidValueError(
            "recorded_at",
            QCoreApplication.translate(
                "Diary", "The date and time of an entry cannot be in the future."
            ),
        )
    if record.recorded_at.year < FIRST_YEAR:
        raise InvalidValueError(
            "recorded_at",
            QCoreApplication.translate(
                "Diary", "The date of an entry must be in {year} or later."
            ).format(year=FIRST_YEAR),
        )
    if record.completed_by not in _WHO:
        raise InvalidValueError(
            "completed_by", QCoreApplication.translate("Diary", "Choose who completed the entry.")
        )
    # Each group is first tried against the usual case in one go (known names, whole
    # numbers 0-10 or not rated, no vitals), so an import of many entries does not walk
    # (and label) every value that is fine; anything else is checked one by one.
    scores = record.scores.values()
    if not (
        _SCORE_NAMES.issuperset(record.scores)
        and _SCORE_TYPES.issuperset(map(type, scores))
        and _SCORE_OR_NONE.issuperset(scores)
    ):
        for name, value in record.scores.items():
            if name not in _SCORE_NAMES:
                raise InvalidValueError(
                    name,
                    QCoreApplication.translate("Diary", "Unknown symptom: {name}").format(
                        name=name
                    ),
                )
            if value is not None and not (type(value) is int and 0 <= value <= 10):
                check_score(value, name, name.replace("_", " "))
    if record.other_problem_score is not None:
        check_score(
            record.other_problem_score,
            "other_problem_score",
            QCoreApplication.translate("Diary", "The other problem"),
        )
    if record.other_problem_score is not None and not record.other_problem.strip():
        raise InvalidValueError(
            "other_problem",
            QCoreApplication.translate(
                "Diary", "Name the other problem, or leave its score not rated."
            ),
        )
    if len(record.trackers) > 1:  # "Cough" and "cough" are one tracker: one score an entry
        keys = [folded(name.strip()) for name in record.trackers]
        if len(set(keys)) < len(keys):
            twice = next(name for name in record.trackers if keys.count(folded(name.strip())) > 1)
            raise InvalidValueError(
                f"tracker:{twice}",
                QCoreApplication.translate(
                    "Diary", "{name} is scored twice; keep one score for it."
                ).format(name=twice.strip()),
            )
    tracked = record.trackers.values()
    if not (_INT.issuperset(map(type, tracked)) and _SCORE_OR_NONE.issuperset(tracked)):
        for name, score in record.trackers.items():
            if not (type(score) is int and 0 <= score <= 10):
                check_score(score, f"tracker:{name}", name)
    if _vitals_of(record) != _NO_VITALS:
        _check_vitals(record)


def _check_vitals(record: EntryRecord) -> None:
    for name, (low, high) in VITAL_LIMITS.items():
        value = getattr(record, name)
        if value is not None and not low <= value <= high:
            raise InvalidValueError(
                name,
                QCoreApplication.translate(
                    "Diary", "This value is outside what can be recorded ({low} to {high})."
                ).format(low=low, high=high),
            )


def _row_values(record: EntryRecord) -> dict[str, object]:
    values: dict[str, object] = {name: record.scores.get(name) for name in SCORE_FIELDS}
    values.update(
        recorded_at=record.recorded_at.replace(microsecond=0),
        completed_by=record.completed_by,
        other_problem=record.other_problem.strip(),
        other_problem_score=record.other_problem_score,
        note=record.note.strip(),
        for_team=record.for_team,
        temperature_c=record.temperature_c,
        oxygen_saturation=record.oxygen_saturation,
        oxygen_flow_lpm=record.oxygen_flow_lpm,
        weight_kg=record.weight_kg,
        pulse_bpm=record.pulse_bpm,
    )
    return values


def _find_tracker(name: str) -> Tracker | None:
    """The tracker of that name, whatever its letter case or the way its accents are written.

    Compared in Python: SQLite's lower() only folds ASCII, so "Übelkeit" and
    "übelkeit" would otherwise look like two trackers.
    """
    wanted = folded(name.strip())
    return next((t for t in Tracker.select() if folded(t.name) == wanted), None)


def _tracker_ids(names: list[str]) -> dict[str, int]:
    """Ids of the named trackers, creating any that do not exist yet."""
    ids: dict[str, int] = {}
    for name in names:
        tracker = _find_tracker(name)
        if tracker is None:
            position = (Tracker.select(fn.MAX(Tracker.position)).scalar() or 0) + 1
            tracker = Tracker.create(name=name.strip(), position=position, created_at=home_now())
        ids[name] = tracker.id
    return ids


def _write_entry(record: EntryRecord) -> int:
    values = _row_values(record)
    entry_id = record.id
    if entry_id is not None and DiaryEntry.get_or_none(DiaryEntry.id == entry_id):
        DiaryEntry.update(**values).where(DiaryEntry.id == entry_id).execute()
        TrackerScore.delete().where(TrackerScore.entry == entry_id).execute()
    else:
        extra = {"id": record.id} if record.id is not None else {}
        entry_id = DiaryEntry.insert(created_at=home_now(), **values, **extra).execute()
    if record.trackers:
        ids = _tracker_ids(list(record.trackers))
        TrackerScore.insert_many(
            [
                {"entry": entry_id, "tracker": ids[name], "score": score}
                for name, score in record.trackers.items()
            ]
        ).execute()
    return entry_id


def save_entry(record: EntryRecord) -> int:
    """Check and save an entry (new, or an update of ``record.id``) in one transaction."""
    validate_entry(record)
    with transaction():
        return _write_entry(record)


def save_entries(records: list[EntryRecord]) -> int:
    """Save many entries in one transaction (all or nothing); return how many."""
    for record in records:
        validate_entry(record)
    with transaction():
        for record in records:
            _write_entry(record)
    return len(records)


def _score_rows() -> ModelSelect[TrackerScore]:
    """Each tracker score's entry id, tracker name and score, in the trackers' order."""
    return (
        TrackerScore.select(TrackerScore.entry, Tracker.name, TrackerScore.score)
        .join(Tracker)
        .order_by(Tracker.position)
    )


def _by_entry(rows: Iterable[tuple[Any, ...]]) -> dict[int, dict[str, int]]:
    found: dict[int, dict[str, int]] = {}
    for entry_id, name, score in rows:
        found.setdefault(entry_id, {})[name] = score
    return found


def _trackers_for(entry_ids: list[int]) -> dict[int, dict[str, int]]:
    if not entry_ids:
        return {}
    # plain tuples: building model objects took most of a page's time
    return _by_entry(tuples_of(_score_rows().where(TrackerScore.entry.in_(entry_ids))))


def _trackers_between(start: datetime | None, end: datetime | None) -> dict[int, dict[str, int]]:
    """:func:`_trackers_for` of the entries in [start, end), found by their time (a long
    period's ids would make a query of thousands of parameters)."""
    query = _score_rows().switch(TrackerScore).join(DiaryEntry)
    return _by_entry(rows_of(in_period(query, DiaryEntry.recorded_at, start, end)))


def _record(row: DiaryEntry | Any, trackers: dict[str, int]) -> EntryRecord:
    return EntryRecord(
        id=row.id,
        recorded_at=row.recorded_at,
        completed_by=row.completed_by,
        scores={name: getattr(row, name) for name in SCORE_FIELDS},
        other_problem=row.other_problem,
        other_problem_score=row.other_problem_score,
        note=row.note,
        for_team=row.for_team,
        temperature_c=row.temperature_c,
        oxygen_saturation=row.oxygen_saturation,
        oxygen_flow_lpm=row.oxygen_flow_lpm,
        weight_kg=row.weight_kg,
        pulse_bpm=row.pulse_bpm,
        trackers=trackers,
    )


def get_entry(entry_id: int) -> EntryRecord | None:
    """One entry with its tracker scores, or None."""
    row = DiaryEntry.get_or_none(DiaryEntry.id == entry_id)
    return _record(row, _trackers_for([entry_id]).get(entry_id, {})) if row else None


def delete_entry(entry_id: int) -> EntryRecord | None:
    """Delete an entry; return it so Edit > Undo can put it back with the same id."""
    return delete_row(DiaryEntry, entry_id, get_entry)


def _in_range(
    query: ModelSelect[DiaryEntry], start: datetime | None, end: datetime | None
) -> ModelSelect[DiaryEntry]:
    return in_period(query, DiaryEntry.recorded_at, start, end)


def count_entries(start: datetime | None = None, end: datetime | None = None) -> int:
    """How many entries fall in [start, end)."""
    return _in_range(DiaryEntry.select(), start, end).count()


# The table's pages read every column but created_at, which no record holds.
_PAGE_FIELDS = tuple(f for f in DiaryEntry._meta.sorted_fields if f.name != "created_at")
# Rows as named tuples of those columns, made once (peewee's namedtuples() makes the
# class again for every query).
_PageRow: Any = namedtuple("_PageRow", [f.name for f in _PAGE_FIELDS])  # type: ignore[misc]


def entries_page(
    offset: int,
    limit: int,
    start: datetime | None = None,
    end: datetime | None = None,
    with_trackers: bool = True,
    total: int | None = None,
) -> list[EntryRecord]:
    """One page of entries, newest first: the table model fetches these on demand.

    ``total`` is how many entries [start, end) holds (``count_entries``), when known: a
    page in the older half is then read oldest first and turned round, so SQLite steps
    over the entries after it, not the thousands before it. Without ``with_trackers``
    the records' ``trackers`` are left empty (one query less).
    """
    query = _in_range(DiaryEntry.select(*_PAGE_FIELDS), start, end)
    rows: list[Any]
    if total is not None and offset < total and 2 * offset + limit > total:
        oldest_first = query.order_by(DiaryEntry.recorded_at, DiaryEntry.id)
        page = oldest_first.offset(max(0, total - offset - limit)).limit(min(limit, total - offset))
        rows = [_PageRow._make(row) for row in tuples_of(page)]
        rows.reverse()
    else:
        newest_first = query.order_by(DiaryEntry.recorded_at.desc(), DiaryEntry.id.desc())
        rows = [_PageRow._make(row) for row in tuples_of(newest_first.offset(offset).limit(limit))]
    trackers = _trackers_for([row.id for row in rows]) if with_trackers else {}
    return [_record(row, trackers.get(row.id, {})) for row in rows]


def entries_between(start: datetime | None, end: datetime | None) -> list[EntryRecord]:
    """Every entry in [start, end), oldest first (for trends, summaries and export)."""
    query = _in_range(DiaryEntry.select(*_PAGE_FIELDS), start, end).order_by(
        DiaryEntry.recorded_at, DiaryEntry.id
    )
    rows: list[Any] = [_PageRow._make(row) for row in rows_of(query)]
    trackers = _trackers_between(start, end) if rows else {}
    return [_record(row, trackers.get(row.id, {})) for row in rows]


def average_scores(start: datetime, end: datetime) -> dict[str, float]:
    """The average of each rated ESAS-r score in [start, end); symptoms never rated are left out."""
    columns = [fn.AVG(getattr(DiaryEntry, name)).alias(name) for name in SCORE_FIELDS]
    query = _in_range(DiaryEntry.select(*columns), start, end).dicts()
    row = cast("dict[str, float | None]", query.get())  # peewee's stubs type it a model
    return {name: float(value) for name, value in row.items() if value is not None}


# ---------------------------------------------------------------- trackers


def list_trackers(active_only: bool = True) -> list[str]:
    """Custom tracker names, in the order the family added them."""
    query = Tracker.select().order_by(Tracker.position, Tracker.id)
    if active_only:
        query = query.where(Tracker.active == True)  # noqa: E712 - peewee expression
    return [tracker.name for tracker in query]


def add_tracker(name: str) -> str:
    """Start following one more symptom (or again: "cough" reactivates "Cough"); its name kept."""
    name = name.strip()
    if not name:
        raise InvalidValueError(
            "tracker", QCoreApplication.translate("Diary", "Give the symptom a name.")
        )
    with transaction():
        existing = _find_tracker(name)
        if existing is not None:
            Tracker.update(active=True).where(Tracker.id == existing.id).execute()
            return existing.name
        _tracker_ids([name])
        return name
