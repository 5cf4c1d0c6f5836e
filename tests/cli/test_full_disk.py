"""A full disk: an import is undone and says so; an export or a backup names the file it
could not write. On a small tmpfs where one can be mounted, and by injection everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.store.database import database_path
from tests.helpers.record_faults import (
    VCARDS,
    cli,
    copy_folder,
    diary_csv,
    fill_disk,
    ics_file,
    listing,
    make_record,
    one_line,
    rows,
    side_files,
    tmpfs_or_skip,
    vcard_file,
)

NOTHING_IMPORTED = "the disk is full; nothing was imported"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("full") / "care-data"
    make_record(folder)
    return folder


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs: the record fits, 20,000 more diary rows do not."""
    yield from tmpfs_or_skip(tmp_path / "disk", "2m")


def test_an_import_that_fills_the_disk_is_undone_and_says_so(template, small_disk, tmp_path):
    data_dir = copy_folder(template, small_disk / "care-data")
    before = rows(data_dir)
    csv = diary_csv(tmp_path / "diary.csv", 20000, "imported")
    result = cli(data_dir, "diary", "import", str(csv))
    assert result.returncode == 2, result.stderr
    line = one_line(result.stderr)
    assert NOTHING_IMPORTED in line and str(database_path(data_dir)) in line
    assert result.stdout == ""
    assert rows(data_dir) == before
    assert sorted(listing(data_dir)) == ["care-record.sqlite"]


def test_on_a_full_disk_imports_refuse_reading_works_and_writes_name_their_file(
    template, small_disk, tmp_path
):
    data_dir = copy_folder(template, small_disk / "care-data")
    before_rows, before_files = rows(data_dir), listing(data_dir)
    fill_disk(small_disk)
    csv = diary_csv(tmp_path / "diary.csv", 50, "imported")
    for args in (("diary", "import", str(csv)), ("contacts", "import", str(VCARDS))):
        result = cli(data_dir, *args)
        assert result.returncode == 2, result.stderr
        assert NOTHING_IMPORTED in one_line(result.stderr)
    assert cli(data_dir, "info").returncode == 0
    assert cli(data_dir, "check").returncode == 0  # full is not damaged
    out = tmp_path / "out.csv"
    result = cli(data_dir, "diary", "export", str(out))  # to another disk: fine
    assert result.returncode == 0, result.stderr
    assert out.read_text().count("\n") == len(before_rows["diary_entry"]) + 1
    for args, target in (
        (("diary", "export"), small_disk / "diary.csv"),
        (("backup", "-o"), small_disk / "copy.sqlite"),
    ):
        result = cli(data_dir, *args, str(target))
        assert result.returncode == 2, result.stderr
        line = one_line(result.stderr)
        assert "the disk is full" in line and str(target) in line
        assert not target.exists()
    result = cli(data_dir, "backup")
    assert result.returncode == 2
    assert "the disk is full" in one_line(result.stderr)
    assert str(data_dir / "backups" / "care-record-") in result.stderr
    assert rows(data_dir) == before_rows
    assert listing(data_dir) == before_files


@pytest.mark.parametrize("kind", ["diary", "contacts", "calendar"])
def test_sqlite_reporting_the_disk_full_undoes_the_import(kind, template, tmp_path):
    """SQLite's own "database or disk is full", made by not letting the record grow."""
    data_dir = copy_folder(template, tmp_path / "care-data")
    files = {
        "diary": lambda: diary_csv(tmp_path / "diary.csv", 20000, "imported"),
        "contacts": lambda: vcard_file(tmp_path / "team.vcf", 1000),
        "calendar": lambda: ics_file(tmp_path / "visits.ics", 1000),
    }
    before_rows, before_files = rows(data_dir), listing(data_dir)
    result = cli(data_dir, kind, "import", str(files[kind]()), fault="sqlite-full")
    assert result.returncode == 2, result.stderr
    line = one_line(result.stderr)
    assert NOTHING_IMPORTED in line and "rollback" not in line
    assert rows(data_dir) == before_rows
    assert listing(data_dir) == before_files
    assert side_files(data_dir) == []


def test_exports_and_backups_name_the_file_the_full_disk_stopped(template, tmp_path):
    """The system's ENOSPC when the written file is synced: the message names that file."""
    data_dir = copy_folder(template, tmp_path / "care-data")
    out = tmp_path / "out"
    out.mkdir()
    before_files = listing(data_dir)
    cases = {
        ("diary", "export"): out / "diary.csv",
        ("contacts", "export"): out / "team.vcf",
        ("calendar", "export"): out / "visits.ics",
        ("contacts", "sheet"): out / "sheet.pdf",
        ("backup", "-o"): out / "copy.sqlite",
        ("summary", "--from", "2026-01-01", "--to", "2026-01-31", "-o"): out / "summary.pdf",
    }
    for args, target in cases.items():
        result = cli(data_dir, *args, str(target), fault="enospc")
        assert result.returncode == 2, (args, result.stderr)
        line = one_line(result.stderr)
        assert "the disk is full" in line and str(target) in line, line
        assert "No space left on device: ." not in line
    assert list(out.iterdir()) == []
    result = cli(data_dir, "backup", fault="enospc")
    assert result.returncode == 2
    assert str(data_dir / "backups" / "care-record-") in one_line(result.stderr)
    assert listing(data_dir) == before_files
