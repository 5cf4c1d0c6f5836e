"""A restore while another program writes: the restore has the record to itself first, so
every row reported saved is in the record or in the copy kept before the restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.services.record.backup_folder import backups_folder, list_backups
from caregiver_app.services.record.backups import restore_backup
from caregiver_app.store import sharing
from caregiver_app.store.errors import RecordBusyError
from caregiver_app.store.sharing import RecordToItself
from tests.helpers.record_faults import (
    cli,
    diary_csv,
    finish,
    hold_record,
    make_record,
    names,
    notes,
    release,
    rows,
    side_files,
    start,
    wait_until_waiting,
)


@pytest.fixture
def record(data_dir, tmp_path) -> tuple[Path, Path]:
    """The record, and a backup of it made earlier (on a USB stick, say)."""
    make_record(data_dir)
    backup = tmp_path / "usb" / "backup.sqlite"
    backup.parent.mkdir()
    assert cli(data_dir, "backup", "-o", str(backup)).returncode == 0
    return data_dir, backup


def test_a_restore_during_a_long_import_loses_none_of_its_rows(record, tmp_path):
    data_dir, backup = record
    before = rows(data_dir)
    csv = diary_csv(tmp_path / "diary.csv", 20000, "imported")
    holder = hold_record(data_dir)  # so the import is surely writing when the restore starts
    importer = start(data_dir, "diary", "import", str(csv))
    wait_until_waiting(importer)
    restorer = start(data_dir, "restore", str(backup))
    wait_until_waiting(restorer)
    release(holder)
    assert finish(holder)[0] == 0
    code, out, err = finish(importer)
    assert (code, out, err) == (0, "imported 20000 entries, 0 already there\n", "")
    code, out, err = finish(restorer)
    assert code == 0 and err == "", err
    assert "Restored the backup" in out
    # The record is the backup; the copy kept just before holds everything saved until then.
    assert rows(data_dir) == rows(data_dir, path=backup)
    (kept,) = list_backups(data_dir)
    assert kept.before_restore and str(kept.path) in out
    expected = [*notes(before), "held"] + [f"imported {n}" for n in range(20000)]
    assert notes(rows(data_dir, path=kept.path)) == sorted(expected)
    assert side_files(data_dir) == []
    assert names(data_dir) == ["backups/" + kept.path.name, "care-record.sqlite"]


def test_an_import_started_while_a_restore_waits_loses_nothing(record, tmp_path):
    """Whichever gets the record first, the imported rows are in the record (after the
    restore) or in the copy kept before it (before the restore), never lost."""
    data_dir, backup = record
    before = rows(data_dir)
    csv = diary_csv(tmp_path / "diary.csv", 300, "imported")
    imported = [f"imported {n}" for n in range(300)]
    holder = hold_record(data_dir)
    restorer = start(data_dir, "restore", str(backup))
    wait_until_waiting(restorer)
    importer = start(data_dir, "diary", "import", str(csv))
    wait_until_waiting(importer)
    release(holder)
    assert finish(holder)[0] == 0
    assert finish(restorer)[0] == 0
    assert finish(importer) == (0, "imported 300 entries, 0 already there\n", "")
    (kept,) = list_backups(data_dir)
    in_kept, in_record = notes(rows(data_dir, path=kept.path)), notes(rows(data_dir))
    restored = notes(rows(data_dir, path=backup))
    if in_record == restored:  # the import went first: its rows were kept aside
        assert in_kept == sorted([*notes(before), "held", *imported])
    else:  # the restore went first: the import wrote into the restored record
        assert in_kept == sorted([*notes(before), "held"])
        assert in_record == sorted(restored + imported)
    assert side_files(data_dir) == []


def test_a_program_that_comes_while_a_restore_has_the_record_waits_for_it(record, store, tmp_path):
    """While the restore has the record to itself, another program waits, then writes."""
    data_dir, _backup = record
    before = rows(data_dir)
    csv = diary_csv(tmp_path / "diary.csv", 300, "imported")
    hold = RecordToItself(store)
    try:
        importer = start(data_dir, "diary", "import", str(csv))
        wait_until_waiting(importer)
        assert importer.poll() is None
    finally:
        hold.release()
    assert finish(importer) == (0, "imported 300 entries, 0 already there\n", "")
    imported = [f"imported {n}" for n in range(300)]
    assert notes(rows(data_dir)) == sorted(notes(before) + imported)


def test_the_window_restore_waits_for_another_programs_write(record, store):
    """The service the window calls: the other program's row is in the copy kept first."""
    data_dir, backup = record
    before = rows(data_dir)
    holder = hold_record(data_dir)
    told = []

    def waiting() -> None:  # the restore has waited a moment: let the other program finish
        told.append(True)
        release(holder)

    previous = sharing.set_waiting(sharing.WINDOW_WAIT_SECONDS * 20, waiting)
    try:
        result = restore_backup(store, data_dir, backup)
    finally:
        sharing.set_waiting(*previous)
    assert told == [True]
    assert finish(holder)[0] == 0
    assert notes(rows(data_dir, path=result.kept_as)) == sorted([*notes(before), "held"])
    assert rows(data_dir) == rows(data_dir, path=backup)


def test_the_window_restore_refuses_while_another_program_keeps_writing(record, store):
    """Past the window's wait the restore is refused in one sentence; nothing changed."""
    data_dir, backup = record
    before = rows(data_dir)
    holder = hold_record(data_dir)
    previous = sharing.set_waiting(0.2)
    try:
        with pytest.raises(RecordBusyError) as refused:
            restore_backup(store, data_dir, backup)
    finally:
        sharing.set_waiting(*previous)
    assert "in use by another program" in str(refused.value)
    assert not backups_folder(data_dir).exists()  # no copy kept: nothing was replaced
    release(holder)
    assert finish(holder)[0] == 0
    assert notes(rows(data_dir)) == sorted([*notes(before), "held"])  # the other's row stays
    from caregiver_app.store.diary.entries import count_entries

    assert count_entries() == len(before["diary_entry"]) + 1  # the window still works
