"""The "for the team" mark goes out in a diary file and comes back in, on a new laptop too."""

from __future__ import annotations

from datetime import datetime

import pytest

from caregiver_app.services.diary.csv_file import (
    DiaryCsvError,
    export_csv,
    import_parsed,
    read_csv,
)
from caregiver_app.store.diary.entries import EntryRecord, entries_between, save_entries
from caregiver_app.store.opening import open_store

HEADER = "recorded_at,pain,note"


def _entries() -> list[EntryRecord]:
    return [
        EntryRecord(
            recorded_at=datetime(2026, 3, 1, 23, 59),
            scores={"pain": 8},
            note="Ask about the night pain and the new patch.",
            for_team=True,
        ),
        EntryRecord(recorded_at=datetime(2026, 3, 2, 0, 0), scores={"pain": 3}, note="Calmer."),
    ]


def test_an_entry_marked_for_the_team_is_still_marked_in_a_new_record(store, tmp_path):
    save_entries(_entries())
    path = tmp_path / "diary.csv"
    export_csv(path)
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",note,for_team")
    store.close()
    # A new laptop: a fresh record, the file imported.
    fresh = open_store(tmp_path / "new-laptop")
    try:
        counts = import_parsed(read_csv(path.read_bytes()))
        assert counts.imported == 2
        marked = [(e.note, e.for_team) for e in entries_between(None, None)]
        # Was (…, False) for both: the mark the family set for the visit was gone.
        assert sorted(marked) == [
            ("Ask about the night pain and the new patch.", True),
            ("Calmer.", False),
        ]
        # The same file again doubles nothing.
        assert import_parsed(read_csv(path.read_bytes())).imported == 0
    finally:
        fresh.close()


def test_a_file_with_no_entry_marked_has_no_mark_column(store, tmp_path):
    save_entries([e for e in _entries() if not e.for_team])
    path = tmp_path / "diary.csv"
    export_csv(path)
    assert "for_team" not in path.read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize(
    ("cell", "marked"), [("yes", True), ("YES", True), ("", False), ("no", False)]
)
def test_a_spreadsheets_mark_is_read(store, cell, marked):
    text = f"recorded_at,pain,for_team\r\n2026-03-01T08:00,4,{cell}\r\n"
    (entry,) = read_csv(text.encode()).entries
    assert entry.for_team is marked


def test_a_mark_that_is_not_yes_or_no_is_refused_with_its_row_and_column(store):
    text = "recorded_at,pain,for_team\r\n2026-03-01T08:00,4,maybe\r\n"
    with pytest.raises(DiaryCsvError) as refused:
        read_csv(text.encode())
    message = str(refused.value)
    assert "row 2" in message and "for_team" in message and "write yes" in message
