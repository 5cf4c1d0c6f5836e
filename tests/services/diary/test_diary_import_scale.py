"""A big diary file: read as it streams, imported in batches, still all or nothing.

Speed and peak memory are measured in ``benchmarks/`` (docs/benchmarks.md), not here:
these tests check what the caregiver gets (counts, rows, refusals) and that the file
is never held whole.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.services.diary.csv_file import (
    DiaryCsvError,
    DiaryFile,
    DiaryImportCounts,
    import_parsed,
    read_csv,
    read_diary_file,
    write_csv,
)
from caregiver_app.store.diary import bulk_import as diary_io
from caregiver_app.store.diary.entries import (
    EntryRecord,
    count_entries,
    entries_between,
    list_trackers,
)
from caregiver_app.store.opening import open_store

HEADER = (
    "recorded_at,completed_by,pain,tiredness,drowsiness,nausea,lack_of_appetite,"
    "shortness_of_breath,depression,anxiety,wellbeing,other_problem,other_score,note"
)
START = datetime(2021, 1, 1, 8, 0)


def _entries(count: int, start: datetime = START) -> list[EntryRecord]:
    return [
        EntryRecord(
            recorded_at=start + timedelta(hours=number),
            completed_by=("patient", "family_caregiver")[number % 2],
            scores={"pain": number % 11, "nausea": (number * 7) % 11},
            note=f'entry {number}, "quoted"\nsecond line' if number % 5 == 0 else "",
            trackers={"Cough": number % 11} if number % 3 == 0 else {},
            weight_kg=60.5 if number % 4 == 0 else None,
        )
        for number in range(count)
    ]


def _row(**cells: str) -> bytes:
    """A row of the files ``_write`` makes (16 columns), empty but for ``cells``."""
    columns = [*HEADER.split(","), "vital:weight_kg", "tracker:Cough"]
    values = {name: "" for name in columns} | cells
    return (",".join(values[name] for name in columns) + "\r\n").encode()


def _write(path: Path, entries: list[EntryRecord]) -> Path:
    path.write_bytes(write_csv(entries, ["Cough"]))
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _diary(data_dir: Path) -> list[tuple]:
    database = open_store(data_dir)
    try:
        return [
            (e.recorded_at, e.completed_by, e.scores["pain"], e.note, e.trackers, e.weight_kg)
            for e in entries_between(None, None)
        ]
    finally:
        database.close()


# ---------------------------------------------------------------- the command


def test_five_thousand_rows_import_once_and_the_second_time_are_all_already_there(
    data_dir, tmp_path
):
    entries = _entries(5_000)
    source = _write(tmp_path / "big.csv", entries)
    first = _run("diary", "import", str(source))
    assert (first.returncode, first.stdout.strip(), first.stderr) == (
        0,
        "imported 5000 entries, 0 already there",
        "",
    )
    again = _run("diary", "import", str(source))
    assert (again.returncode, again.stdout.strip()) == (0, "imported 0 entries, 5000 already there")
    rows = _diary(data_dir)
    assert len(rows) == 5_000
    assert rows == [
        (e.recorded_at, e.completed_by, e.scores["pain"], e.note, e.trackers, e.weight_kg)
        for e in entries
    ]


def test_a_bad_row_near_the_end_of_a_big_file_imports_nothing(data_dir, tmp_path):
    before = _entries(50, start=datetime(2020, 1, 1, 9, 0))
    database = open_store(data_dir)
    try:
        diary_io.import_entries(before)
    finally:
        database.close()
    kept = _diary(data_dir)
    source = _write(tmp_path / "big.csv", _entries(3_000))
    with source.open("ab") as handle:  # row 3,002: after several batches' worth of good rows
        handle.write(_row(recorded_at="2024-03-01T08:00", pain="12"))
    result = _run("diary", "import", str(source))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        "caregiver-app: row 3002, column pain: 12 is not a score from 0 to 10. "
        "Nothing was imported."
    )
    assert _diary(data_dir) == kept


def test_a_file_read_from_a_pipe_is_imported(data_dir, tmp_path):
    entries = _entries(300)
    result = subprocess.run(
        [sys.executable, "-m", "caregiver_app", "diary", "import", "/dev/stdin"],
        input=write_csv(entries, ["Cough"]),
        capture_output=True,
        timeout=120,
    )
    if result.returncode != 0 and b"/dev/stdin" in result.stderr:
        pytest.skip("this system has no /dev/stdin")
    assert (result.returncode, result.stdout.strip()) == (
        0,
        b"imported 300 entries, 0 already there",
    )
    assert len(_diary(data_dir)) == 300


# ---------------------------------------------------------------- batches


def test_the_same_entry_in_two_batches_is_added_once(store, monkeypatch):
    monkeypatch.setattr(diary_io, "BATCH", 7)
    entries = _entries(40)
    repeated = [*entries, entries[3], entries[25], *entries[30:]]
    counts = diary_io.import_entries(repeated, ["Cough"])
    assert counts == DiaryImportCounts(imported=40, already_there=12)
    assert count_entries() == 40
    assert diary_io.import_entries(entries) == DiaryImportCounts(imported=0, already_there=40)


def test_an_entry_that_differs_only_in_its_tracker_is_a_new_entry(store, monkeypatch):
    monkeypatch.setattr(diary_io, "BATCH", 2)
    entry = EntryRecord(recorded_at=START, scores={"pain": 3}, trackers={"Cough": 1})
    other = EntryRecord(recorded_at=START, scores={"pain": 3}, trackers={"cough": 2})
    same = EntryRecord(recorded_at=START, scores={"pain": 3}, trackers={"COUGH": 1})
    assert diary_io.import_entries([entry, other, same]) == DiaryImportCounts(2, 1)
    assert sorted(e.trackers["Cough"] for e in entries_between(None, None)) == [1, 2]


def test_entries_are_taken_one_batch_at_a_time(store, monkeypatch):
    monkeypatch.setattr(diary_io, "BATCH", 10)
    waiting = []

    def entries() -> Iterator[EntryRecord]:
        for number, entry in enumerate(_entries(95)):
            # Those read but not yet written (the import's transaction sees its own rows).
            waiting.append(number - count_entries())
            yield entry

    assert diary_io.import_entries(entries()) == DiaryImportCounts(95, 0)
    assert max(waiting) < 10


def test_a_file_that_changes_after_its_check_is_refused_with_nothing_imported(store, tmp_path):
    source = _write(tmp_path / "diary.csv", _entries(1_200))
    checked = read_diary_file(source)
    with source.open("ab") as handle:
        handle.write(_row(recorded_at="2024-03-01T08:00", other_score="7"))
    with pytest.raises(DiaryCsvError, match="row 1202, column other_score"):
        import_parsed(checked)
    assert count_entries() == 0 and list_trackers() == []


# ---------------------------------------------------------------- reading as it streams


def test_a_file_is_checked_without_keeping_its_entries(tmp_path):
    source = _write(tmp_path / "diary.csv", _entries(2_000))
    checked = read_diary_file(source)
    assert isinstance(checked, DiaryFile) and checked.trackers == ["Cough"]
    assert not hasattr(checked, "entries")
    reading = checked.read_entries()
    assert inspect.isgenerator(reading)
    first = next(reading)
    assert first.recorded_at == START and first.note.startswith("entry 0")
    reading.close()


def test_reading_a_file_holds_far_less_than_the_file(tmp_path):
    long_note = "a long note " * 90
    entries = [replace(entry, note=f"{entry.note} {long_note}") for entry in _entries(2_000)]
    source = _write(tmp_path / "diary.csv", entries)
    size = source.stat().st_size  # about 2 MB; held whole, it would take several times that
    tracemalloc.start()
    try:
        checked = read_diary_file(source)
        count = sum(1 for _entry in checked.read_entries())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2_000
    assert peak < size / 4, (peak, size)  # what one chunk of the file and one row take


def test_an_empty_tracker_column_never_hides_a_score_or_the_note(store):
    text = "recorded_at,pain,note,tracker:pain,tracker:note\r\n2024-03-01T08:00,7,hello,,\r\n"
    (entry,) = read_csv(text.encode()).entries
    assert entry.scores["pain"] == 7 and entry.note == "hello" and entry.trackers == {}


def _with_bad_byte_at(offset: int) -> bytes:
    data = bytearray(write_csv(_entries(1_500), ["Cough"]))
    # The file is UTF-8 (an accent in the header, in as many bytes as "Cough"), so a byte
    # that is not is damage, not Windows-1252 text.
    data[:] = data.replace(b"tracker:Cough", "tracker:Caf\u00e9".encode(), 1)
    data[offset : offset + 1] = b"\xff"
    return bytes(data)


@pytest.mark.parametrize("offset", [70_000, 140_000])
def test_bytes_that_are_not_utf8_far_into_a_file_are_named_by_row_and_column(tmp_path, offset):
    data = _with_bad_byte_at(offset)
    source = tmp_path / "diary.csv"
    source.write_bytes(data)
    with pytest.raises(DiaryCsvError) as from_memory:
        read_csv(data)
    with pytest.raises(DiaryCsvError) as from_file:
        read_diary_file(source)
    assert "this is not UTF-8 text" in str(from_file.value)
    assert str(from_file.value) == str(from_memory.value)


def test_a_character_cut_by_a_read_boundary_is_read_whole(tmp_path):
    note = "é" * 70_000  # two bytes each: some fall across every 64 KiB boundary
    entry = EntryRecord(recorded_at=START, scores={"pain": 2}, note=note)
    source = tmp_path / "diary.csv"
    source.write_bytes(b"\xef\xbb\xbf" + write_csv([entry], []))
    (read,) = read_diary_file(source).read_entries()
    assert read.note == note


@st.composite
def _diary_like(draw) -> bytes:
    """Small CSV files with the header, any line end, cells that read or are refused."""
    end = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    cell = st.sampled_from(["2024-03-01T08:00", "3", "11", "", '"x\ny"', "é", '"', "\x00"])
    rows = draw(st.lists(st.lists(cell, min_size=3, max_size=3), max_size=6))
    text = end.join(["recorded_at,pain,note", *(",".join(row) for row in rows)])
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + text.encode()


@settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.binary(max_size=300) | _diary_like())
def test_a_file_on_disk_reads_exactly_as_the_same_bytes_in_memory(data):
    try:
        expected = [vars(entry) for entry in read_csv(data).entries]
    except DiaryCsvError as error:
        expected = str(error)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "diary.csv"
        source.write_bytes(data)
        try:
            got = [vars(entry) for entry in read_diary_file(source).read_entries()]
        except DiaryCsvError as error:
            got = str(error)
    assert got == expected
