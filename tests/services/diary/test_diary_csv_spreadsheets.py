"""Diary files as spreadsheets save them: Excel (UTF-8 with a byte order mark, ";" where the
decimal mark is a comma, CRLF), LibreOffice (every text quoted, LF) and Google Sheets (CRLF,
a line break inside a quoted note, no final newline). Each imports whole, exactly as typed."""

from __future__ import annotations

import pytest

from caregiver_app.cli.main import main
from caregiver_app.store.diary.entries import entries_between
from caregiver_app.store.opening import open_store
from tests.helpers.paths import FIXTURES

SHEETS = FIXTURES / "diary"

# file -> (entries, first entry's note, its temperature, the last entry's completed_by)
EXPECTED = {
    "excel-semicolon-bom-crlf.csv": (
        3,
        "Buena noche; tos seca por la mañana",
        37.8,
        "",  # left empty in the sheet: not recorded
    ),
    "excel-comma-bom-crlf.csv": (
        2,
        "Slept well, dry cough in the morning",
        37.8,
        "family_caregiver",
    ),
    "libreoffice-quoted-lf.csv": (2, "Durmió bien 😴", 37.8, "health_professional"),
    "google-sheets-crlf.csv": (2, "晚上睡得好\n早上干咳", 37.8, "family_caregiver"),
}


def test_every_fixture_is_expected():
    assert sorted(path.name for path in SHEETS.glob("*.csv")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_spreadsheet_saved_diary_imports_as_typed(name, data_dir, capsys):
    count, note, temperature, last_by = EXPECTED[name]
    assert main(["diary", "import", str(SHEETS / name)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == f"imported {count} entries, 0 already there"
    assert captured.err == ""
    database = open_store(data_dir)
    try:
        entries = entries_between(None, None)
    finally:
        database.close()
    assert len(entries) == count
    assert entries[0].note == note
    assert entries[0].temperature_c == temperature
    assert entries[0].scores["pain"] == 3 and entries[0].oxygen_saturation == 93
    assert entries[-1].completed_by == last_by
