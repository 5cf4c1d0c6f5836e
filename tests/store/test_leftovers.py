"""Reading commands leave no ``-wal`` or ``-shm`` beside a record that had none, and never
take away those of a program that has the record open."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from caregiver_app.store.database import database_path
from tests.helpers.record_faults import PASSWORD, cli, copy_folder, make_record, names, rows


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str | None, Path]:
    base = tmp_path_factory.mktemp("leftovers")
    make_record(base / "plain")
    make_record(base / "encrypted", PASSWORD)
    return {None: base / "plain", PASSWORD: base / "encrypted"}


def commands(out: Path) -> dict[str, tuple[str, ...]]:
    return {
        "check": ("check",),
        "info": ("info",),
        "diary export": ("diary", "export", str(out / "diary.csv")),
        "contacts export": ("contacts", "export", str(out / "team.vcf")),
        "calendar export": ("calendar", "export", str(out / "visits.ics")),
        "contacts sheet": ("contacts", "sheet", str(out / "sheet.pdf")),
        "summary": (
            "summary",
            *("--from", "2026-01-01", "--to", "2026-01-31"),
            *("-o", str(out / "summary.pdf")),
        ),
        "backup -o": ("backup", "-o", str(out / "copy.sqlite")),
    }


@pytest.mark.parametrize("name", list(commands(Path())))
def test_a_reading_command_leaves_the_folder_as_it_found_it(name, templates, tmp_path):
    data_dir = copy_folder(templates[None], tmp_path / "care-data")
    out = tmp_path / "out"
    out.mkdir()
    before = rows(data_dir)
    result = cli(data_dir, *commands(out)[name])
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert names(data_dir) == ["care-record.sqlite"]  # no -wal, no -shm
    assert rows(data_dir) == before


@pytest.mark.parametrize("name", ["check", "info", "diary export", "backup -o"])
def test_so_does_one_on_an_encrypted_record(name, templates, tmp_path):
    data_dir = copy_folder(templates[PASSWORD], tmp_path / "care-data")
    out = tmp_path / "out"
    out.mkdir()
    result = cli(data_dir, *commands(out)[name], password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert names(data_dir) == ["care-record.sqlite", "care-record.sqlite.password-check"]


def test_the_side_files_of_a_program_using_the_record_are_left_to_it(templates, tmp_path):
    from caregiver_app.store.diary.entries import EntryRecord, count_entries, save_entry
    from caregiver_app.store.opening import open_store

    data_dir = copy_folder(templates[None], tmp_path / "care-data")
    window = open_store(data_dir)
    try:
        save_entry(EntryRecord(datetime(2019, 3, 1, 9), "patient", note="typed"))
        in_use = names(data_dir)
        assert in_use == [
            "care-record.sqlite",
            "care-record.sqlite-shm",
            "care-record.sqlite-wal",
        ]
        assert cli(data_dir, "check").returncode == 0
        assert cli(data_dir, "info").returncode == 0
        assert names(data_dir) == in_use
        save_entry(EntryRecord(datetime(2019, 3, 2, 9), "patient", note="typed again"))
        assert count_entries() == len(rows(data_dir)["diary_entry"])
    finally:
        window.close()
    assert names(data_dir) == ["care-record.sqlite"]
    assert database_path(data_dir).exists()
