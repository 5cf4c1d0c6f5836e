"""Each refusal names the file the user gave and says what is wrong with it, in one line."""

from __future__ import annotations

import random

import pytest

from tests.helpers.record_snapshot import (
    files_in,
    make_demo_record,
    one_line,
    record_rows,
    run_cli,
)

EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1@example.org\r\n"
    "DTSTART:20260301T100000Z\r\nSUMMARY:Oncology review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def record(data_dir):
    make_demo_record(data_dir)
    return data_dir


def _unchanged(record, run):
    """Run ``run()``; the record's rows and the files in its folder are as they were."""
    before = record_rows(record), files_in(record)
    result = run()
    assert (record_rows(record), files_in(record)) == before
    return result


@pytest.mark.parametrize(
    "command",
    [
        ("diary", "export", "{target}"),
        ("contacts", "export", "{target}"),
        ("contacts", "sheet", "{target}"),
        ("calendar", "export", "{target}"),
        ("summary", "--from", "2026-01-01", "--to", "2026-01-31", "-o", "{target}"),
        ("backup", "-o", "{target}"),
    ],
)
def test_a_failed_write_names_the_file_given_not_a_temporary_one(record, tmp_path, command):
    target = tmp_path / "no-such-folder" / "x.out"
    args = [part.format(target=target) for part in command]
    result = _unchanged(record, lambda: run_cli(*args, data_dir=record))
    assert result.returncode == 2
    if command[0] == "summary":  # checked before the record is opened
        assert one_line(result) == (
            f"the folder {target.parent} does not exist. Choose a folder that exists, and "
            "try again."
        )
    else:
        assert one_line(result) == (
            f"no such file or folder: {target}. Choose a folder that exists, and try again."
        )
    assert not target.parent.exists()


def test_restore_of_random_bytes_names_the_file(record, tmp_path):
    source = tmp_path / "photo.jpg"
    # Whole pages without a SQLite header: for all anyone can tell, an encrypted file.
    source.write_bytes(random.Random(5).randbytes(8192))
    result = _unchanged(record, lambda: run_cli("restore", source, data_dir=record))
    assert result.returncode == 2
    assert one_line(result) == (
        f"{source} is not a Care Companion backup, or it has a password: to type the "
        "password, run the command in a terminal or pipe it in with --password-stdin. "
        "Nothing was changed."
    )


def test_restore_of_random_bytes_with_a_password_piped_in(record, tmp_path):
    source = tmp_path / "photo.jpg"
    source.write_bytes(random.Random(5).randbytes(8192))
    result = _unchanged(
        record,
        lambda: run_cli("--password-stdin", "restore", source, data_dir=record, stdin="guess\n"),
    )
    assert result.returncode == 2
    assert one_line(result).startswith("photo.jpg cannot be restored: the password does not open")


def test_restore_of_a_text_file_says_it_is_not_a_backup(record, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("not a backup\n", encoding="utf-8")
    result = _unchanged(record, lambda: run_cli("restore", source, data_dir=record))
    assert result.returncode == 2
    assert one_line(result) == (
        "notes.txt cannot be restored: it is not a Care Companion backup. Nothing was changed."
    )


@pytest.mark.parametrize(
    "command",
    [("restore",), ("diary", "import"), ("contacts", "import"), ("calendar", "import")],
)
def test_a_folder_given_as_a_file_says_it_is_a_folder(record, tmp_path, command):
    folder = tmp_path / "Backups from the USB stick"
    folder.mkdir()
    result = _unchanged(record, lambda: run_cli(*command, folder, data_dir=record))
    assert result.returncode == 2
    assert one_line(result) == f"{folder} is a folder, not a file; name the file inside it"


UNREADABLE = (
    "The text of this file cannot be read: it is not saved as UTF-8, UTF-16 or Windows-1252 "
    "(Western European) text, or it is damaged. Save it again as UTF-8 and import it "
    "again; nothing was imported."
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_wide_calendar_file_is_imported(record, tmp_path, encoding):
    source = tmp_path / "outlook.ics"
    source.write_bytes(EVENT.encode(encoding))
    result = run_cli("calendar", "import", source, data_dir=record)
    assert result.returncode == 0, result.stderr


def test_a_calendar_file_that_is_not_text_says_so_in_one_sentence(record, tmp_path):
    source = tmp_path / "outlook.ics"
    # UTF-8 (the accent), then a byte that is not
    source.write_bytes(EVENT.replace("Oncology", "Caf\u00e9").encode() + b"\x81")
    result = _unchanged(record, lambda: run_cli("calendar", "import", source, data_dir=record))
    assert result.returncode == 2
    assert one_line(result) == UNREADABLE


def test_a_diary_file_with_a_nul_byte_says_so(record, tmp_path):
    source = tmp_path / "diary.csv"
    source.write_bytes(
        b"recorded_at,completed_by,pain,note\r\n2024-05-01T08:00,patient,3,fine\r\n"
        b"2024-05-02T08:00,patient,4,bad\x00\x00\r\n"
    )
    result = _unchanged(record, lambda: run_cli("diary", "import", source, data_dir=record))
    assert result.returncode == 2
    assert one_line(result) == (
        "row 3, column note: there is a NUL byte (a zero byte) here, which a CSV text file "
        "never holds; the file may be damaged, or not a CSV file. Nothing was imported."
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32-le"])
def test_a_wide_diary_file_is_imported(record, tmp_path, encoding):
    source = tmp_path / "diary.csv"
    source.write_bytes("recorded_at,pain\r\n2024-05-01T08:00,3\r\n".encode(encoding))
    result = run_cli("diary", "import", source, data_dir=record)
    assert result.returncode == 0, result.stderr


def test_a_diary_file_that_is_not_text_says_so_in_one_sentence(record, tmp_path):
    source = tmp_path / "diary.csv"
    source.write_bytes(b"recorded_at,pain,note\r\n2024-05-01T08:00,3,\x81\x9d\r\n")
    result = _unchanged(record, lambda: run_cli("diary", "import", source, data_dir=record))
    assert result.returncode == 2
    assert one_line(result) == UNREADABLE


@pytest.mark.parametrize("link", [None, "symlink", "hard link"])
def test_restoring_the_record_itself_is_refused_at_once(record, tmp_path, link):
    # Picking care-record.sqlite itself (or a link to it) as the backup: the command used
    # to keep a "before restore" copy (pushing out an older one), then wait five minutes
    # for the record "in use by another program" (its own lock) before failing.
    from caregiver_app.store.database import database_path

    source = database_path(record)
    if link == "symlink":
        (tmp_path / "latest.sqlite").symlink_to(source)
        source = tmp_path / "latest.sqlite"
    elif link == "hard link":
        (tmp_path / "latest.sqlite").hardlink_to(source)
        source = tmp_path / "latest.sqlite"
    result = _unchanged(record, lambda: run_cli("restore", source, data_dir=record))
    assert result.returncode == 2
    assert one_line(result) == (
        f"{source.name} cannot be restored: it is the care record itself, not a backup of it. "
        "Nothing was changed."
    )
