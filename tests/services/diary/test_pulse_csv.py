"""The pulse in a diary CSV file: exported when recorded, imported back, optional in old files."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest

from caregiver_app.cli.main import main
from caregiver_app.services.diary.csv_file import DiaryCsvError, read_csv
from caregiver_app.store.diary.entries import EntryRecord, entries_between, save_entries
from caregiver_app.store.opening import open_store

HEADER = (
    "recorded_at,completed_by,pain,tiredness,drowsiness,nausea,lack_of_appetite,"
    "shortness_of_breath,depression,anxiety,wellbeing,other_problem,other_score,note"
)
BLANK_SCORES = ",," + "," * 12  # completed_by, nine scores, other problem, score, note


def _entries() -> list[EntryRecord]:
    return [
        EntryRecord(
            recorded_at=datetime(2024, 3, 1, 8, 0),
            scores={"pain": 3},
            temperature_c=37.2,
            pulse_bpm=88,
        ),
        EntryRecord(recorded_at=datetime(2024, 3, 1, 20, 0), pulse_bpm=112, weight_kg=61.5),
        EntryRecord(recorded_at=datetime(2024, 3, 2, 8, 0), scores={"pain": 2}),
    ]


def _in_record(data_dir, action):
    database = open_store(data_dir)
    try:
        return action()
    finally:
        database.close()


def test_a_pulse_goes_out_and_comes_back_exactly(data_dir, tmp_path, capsys):
    _in_record(data_dir, lambda: save_entries(_entries()))
    out = tmp_path / "diary.csv"
    assert main(["diary", "export", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert [row["vital:pulse_bpm"] for row in rows] == ["88", "112", ""]
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "diary", "import", str(out)]) == 0
    capsys.readouterr()
    back = _in_record(other, lambda: entries_between(None, None))
    assert [entry.pulse_bpm for entry in back] == [88, 112, None]
    assert [entry.temperature_c for entry in back] == [37.2, None, None]


def test_a_diary_with_no_pulse_exports_no_pulse_column(store, tmp_path):
    save_entries([EntryRecord(recorded_at=datetime(2024, 3, 1, 8, 0), temperature_c=37.0)])
    out = tmp_path / "diary.csv"
    assert main(["diary", "export", str(out)]) == 0
    header = out.read_text("utf-8").splitlines()[0]
    assert "vital:temperature_c" in header and "pulse" not in header


def test_a_file_from_before_the_pulse_still_imports(data_dir, tmp_path, capsys):
    source = tmp_path / "old.csv"
    source.write_text(
        HEADER + ",vital:temperature_c,vital:oxygen_saturation\r\n"
        "2024-03-01T08:00,patient,4,,,,,,,,,,,,37.9,93\r\n",
        "utf-8",
    )
    assert main(["diary", "import", str(source)]) == 0
    capsys.readouterr()
    (entry,) = _in_record(data_dir, lambda: entries_between(None, None))
    assert entry.temperature_c == 37.9 and entry.oxygen_saturation == 93
    assert entry.pulse_bpm is None  # not in the file: not recorded, never a default


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("88.5", "88.5 is not a whole number"),
        ("300", "300 is outside what can be recorded (20 to 250)"),
        ("fast", "fast"),
    ],
)
def test_a_pulse_that_is_not_one_is_refused_naming_the_column(store, cell, expected):
    data = HEADER + ",vital:pulse_bpm\r\n" + "2024-03-01T08:00" + BLANK_SCORES + cell + "\r\n"
    with pytest.raises(DiaryCsvError) as raised:
        read_csv(data.encode("utf-8"))
    message = str(raised.value)
    assert "column vital:pulse_bpm" in message and expected in message
