"""Two writers on one record: the second waits its turn, says so, and nothing is lost or doubled."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from caregiver_app.store import sharing
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from tests.helpers.record_faults import (
    diary_csv,
    finish,
    hold_record,
    make_record,
    names,
    notes,
    release,
    rows,
    side_files,
    start,
    wait_until_waiting,
    without_diary,
)


@pytest.fixture
def record(data_dir) -> Path:
    make_record(data_dir)
    return data_dir


def test_two_imports_while_another_program_writes_both_wait_and_both_succeed(record, tmp_path):
    before = rows(record)
    first = diary_csv(tmp_path / "first.csv", 2000, "first")
    second = diary_csv(tmp_path / "second.csv", 2000, "second", datetime(2021, 6, 1, 8))
    holder = hold_record(record)
    importers = [start(record, "diary", "import", str(path)) for path in (first, second)]
    for importer in importers:
        wait_until_waiting(importer)  # both are queued behind the holder, neither failed
    release(holder)
    assert finish(holder)[0] == 0
    for importer in importers:
        code, out, err = finish(importer)
        assert code == 0, err
        assert out == "imported 2000 entries, 0 already there\n"
        assert err == ""  # nothing after the line saying it waited
    after = rows(record)
    expected = [*notes(before), "held"]
    expected += [f"first {n}" for n in range(2000)] + [f"second {n}" for n in range(2000)]
    assert notes(after) == sorted(expected)  # every row once: nothing lost, nothing doubled
    assert without_diary(after) == without_diary(before)
    assert side_files(record) == [] and names(record) == ["care-record.sqlite"]


def test_the_same_file_imported_twice_at_once_is_added_once(record, tmp_path):
    before = rows(record)
    both = diary_csv(tmp_path / "diary.csv", 3000, "row")
    importers = [start(record, "diary", "import", str(both)) for _ in range(2)]
    results = [finish(importer) for importer in importers]
    assert [code for code, _out, _err in results] == [0, 0], results
    outs = sorted(out for _code, out, _err in results)
    assert outs == [
        "imported 0 entries, 3000 already there\n",
        "imported 3000 entries, 0 already there\n",
    ]
    for _code, _out, err in results:
        assert "locked" not in err and "Traceback" not in err
    assert notes(rows(record)) == sorted(notes(before) + [f"row {n}" for n in range(3000)])
    assert side_files(record) == []


def test_an_import_waits_for_the_window_saving(record, tmp_path):
    """The window's save holds the record; the command waits, then adds its rows after."""
    from caregiver_app.store.opening import open_store

    before = rows(record)
    csv = diary_csv(tmp_path / "diary.csv", 500, "imported")
    window = open_store(record)
    try:
        with window.atomic():
            save_entry(EntryRecord(datetime(2019, 3, 1, 9), "patient", {"pain": 2}, note="typed"))
            importer = start(record, "diary", "import", str(csv))
            wait_until_waiting(importer)
        code, out, err = finish(importer)
    finally:
        window.close()
    assert code == 0, err
    assert out == "imported 500 entries, 0 already there\n"
    expected = notes(before) + ["typed"] + [f"imported {n}" for n in range(500)]
    assert notes(rows(record)) == sorted(expected)


def test_the_window_saving_waits_for_an_import(record):
    """The service the window calls waits for another program's write instead of failing."""
    from caregiver_app.store.opening import open_store

    before = rows(record)
    holder = hold_record(record)
    told = []

    def waiting() -> None:  # called once the save has waited a moment: let the other finish
        told.append(True)
        release(holder)

    previous = sharing.set_waiting(sharing.WINDOW_WAIT_SECONDS * 20, waiting)
    window = open_store(record)
    try:
        save_entry(EntryRecord(datetime(2019, 3, 1, 9), "patient", {"pain": 2}, note="typed"))
    finally:
        window.close()
        sharing.set_waiting(*previous)
    assert told == [True]
    assert finish(holder)[0] == 0
    assert notes(rows(record)) == sorted([*notes(before), "held", "typed"])


def test_a_record_busy_too_long_is_one_sentence_and_nothing_changes(record):
    """An import that cannot have the record within its wait (five minutes on the command
    line, shortened here) is refused with one sentence; the other program's row stays."""
    from caregiver_app.services.record.access import importing
    from caregiver_app.store.errors import RecordBusyError

    before = rows(record)
    holder = hold_record(record)
    previous = sharing.set_waiting(0.2)
    try:
        with pytest.raises(RecordBusyError) as refused, importing(record):
            save_entry(EntryRecord(datetime(2019, 3, 1, 9), "patient", note="typed"))
    finally:
        sharing.set_waiting(*previous)
        release(holder)
    assert finish(holder)[0] == 0
    sentence = str(refused.value)
    assert "in use by another program" in sentence and "nothing was changed" in sentence
    assert "\n" not in sentence
    assert notes(rows(record)) == sorted([*notes(before), "held"])
