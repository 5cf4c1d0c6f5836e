"""A record that fails its quick check: every command exits 3 naming it, and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.store.database import database_path
from tests.helpers.damage import damage
from tests.helpers.record_faults import (
    ICS,
    PASSWORD,
    VCARDS,
    cli,
    copy_folder,
    diary_csv,
    listing,
    make_record,
    one_line,
)


@pytest.fixture(scope="module")
def plain_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("plain") / "care-data"
    make_record(folder)
    return folder


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("encrypted") / "care-data"
    make_record(folder, PASSWORD)
    return folder


def commands(out: Path, inputs: Path) -> dict[str, tuple[str, ...]]:
    """Every command that opens the record, with files outside the data folder."""
    csv = diary_csv(inputs / "diary.csv", 500, "imported")
    pdf = out / "summary.pdf"
    return {
        "info": ("info",),
        "check": ("check",),
        "diary export": ("diary", "export", str(out / "diary.csv")),
        "diary import": ("diary", "import", str(csv)),
        "contacts export": ("contacts", "export", str(out / "team.vcf")),
        "contacts import": ("contacts", "import", str(VCARDS)),
        "contacts sheet": ("contacts", "sheet", str(out / "sheet.pdf")),
        "calendar export": ("calendar", "export", str(out / "visits.ics")),
        "calendar import": ("calendar", "import", str(ICS)),
        "summary": ("summary", "--from", "2026-01-01", "--to", "2026-01-31", "-o", str(pdf)),
        "backup": ("backup",),
        "backup -o": ("backup", "-o", str(out / "copy.sqlite")),
    }


NAMES = [
    "info",
    "check",
    "diary export",
    "diary import",
    "contacts export",
    "contacts import",
    "contacts sheet",
    "calendar export",
    "calendar import",
    "summary",
    "backup",
    "backup -o",
]


def _refused_as_damaged(result, data_dir: Path, before: dict, out: Path) -> None:
    assert result.returncode == 3, result.stderr
    line = one_line(result.stderr)
    assert "is damaged" in line and str(database_path(data_dir)) in line
    assert listing(data_dir) == before  # not a byte written, no -wal, -shm or backups/
    assert list(out.iterdir()) == []  # nothing exported either


@pytest.mark.parametrize("name", NAMES)
def test_every_command_refuses_a_truncated_record_with_exit_3(name, plain_template, tmp_path):
    data_dir = copy_folder(plain_template, tmp_path / "care-data")
    damage(database_path(data_dir), "truncate")
    out, inputs = tmp_path / "out", tmp_path / "in"
    out.mkdir()
    inputs.mkdir()
    args = commands(out, inputs)[name]
    before = listing(data_dir)
    _refused_as_damaged(cli(data_dir, *args), data_dir, before, out)


@pytest.mark.parametrize("name", ["info", "diary import", "contacts sheet", "summary", "backup"])
def test_a_wiped_page_is_exit_3_where_it_was_a_traceback(name, plain_template, tmp_path):
    data_dir = copy_folder(plain_template, tmp_path / "care-data")
    damage(database_path(data_dir), "page")
    out, inputs = tmp_path / "out", tmp_path / "in"
    out.mkdir()
    inputs.mkdir()
    before = listing(data_dir)
    result = cli(data_dir, *commands(out, inputs)[name])
    _refused_as_damaged(result, data_dir, before, out)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "name", ["info", "check", "diary export", "diary import", "contacts import", "backup"]
)
def test_a_damaged_encrypted_record_is_exit_3_with_the_right_password(
    name, encrypted_template, tmp_path
):
    data_dir = copy_folder(encrypted_template, tmp_path / "care-data")
    damage(database_path(data_dir), "page")
    out, inputs = tmp_path / "out", tmp_path / "in"
    out.mkdir()
    inputs.mkdir()
    before = listing(data_dir)
    result = cli(data_dir, *commands(out, inputs)[name], password=PASSWORD)
    _refused_as_damaged(result, data_dir, before, out)
