"""A file that does not say who completed a diary entry is never filled in as "family caregiver"."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

import pypdfium2
import pytest

from caregiver_app.store.diary.entries import EntryRecord, entries_between, save_entry
from caregiver_app.store.opening import open_store
from caregiver_app.views.diary.entry_dialog import EntryDialog
from caregiver_app.views.diary.entry_table_model import COLUMN_BY
from tests.helpers.record_snapshot import files_in, record_rows, run_cli

DAY = date.today() - timedelta(days=3)
HEADER = "recorded_at,completed_by,pain,note"


def _who(data_dir) -> list[str]:
    database = open_store(data_dir)
    try:
        return [entry.completed_by for entry in entries_between(None, None)]
    finally:
        database.close()


@pytest.fixture
def imported(data_dir, tmp_path):
    """A CSV whose first row leaves completed_by blank, imported with the real command."""
    source = tmp_path / "diary.csv"
    source.write_text(
        f"{HEADER}\r\n"
        f"{DAY}T08:00,,4,who wrote this is not known\r\n"
        f"{DAY}T09:00,   ,5,blank but for spaces\r\n"
        f"{DAY}T20:00,patient,6,\r\n",
        encoding="utf-8",
    )
    result = run_cli("diary", "import", source, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 3 entries, 0 already there"
    return data_dir


def test_a_blank_completed_by_is_kept_blank(imported):
    assert _who(imported) == ["", "", "patient"]


def test_a_file_without_the_column_says_nothing_of_who(data_dir, tmp_path):
    source = tmp_path / "short.csv"
    source.write_text(f"recorded_at,pain\r\n{DAY}T07:30,2\r\n", encoding="utf-8")
    result = run_cli("diary", "import", source, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert _who(data_dir) == [""]


def test_the_export_leaves_it_empty_and_reads_back_the_same(imported, tmp_path):
    target = tmp_path / "out.csv"
    result = run_cli("diary", "export", target, data_dir=imported)
    assert result.returncode == 0, result.stderr
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["completed_by"] for row in rows] == ["", "", "patient"]
    before = record_rows(imported)
    again = run_cli("diary", "import", target, data_dir=imported)
    assert again.stdout.strip() == "imported 0 entries, 3 already there"
    assert record_rows(imported) == before


def test_the_visit_summary_prints_not_recorded(imported, tmp_path):
    target = tmp_path / "summary.pdf"
    result = run_cli(
        "summary", "--from", DAY, "--to", date.today(), "-o", target, data_dir=imported
    )
    assert result.returncode == 0, result.stderr
    assert files_in(tmp_path).count("summary.pdf") == 1
    document = pypdfium2.PdfDocument(target)
    try:
        text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()
    assert "completed by: not recorded (2), the patient (1)" in text
    assert "the family caregiver (" not in text


def test_the_window_shows_not_recorded_and_editing_keeps_it(store, make_window, qtbot):
    save_entry(EntryRecord(recorded_at=datetime.combine(DAY, datetime.min.time()), completed_by=""))
    tab = make_window().diary_tab
    assert tab.model.index(0, COLUMN_BY).data() == "not recorded"
    (entry,) = entries_between(None, None)
    dialog = EntryDialog(entry)
    qtbot.addWidget(dialog)
    assert dialog.ui.completedByCombo.currentText() == "not recorded"
    assert dialog.record().completed_by == ""
