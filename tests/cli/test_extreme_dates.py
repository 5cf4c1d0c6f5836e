"""Days at the ends of the calendar (year 1, year 9999) are refused or clamped, never a crash."""

from __future__ import annotations

import csv

import pytest

from tests.helpers.record_snapshot import (
    files_in,
    make_demo_record,
    one_line,
    record_rows,
    run_cli,
)


@pytest.fixture
def record(data_dir):
    make_demo_record(data_dir)
    return data_dir


def _count(rows: dict, table: str) -> int:
    return len(rows[table])


@pytest.mark.parametrize(
    "period, option, day",
    [
        (("0001-01-01", "2026-01-31"), "--from", "0001-01-01"),
        (("2026-01-01", "9999-12-31"), "--to", "9999-12-31"),
        (("1899-12-31", "2026-01-31"), "--from", "1899-12-31"),
    ],
)
def test_summary_refuses_a_day_no_record_can_hold(record, tmp_path, period, option, day):
    before = record_rows(record), files_in(record)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "summary.pdf"
    result = run_cli(
        "summary", "--from", period[0], "--to", period[1], "-o", target, data_dir=record
    )
    assert result.returncode == 2
    assert one_line(result) == (
        f"{option} {day} is outside the days a care record holds; give a day from "
        "1900-01-01 to 2200-12-31"
    )
    assert files_in(out) == []
    assert (record_rows(record), files_in(record)) == before


@pytest.mark.parametrize("limits", [("--to", "9999-12-31"), ("--from", "0001-01-01")])
def test_diary_export_takes_the_widest_days(record, tmp_path, limits):
    target = tmp_path / "diary.csv"
    result = run_cli("diary", "export", target, *limits, data_dir=record)
    assert result.returncode == 0, result.stderr
    entries = _count(record_rows(record), "diary_entry")
    assert result.stdout.strip() == f"exported {entries} entries to {target}"
    with target.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == entries


@pytest.mark.parametrize(
    "limits",
    [
        ("--from", "0001-01-01"),
        ("--to", "9999-12-31"),
        ("--from", "0001-01-01", "--to", "9999-12-31"),
    ],
)
def test_calendar_export_clamps_to_the_days_a_record_holds(record, tmp_path, limits):
    target = tmp_path / "visits.ics"
    result = run_cli("calendar", "export", target, *limits, data_dir=record)
    assert result.returncode == 0, result.stderr
    appointments = _count(record_rows(record), "appointment")
    assert result.stdout.strip() == f"exported {appointments} appointments to {target}"
    assert target.read_bytes().count(b"BEGIN:VEVENT") >= appointments


@pytest.mark.parametrize(
    "written, shown",
    [
        ("0001-01-01T00:30", "0001-01-01T00:30"),
        ("0001-01-01T09:00+05:00", "0001-01-01T09:00+05:00"),
        ("1899-12-31T23:59", "1899-12-31T23:59"),
    ],
)
def test_a_diary_time_before_1900_is_refused_with_its_row(record, tmp_path, written, shown):
    source = tmp_path / "old.csv"
    source.write_text(
        f"recorded_at,completed_by,pain\r\n2024-05-01T08:00,patient,3\r\n{written},patient,4\r\n",
        encoding="utf-8",
    )
    before = record_rows(record), files_in(record)
    result = run_cli("diary", "import", source, data_dir=record)
    assert result.returncode == 2
    assert one_line(result) == (
        f"row 3, column recorded_at: {shown} is before 1900; the diary keeps entries "
        "from 1900 on. Nothing was imported."
    )
    assert (record_rows(record), files_in(record)) == before
