"""Password protection: the record and its copies encrypted, and every way back in or not."""

from __future__ import annotations

import os
import signal
import stat
import unicodedata

import pytest

from caregiver_app.services.record.backup_folder import list_backups
from caregiver_app.services.record.backup_reading import BackupPasswordError, inspect_backup
from caregiver_app.services.record.backups import make_backup, restore_backup
from caregiver_app.services.record.integrity import check_record_file
from caregiver_app.services.record.password import (
    PasswordChangeError,
    change_password,
    check_path,
    is_protected,
    password_problem,
    unlock,
)
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import SQLITE_HEADER, password_of
from caregiver_app.store.errors import PasswordNeededError, WrongPasswordError
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import record_counts
from tests.helpers.record_faults import cli
from tests.helpers.snippet import run_snippet

PASSWORD = "blue kettle, café au lait"
OTHER = "Seven swans, Élodie!"


@pytest.fixture
def protected(demo_store, data_dir):
    """The demo record with a backup made before the password, then the password set."""
    make_backup(demo_store, data_dir)
    counts = record_counts()
    change = change_password(demo_store, data_dir, PASSWORD)
    yield change.database, counts
    change.database.close()


def _header(path) -> bytes:
    return path.read_bytes()[:16]


def test_a_password_encrypts_the_record_and_every_copy(protected, data_dir):
    database, counts = protected
    assert _header(database_path(data_dir)) != SQLITE_HEADER
    assert b"Sunrise" not in database_path(data_dir).read_bytes()  # demo clinic name, hidden
    assert password_of(database) == PASSWORD
    assert record_counts() == counts
    assert is_protected(data_dir)
    (old_copy,) = list_backups(data_dir)
    assert _header(old_copy.path) != SQLITE_HEADER  # the copy made before was rewritten
    new_copy = make_backup(database, data_dir)
    assert _header(new_copy) != SQLITE_HEADER
    assert inspect_backup(new_copy, PASSWORD).counts == counts
    with pytest.raises(BackupPasswordError, match="Nothing was changed"):
        inspect_backup(new_copy)
    with pytest.raises(BackupPasswordError):
        inspect_backup(new_copy, OTHER)


def test_files_stay_private(protected, data_dir):
    if os.name != "posix":
        pytest.skip("file modes are a POSIX matter")
    for path in (database_path(data_dir), check_path(data_dir), *data_dir.glob("backups/*")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_opening_needs_the_right_password(protected, data_dir):
    database, counts = protected
    database.close()
    with pytest.raises(PasswordNeededError):
        open_store(data_dir)
    with pytest.raises(WrongPasswordError):
        open_store(data_dir, OTHER)
    reopened = open_store(data_dir, PASSWORD)
    try:
        assert record_counts() == counts
    finally:
        reopened.close()
    # The same password in another Unicode form (decomposed accents) opens it too.
    decomposed = open_store(data_dir, unicodedata.normalize("NFD", PASSWORD))
    decomposed.close()


def test_wrong_password_is_told_apart_from_a_damaged_file(protected, data_dir):
    database, _ = protected
    database.close()
    with pytest.raises(WrongPasswordError, match="not the password of this care record"):
        unlock(data_dir, "wrong guess")
    # Damage the first page (where SQLCipher checks the key): the right password is still
    # known to be right, and the check that follows reports the damage.
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[100:200] = bytes(100)
    path.write_bytes(bytes(data))
    assert unlock(data_dir, PASSWORD) == PASSWORD
    result = check_record_file(data_dir, full=False, password=PASSWORD)
    assert not result.ok
    with pytest.raises(WrongPasswordError, match="not the password"):
        unlock(data_dir, "wrong guess")


def test_damage_past_the_first_page_is_found_by_the_check(protected, data_dir):
    database, _ = protected
    database.close()
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 50 : 2 * 4096 + 150] = bytes(100)
    path.write_bytes(bytes(data))
    check_path(data_dir).unlink()  # even without the check file
    assert unlock(data_dir, PASSWORD) == PASSWORD
    assert not check_record_file(data_dir, full=True, password=PASSWORD).ok


def test_without_the_check_file_a_refusal_names_both_causes(protected, data_dir):
    database, _ = protected
    database.close()
    check_path(data_dir).unlink()
    with pytest.raises(WrongPasswordError, match="may be damaged"):
        unlock(data_dir, "wrong guess")
    unlock(data_dir, PASSWORD)
    assert check_path(data_dir).is_file()  # written again once the password opened it


def test_changing_and_removing_the_password(protected, data_dir):
    database, counts = protected
    change = change_password(database, data_dir, OTHER)
    assert change.copies_rewritten == 1 and change.copies_left == []
    database = change.database
    assert record_counts() == counts
    database.close()
    with pytest.raises(WrongPasswordError):
        open_store(data_dir, PASSWORD)
    database = open_store(data_dir, OTHER)
    change = change_password(database, data_dir, None)
    database = change.database
    try:
        assert password_of(database) is None
        assert _header(database_path(data_dir)) == SQLITE_HEADER
        assert not check_path(data_dir).exists()
        assert not is_protected(data_dir)
        assert all(_header(copy.path) == SQLITE_HEADER for copy in list_backups(data_dir))
        assert record_counts() == counts
    finally:
        database.close()


def test_a_failed_change_leaves_the_record_open_and_as_it_was(protected, data_dir, monkeypatch):
    database, counts = protected
    from caregiver_app.services.record import password as record_password

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(record_password, "export_copy", full_disk)
    with pytest.raises(PasswordChangeError, match="Nothing was changed"):
        change_password(database, data_dir, OTHER)
    assert not database.is_closed()
    assert record_counts() == counts
    assert password_of(database) == PASSWORD
    assert not list(data_dir.glob(".*.part"))


def _foreign_encrypted_backup(folder, password):
    """A backup of another record, made under ``password``, and what it holds."""
    from caregiver_app.services.record.demo import create_demo_record
    from caregiver_app.store.database import backup_to, database_proxy

    live = database_proxy.obj
    other = open_store(folder / "other-record", password)
    try:
        create_demo_record()
        counts = record_counts()
        made = backup_to(other, folder / "old-laptop.sqlite")
    finally:
        other.close()
        database_proxy.initialize(live)
    return made, counts


def test_restores_cross_between_plain_and_encrypted(demo_store, data_dir):
    plain_copy = make_backup(demo_store, data_dir)
    counts = record_counts()
    outside = plain_copy.replace(data_dir.parent / "usb-stick.sqlite")  # not rewritten
    database = change_password(demo_store, data_dir, PASSWORD).database
    result = restore_backup(database, data_dir, outside)  # a plain copy into an encrypted record
    assert record_counts() == counts
    assert _header(database_path(data_dir)) != SQLITE_HEADER
    assert _header(result.kept_as) != SQLITE_HEADER

    database = change_password(result.database, data_dir, None).database
    foreign, foreign_counts = _foreign_encrypted_backup(data_dir.parent, OTHER)
    assert _header(foreign) != SQLITE_HEADER
    with pytest.raises(BackupPasswordError):
        restore_backup(database, data_dir, foreign)
    result = restore_backup(database, data_dir, foreign, source_password=OTHER)
    try:
        assert record_counts() == foreign_counts
        assert _header(database_path(data_dir)) == SQLITE_HEADER  # the record keeps no password
    finally:
        result.database.close()


def test_new_passwords_are_checked():
    assert "at least 8" in password_problem("short", "short")
    assert "not the same" in password_problem("long enough one", "long enough two")
    assert password_problem("long enough one", "long enough one") is None


def test_a_check_file_left_from_a_replaced_record_is_not_trusted(protected, data_dir):
    database, _ = protected
    database.close()
    # Another encrypted record, under another password, copied over this one by hand.
    foreign, _ = _foreign_encrypted_backup(data_dir.parent, OTHER)
    foreign.replace(database_path(data_dir))
    # The old password matches the old check file, but that file was for another record:
    # the answer is "wrong password", not "damaged".
    with pytest.raises(WrongPasswordError, match="may be damaged"):
        unlock(data_dir, PASSWORD)
    assert unlock(data_dir, OTHER) == OTHER
    with pytest.raises(WrongPasswordError, match="not the password of this care record"):
        unlock(data_dir, PASSWORD)  # the check file now belongs to this record


def test_a_file_broken_past_the_key_lets_the_right_password_through(
    protected, data_dir, monkeypatch
):
    from caregiver_app.services.record import password as record_password
    from caregiver_app.store.engine import sqlite
    from caregiver_app.store.errors import UnreadableDatabaseError

    def broken(path, password):
        try:
            raise sqlite.DatabaseError("database disk image is malformed")
        except sqlite.DatabaseError as error:
            raise UnreadableDatabaseError("cannot be read") from error

    protected[0].close()
    monkeypatch.setattr(record_password, "read_schema_version", broken)
    check_path(data_dir).unlink()
    # SQLite got past the key, so the password was right; the start-up check takes over.
    assert unlock(data_dir, "any password at all") == "any password at all"


def test_a_plain_copy_left_beside_an_encrypted_record_is_encrypted_at_the_next_change(
    demo_store, data_dir
):
    plain = make_backup(demo_store, data_dir)
    kept = plain.read_bytes()
    database = change_password(demo_store, data_dir, PASSWORD).database
    plain.write_bytes(kept)  # as if put back by hand, unencrypted
    change = change_password(database, data_dir, OTHER)
    try:
        assert change.copies_left == []
        assert _header(plain) != SQLITE_HEADER
        assert inspect_backup(plain, OTHER)
    finally:
        change.database.close()


# Removing the password, killed (SIGKILL: a power cut, a forced quit) just before the
# record is replaced by its rewritten copy: the copy, without a password, is whole.
KILLED_WHILE_REMOVING = r"""
import os, signal, sys
from pathlib import Path
from caregiver_app.services.record import password
from caregiver_app.store.opening import open_store

data_dir = Path(sys.argv[1])
real_replace = os.replace
def killed_before_the_record_is_replaced(source, target):
    if Path(target).name == "care-record.sqlite":
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(source, target)
password.os.replace = killed_before_the_record_is_replaced
database = open_store(data_dir, sys.argv[2])
password.change_password(database, data_dir, None)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_removal_killed_half_way_leaves_no_copy_without_the_password(protected, data_dir):
    # The record kept its password, but a whole copy of it without one stayed hidden in
    # the data folder (.care-record.sqlite.new-password.part) for good.
    database, counts = protected
    database.close()
    killed = run_snippet(KILLED_WHILE_REMOVING, str(data_dir), PASSWORD)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    # The next start, a few minutes later, with the record's password, as it still has it.
    for leftover in data_dir.glob(".*"):
        past = leftover.stat().st_mtime - 600
        os.utime(leftover, (past, past))
    started = cli(data_dir, "info", password=PASSWORD)
    assert started.returncode == 0, started.stderr
    assert "Password: yes (encrypted)" in started.stdout
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert [path.name for path in files if _header(path) == SQLITE_HEADER] == []
    database = open_store(data_dir, PASSWORD)
    try:
        assert record_counts() == counts
    finally:
        database.close()


# Setting a password, killed just after the record was rewritten under it, before its
# copies in backups/ were.
KILLED_WHILE_SETTING = r"""
import os, signal, sys
from pathlib import Path
from caregiver_app.services.record import password
from caregiver_app.store.opening import open_store

real_replace = os.replace
def killed_once_the_record_is_replaced(source, target):
    real_replace(source, target)
    if Path(target).name == "care-record.sqlite":
        os.kill(os.getpid(), signal.SIGKILL)
password.os.replace = killed_once_the_record_is_replaced
data_dir = Path(sys.argv[1])
database = open_store(data_dir)
password.change_password(database, data_dir, sys.argv[2])
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_password_set_killed_half_way_leaves_no_copy_without_it(demo_store, data_dir):
    # The record was encrypted, but the backups made before stayed readable by anyone,
    # until the password was changed again some day.
    make_backup(demo_store, data_dir)
    counts = record_counts()
    demo_store.close()
    killed = run_snippet(KILLED_WHILE_SETTING, str(data_dir), PASSWORD)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _header(database_path(data_dir)) != SQLITE_HEADER  # the record has its password
    started = cli(data_dir, "info", password=PASSWORD)  # the next start
    assert started.returncode == 0, started.stderr
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert [path.name for path in files if _header(path) == SQLITE_HEADER] == []
    (copy,) = list_backups(data_dir)
    assert inspect_backup(copy.path, PASSWORD).counts == counts


def test_a_check_file_that_cannot_be_written_does_not_leave_the_record_closed(
    protected, data_dir, monkeypatch
):
    # The record had been rewritten under the new password when its check file could not
    # be written (the disk full, say): the change stopped there with a bare "[Errno 28]",
    # the record closed and not opened again, and the window could read nothing more.
    import errno

    from caregiver_app.services.record import password_check

    database, counts = protected

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched:
        patched.setattr(password_check, "atomic_write_bytes", full_disk)
        change = change_password(database, data_dir, OTHER)
    try:
        assert password_of(change.database) == OTHER
        assert record_counts() == counts
    finally:
        change.database.close()
    assert unlock(data_dir, OTHER) == OTHER  # the check file is written again here
    assert check_path(data_dir).is_file()
    with pytest.raises(WrongPasswordError):
        unlock(data_dir, PASSWORD)


def test_a_record_that_cannot_be_replaced_is_left_open_and_as_it_was(
    protected, data_dir, monkeypatch
):
    # Windows refuses to replace a file another program holds open (a virus scanner, a
    # second Care Companion): the change stopped with a bare "Access is denied" and the
    # record closed, so every screen of the window failed from then on.
    from caregiver_app.services.record import password as record_password

    database, counts = protected
    real_replace = os.replace

    def held_open(source, target):
        if str(target) == str(database_path(data_dir)):
            raise PermissionError(13, "Permission denied", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(record_password.os, "replace", held_open)
    with pytest.raises(PasswordChangeError, match="Nothing was changed"):
        change_password(database, data_dir, OTHER)
    assert not database.is_closed()
    assert password_of(database) == PASSWORD
    assert record_counts() == counts
    assert not list(data_dir.glob(".*.part"))
