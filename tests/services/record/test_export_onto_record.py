"""No export, sheet, PDF or backup is ever written onto the record or a file kept beside it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from caregiver_app.services.record.backups import make_backup
from caregiver_app.services.record.files import OwnFileError, refuse_own_file
from caregiver_app.store.database import database_path
from caregiver_app.store.opening import open_store
from tests.helpers.record_faults import FILE_COMMANDS
from tests.helpers.record_snapshot import (
    files_in,
    make_demo_record,
    one_line,
    record_rows,
    run_cli,
)

BAK = "care-record.sqlite.v2-before-upgrade-20260101-120000.bak"
DAMAGED = "care-record-damaged-2026-01-02-090000.sqlite"
# Each way of naming a file the app keeps, relative to the data folder ("{data}") or to
# the folder beside it that holds the links ("{links}").
TARGETS = {
    "the record": "{data}/care-record.sqlite",
    "its -wal": "{data}/care-record.sqlite-wal",
    "its -shm": "{data}/care-record.sqlite-shm",
    "its -journal": "{data}/care-record.sqlite-journal",
    "its password check": "{data}/care-record.sqlite.password-check",
    "the window settings": "{data}/window-settings.ini",
    "a backup": "{data}/backups/{backup}",
    "a new file in backups": "{data}/backups/new.sqlite",
    "the backups folder": "{data}/backups",
    "a pre-upgrade copy": "{data}/" + BAK,
    "a damaged record kept aside": "{data}/" + DAMAGED,
    "a printout": "{data}/printouts/visit-summary.pdf",
    "the data folder": "{data}",
    "a symlink to the record": "{links}/symlink.sqlite",
    "a hard link to the record": "{links}/hardlink.sqlite",
    "a path through a symlinked folder": "{links}/data-link/care-record.sqlite",
    "a dangling symlink to the -wal": "{links}/wal-link",
}
# The medicine commands are tried on the record's files in tests/cli/test_output_targets.py.
COMMANDS = {name: args for name, args in FILE_COMMANDS.items() if not name.startswith("meds")}


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """A demo record with a backup, a printout and the other files the app keeps, and links."""
    root = tmp_path_factory.mktemp("own-files")
    data = root / "data"
    make_demo_record(data)
    database = open_store(data)
    try:
        backup = make_backup(database, data).name
    finally:
        database.close()
    record = database_path(data)
    shutil.copyfile(record, data / BAK)
    shutil.copyfile(record, data / DAMAGED)
    (data / "window-settings.ini").write_text("[General]\nlastTab=1\n", encoding="utf-8")
    (data / "printouts").mkdir()
    (data / "printouts" / "visit-summary.pdf").write_bytes(b"%PDF-1.4 kept\n")
    links = root / "links"
    links.mkdir()
    (links / "symlink.sqlite").symlink_to(record)
    os.link(record, links / "hardlink.sqlite")
    (links / "data-link").symlink_to(data, target_is_directory=True)
    (links / "wal-link").symlink_to(f"{record}-wal")
    return data, links, backup


def _state(data: Path, links: Path):
    return files_in(data), files_in(links), record_rows(data), database_path(data).read_bytes()


def _target(folders, name: str) -> str:
    data, links, backup = folders
    return TARGETS[name].format(data=data, links=links, backup=backup)


def _refused(folders, command: str, target: str) -> None:
    data, links, _backup = folders
    before = _state(data, links)
    args = [part.format(target=target) for part in COMMANDS[command]]
    result = run_cli(*args, data_dir=data)
    assert result.returncode == 2, result.stderr
    line = one_line(result)
    assert line.startswith(f"{target} is ") and "Care Companion keeps for the care record" in line
    assert "Nothing was written." in line
    assert result.stdout == ""
    assert _state(data, links) == before  # same files, same rows, the record byte for byte


@pytest.mark.parametrize("name", list(TARGETS))
def test_diary_export_refuses_every_file_the_app_keeps(folders, name):
    _refused(folders, "diary export", _target(folders, name))


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("name", ["the record", "a hard link to the record", "a backup"])
def test_every_export_refuses_the_record(folders, command, name):
    _refused(folders, command, _target(folders, name))


def test_a_file_of_ones_own_beside_the_record_is_still_written(folders, tmp_path):
    data, _links, _backup = folders
    target = data / "diary-for-the-nurse.csv"
    try:
        result = run_cli("diary", "export", target, data_dir=data)
        assert result.returncode == 0, result.stderr
        assert target.read_text(encoding="utf-8").startswith("recorded_at,completed_by,")
    finally:
        target.unlink(missing_ok=True)


def test_one_service_answers_for_every_save(folders, tmp_path):
    data, links, _backup = folders
    for name in TARGETS:
        with pytest.raises(OwnFileError):
            refuse_own_file(data, Path(_target(folders, name)))
    refuse_own_file(data, tmp_path / "care-record.sqlite")  # the same name elsewhere is fine
    refuse_own_file(data, links / "symlink-free.csv")


# ---------------------------------------------------------------- the window's save dialogs


def _answer_save_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def _save_function(window, qtbot, how: str):
    """The save command of each place, and where its sentence is shown."""
    if how == "diary":
        return window.diary_files.choose_export, lambda: window.diary_files.message
    if how == "contacts":
        return window.contact_files.choose_export, lambda: window.contact_files.message
    if how == "sheet":
        return window.contact_files.choose_sheet, lambda: window.contact_files.message
    if how == "calendar":
        return window.calendar_files.choose_export, lambda: window.calendar_files.message
    if how == "backup":
        return window.backup_actions.choose_save_to, lambda: window.backup_actions.message
    if how == "article":
        tab = window.learn_tab
        window.tabs.setCurrentWidget(tab)
        tab.show_article("other-symptoms")
        return tab.choose_pdf, lambda: tab.message
    window.actions_by_name["visitSummary"].trigger()
    dialog = window.summary_dialog
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog.choose_save, lambda: dialog.message


# The type each save gives a name typed without it; a backup's name already ends with it.
SAVED_TYPES = {
    "diary": ".csv",
    "contacts": ".vcf",
    "sheet": ".pdf",
    "calendar": ".ics",
    "backup": "",
    "summary": ".pdf",
    "article": ".pdf",
}


@pytest.mark.parametrize("how", list(SAVED_TYPES))
def test_the_window_refuses_with_a_sentence(
    demo_store, data_dir, make_window, qtbot, monkeypatch, how
):
    window = make_window()
    window.show()
    record = database_path(data_dir)
    save, message = _save_function(window, qtbot, how)
    before = files_in(data_dir), record_rows(data_dir)
    _answer_save_dialog(monkeypatch, record)
    save()
    box = message()
    assert box is not None and box.isVisible()
    # The file type is added to a name typed without it: the name with it is refused too.
    saved_as = f"{record}{SAVED_TYPES[how]}"
    assert box.text().startswith(f"{saved_as} is one of the files Care Companion keeps")
    assert "Choose another name or folder" in box.text()
    assert (files_in(data_dir), record_rows(data_dir)) == before
    assert make_window.opened_urls == []  # nothing handed to a viewer either
    box.close()
