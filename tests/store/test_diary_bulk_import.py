"""The diary's bulk import (store/diary/bulk_import.py): the rows it writes are those one save
at a time would write, entries already there are found by exactly the values a file carries,
and the store's checks refuse what the diary cannot hold, however the entry came."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from caregiver_app.store.diary import bulk_import
from caregiver_app.store.diary.bulk_import import DiaryImportCounts, import_entries
from caregiver_app.store.diary.entries import (
    EntryRecord,
    delete_entry,
    entries_between,
    save_entries,
    validate_entry,
)
from caregiver_app.store.errors import InvalidValueError

START = datetime(2024, 3, 1, 8, 0)


def _varied(count: int, start: datetime = START) -> list[EntryRecord]:
    """Entries using every value a file carries, several at the same time."""
    return [
        EntryRecord(
            recorded_at=start + timedelta(hours=number // 3),
            completed_by=("patient", "family_caregiver", "")[number % 3],
            scores={"pain": number % 11, "nausea": None if number % 2 else 4},
            other_problem="Hiccups" if number % 5 == 0 else "",
            other_problem_score=number % 7 if number % 5 == 0 else None,
            note=f"  entry {number % 4}  " if number % 6 else "",
            temperature_c=37.5 if number % 4 == 0 else None,
            oxygen_saturation=95 if number % 4 == 0 else None,
            pulse_bpm=80 if number % 9 == 0 else None,
            trackers={"Cough": number % 3, "Übelkeit": 2} if number % 2 else {},
        )
        for number in range(count)
    ]


def _rows(store) -> list[tuple]:
    """Every diary row and tracker score but the time each row was made."""
    entries = store.execute_sql("SELECT * FROM diary_entry ORDER BY id", ()).fetchall()
    columns = [c[0] for c in store.execute_sql("SELECT * FROM diary_entry LIMIT 0", ()).description]
    made = columns.index("created_at")
    scores = store.execute_sql(
        "SELECT entry_id, tracker_id, score FROM tracker_score ORDER BY entry_id, tracker_id", ()
    ).fetchall()
    return [row[:made] + row[made + 1 :] for row in entries] + scores


def test_the_rows_written_are_those_saving_each_entry_would_write(data_dir, tmp_path):
    from caregiver_app.store.opening import open_store

    entries = _varied(40)
    saved = open_store(tmp_path / "saved")
    try:
        save_entries(entries[:5])
        delete_entry(5)  # ids go on from the largest there, as SQLite gives them
        save_entries(entries[5:])
        expected = _rows(saved)
    finally:
        saved.close()
    imported = open_store(data_dir)
    try:
        save_entries(entries[:5])
        delete_entry(5)
        assert import_entries(entries[5:]) == DiaryImportCounts(35, 0)
        assert _rows(imported) == expected
    finally:
        imported.close()


def test_entries_already_there_are_found_by_every_value_a_file_carries(store, monkeypatch):
    monkeypatch.setattr(bulk_import, "BATCH", 9)
    entries = _varied(60)
    assert import_entries(entries) == DiaryImportCounts(60, 0)
    kept = entries_between(None, None)
    assert import_entries(entries) == DiaryImportCounts(0, 60)
    assert import_entries([replace(e, id=None, for_team=True) for e in kept]) == (
        DiaryImportCounts(0, 60)
    )
    changed = [
        replace(entries[0], note="another note"),
        replace(entries[1], completed_by="health_professional"),
        replace(entries[2], scores={**entries[2].scores, "wellbeing": 1}),
        replace(entries[3], trackers={"Cough": 9}),
        replace(entries[4], weight_kg=70.0),
        replace(entries[5], recorded_at=entries[5].recorded_at + timedelta(seconds=1)),
        replace(entries[6], trackers={"COUGH": entries[6].trackers.get("Cough", 5) + 1}),
    ]
    assert import_entries(changed) == DiaryImportCounts(7, 0)
    same = [
        replace(entries[7], note=entries[7].note.strip() + "   "),  # kept without the spaces
        replace(entries[8], recorded_at=entries[8].recorded_at.replace(microsecond=400)),
        replace(entries[9], trackers={name.upper(): s for name, s in entries[9].trackers.items()}),
    ]
    assert import_entries(same) == DiaryImportCounts(0, 3)


def test_entries_past_the_largest_id_there_is_get_their_ids_from_sqlite(store):
    store.execute_sql(
        "INSERT INTO diary_entry (id, recorded_at, created_at) VALUES (?, ?, ?)",
        (2**63 - 1, "2020-01-01 08:00:00", "2020-01-01 08:00:00"),
    )
    entries = _varied(4)
    assert import_entries(entries) == DiaryImportCounts(4, 0)
    found = {
        (e.recorded_at, e.note, tuple(sorted(e.trackers.items())))
        for e in entries_between(START, None)
    }
    assert found == {
        (e.recorded_at, e.note.strip(), tuple(sorted(e.trackers.items()))) for e in entries
    }


@pytest.mark.parametrize(
    "change, field",
    [
        ({"scores": {"pain": True}}, "pain"),
        ({"scores": {"pain": 3.0}}, "pain"),
        ({"scores": {"pain": 11}}, "pain"),
        ({"scores": {"pain": 2, "hunger": 3}}, "hunger"),
        ({"scores": {"pain": 11, "hunger": 3}}, "pain"),
        ({"trackers": {"Cough": None, "Hiccups": -1}}, "tracker:Hiccups"),
        ({"trackers": {"Cough": False}}, "tracker:Cough"),
        ({"temperature_c": 50.0}, "temperature_c"),
        ({"pulse_bpm": 10, "weight_kg": 0.5}, "weight_kg"),
        ({"completed_by": "nurse"}, "completed_by"),
    ],
)
def test_what_the_diary_cannot_hold_is_refused_naming_the_field(change, field):
    entry = replace(EntryRecord(recorded_at=START, scores={"pain": 3}), **change)
    with pytest.raises(InvalidValueError) as refused:
        validate_entry(entry)
    assert refused.value.field == field


def test_the_usual_entries_pass_the_store_checks():
    for entry in _varied(30):
        validate_entry(entry)
    validate_entry(EntryRecord(recorded_at=START, trackers={"Cough": None}))


def test_none_and_bools_are_bound_as_null_and_whole_numbers(store):
    from caregiver_app.store import prepared_insert  # registers the plain adapters

    assert prepared_insert.PreparedInsert
    row = store.execute_sql("SELECT typeof(?), ?, typeof(?), ?, ?", (None, None, True, True, False))
    assert row.fetchone() == ("null", None, "integer", 1, 0)
