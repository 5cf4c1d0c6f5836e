"""A sound record on a read-only disk: reading commands work from it, writing commands say the
folder is read-only, nothing calls it damaged. On a read-only tmpfs where one can be mounted,
and through an injected read-only place everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.record_faults import (
    PASSWORD,
    VCARDS,
    cli,
    copy_folder,
    diary_csv,
    listing,
    make_record,
    one_line,
    remount_read_only,
    rows,
    side_files,
    tmpfs_or_skip,
)


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str | None, Path]:
    base = tmp_path_factory.mktemp("read-only")
    plain, encrypted = base / "plain", base / "encrypted"
    make_record(plain)
    make_record(encrypted, PASSWORD)
    backup = base / "backup.sqlite"
    assert cli(plain, "backup", "-o", str(backup)).returncode == 0
    return {None: plain, PASSWORD: encrypted, "backup": backup}


def reading(out: Path) -> dict[str, tuple[str, ...]]:
    return {
        "info": ("info",),
        "check": ("check",),
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


def writing(inputs: Path, backup: Path) -> dict[str, tuple[str, ...]]:
    return {
        "diary import": ("diary", "import", str(diary_csv(inputs / "d.csv", 20, "imported"))),
        "contacts import": ("contacts", "import", str(VCARDS)),
        "restore": ("restore", str(backup)),
        "backup": ("backup",),
    }


def _reads_work(data_dir: Path, out: Path, password=None, fault=None) -> None:
    expected = rows(data_dir, password)
    for name, args in reading(out).items():
        result = cli(data_dir, *args, password=password, fault=fault)
        assert result.returncode == 0, (name, result.stderr)
        assert result.stderr == "", (name, result.stderr)
    assert "passed the check" in cli(data_dir, "check", password=password, fault=fault).stdout
    exported = (out / "diary.csv").read_text(encoding="utf-8-sig")
    assert exported.count("\n") == len(expected["diary_entry"]) + 1
    assert rows(out, path=out / "copy.sqlite", password=password) == expected


def _writes_refused(data_dir: Path, inputs: Path, backup: Path, fault=None) -> None:
    before = listing(data_dir)
    for name, args in writing(inputs, backup).items():
        result = cli(data_dir, *args, fault=fault)
        assert result.returncode == 2, (name, result.stderr)
        line = one_line(result.stderr)
        assert f"The folder {data_dir} is read-only" in line, (name, line)
        assert "damaged" not in line
    assert listing(data_dir) == before


@pytest.fixture
def stick(tmp_path):
    """A small tmpfs, read-only once the test has put the record on it."""
    yield from tmpfs_or_skip(tmp_path / "stick", "4m")


def test_a_record_on_a_read_only_disk_is_read_and_never_called_damaged(templates, stick, tmp_path):
    plain = copy_folder(templates[None], stick / "plain")
    encrypted = copy_folder(templates[PASSWORD], stick / "encrypted")
    remount_read_only(stick)
    with pytest.raises(OSError):
        (stick / "x").write_bytes(b"")  # even root cannot write here
    for data_dir, password in ((plain, None), (encrypted, PASSWORD)):
        out = tmp_path / f"out-{password is not None}"
        out.mkdir()
        _reads_work(data_dir, out, password)
    inputs = tmp_path / "in"
    inputs.mkdir()
    _writes_refused(plain, inputs, templates["backup"])
    assert side_files(stick) == []


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "encrypted"])
def test_a_read_only_place_injected_reads_without_a_side_file(templates, tmp_path, password):
    data_dir = copy_folder(templates[password], tmp_path / "care-data")
    before = listing(data_dir)
    out = tmp_path / "out"
    out.mkdir()
    _reads_work(data_dir, out, password, fault="read-only")
    assert listing(data_dir) == before  # read as unchangeable: no -wal, no -shm, not a byte


def test_writing_into_a_read_only_place_injected_says_the_folder_is_read_only(templates, tmp_path):
    data_dir = copy_folder(templates[None], tmp_path / "care-data")
    inputs = tmp_path / "in"
    inputs.mkdir()
    _writes_refused(data_dir, inputs, templates["backup"], fault="read-only")
