"""Backups: checked private copies, rotation, restore, refusing what is not ours, the commands."""

import os
import shutil
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caregiver_app.cli.main import main
from caregiver_app.services.record.backup_folder import (
    backup_name,
    backups_folder,
    list_backups,
    prune_backups,
)
from caregiver_app.services.record.backup_reading import (
    NotABackupError,
    inspect_backup,
    newest_good_backup,
)
from caregiver_app.services.record.backups import make_backup, restore_backup, save_backup_to
from caregiver_app.services.record.integrity import check_record_file, move_damaged_aside
from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.migrations import CURRENT_VERSION
from caregiver_app.store.models import ALL_MODELS, DiaryEntry
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import record_counts
from caregiver_app.store.sqlite_files import read_only_database
from tests.helpers.damage import damage
from tests.helpers.paths import FIXTURES
from tests.helpers.time_zone import local_time_zone

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def file_listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing changed."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_backup_is_a_checked_private_single_file_copy(demo_store, data_dir):
    # Written after the last checkpoint, so it is still only in the -wal file.
    DiaryEntry.create(recorded_at=datetime(2026, 1, 2, 9), created_at=datetime.now(), pain=4)
    expected = record_counts()
    path = make_backup(demo_store, data_dir)
    assert path.parent == backups_folder(data_dir)
    assert [backup.path for backup in list_backups(data_dir)] == [path]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, no .part
    connection = sqlite.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
    summary = inspect_backup(path)
    assert summary.counts == expected
    assert summary.version == CURRENT_VERSION


@POSIX
def test_backups_and_their_folder_are_private(demo_store, data_dir, tmp_path):
    path = make_backup(demo_store, data_dir)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    usb = tmp_path / "usb"
    usb.mkdir()
    old_umask = os.umask(0o022)  # even with a permissive umask
    try:
        saved = save_backup_to(demo_store, data_dir, usb / "copy.sqlite")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_save_to_refuses_the_record_itself(store, data_dir):
    with pytest.raises(NotABackupError):
        save_backup_to(store, data_dir, database_path(data_dir))


def test_rotation_keeps_7_daily_4_weekly_6_monthly(data_dir):
    folder = backups_folder(data_dir)
    folder.mkdir(parents=True)
    day = datetime(2025, 6, 1)
    while day <= datetime(2026, 6, 30):
        for hour in (9, 21):
            (folder / backup_name(day.replace(hour=hour))).write_bytes(b"")
        day += timedelta(days=1)
    for days_ago in range(5):
        when = datetime(2026, 6, 30, 8) - timedelta(days=days_ago)
        (folder / backup_name(when, before_restore=True)).write_bytes(b"")
    (folder / "my-notes.txt").write_text("not a backup: never touched")
    prune_backups(data_dir)
    kept = {(b.made_at, b.before_restore) for b in list_backups(data_dir)}
    regular = {when for when, before in kept if not before}
    evening = [datetime(2026, 6, d, 21) for d in range(24, 31)]  # 7 daily
    weekly = [datetime(2026, 6, 21, 21), datetime(2026, 6, 14, 21)]  # weeks 25 and 24
    monthly = [datetime(2026, m, d, 21) for m, d in ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31))]
    assert regular == set(evening + weekly + monthly)
    before = sorted(when for when, is_before in kept if is_before)
    assert before == [datetime(2026, 6, d, 8) for d in (28, 29, 30)]
    assert (folder / "my-notes.txt").exists()


def test_restoring_one_backup_after_another_keeps_the_record_they_replaced(demo_store, data_dir):
    # Looking for the right backup, restore after restore: the fourth pushed out the
    # first copy kept before a restore, the only one with what was typed since the last
    # backup (only the newest 3 such copies were kept).
    tries = []
    for day in range(1, 5):
        tries.append(make_backup(demo_store, data_dir, now=datetime(2026, 3, day, 21)))
    save_contact(ContactRecord(name="Typed since the last backup"))
    for minute, backup in enumerate(tries):
        restore_backup(demo_store, data_dir, backup, now=datetime(2026, 3, 4, 22, minute))
    kept = [b.path for b in list_backups(data_dir) if b.before_restore]
    assert len(kept) == 4
    with read_only_database(kept[-1]) as database, database.bind_ctx(ALL_MODELS):
        assert "Typed since the last backup" in {c.name for c in list_contacts()}


def test_a_second_backup_in_the_same_second_does_not_replace_the_first(store, data_dir):
    when = datetime(2026, 3, 1, 12)
    first = make_backup(store, data_dir, now=when, before_restore=True)
    second = make_backup(store, data_dir, now=when, before_restore=True)
    assert first != second and first.exists() and second.exists()
    assert [backup.path for backup in list_backups(data_dir)] == [second, first]
    # Of ordinary copies, the newest of the day is the one kept.
    third = make_backup(store, data_dir, now=when)
    fourth = make_backup(store, data_dir, now=when)
    assert fourth.exists() and not third.exists()


def test_a_copy_made_in_the_hour_repeated_when_the_clocks_go_back_is_the_newest(
    demo_store, data_dir
):
    # Daylight saving time ends (America/New_York, 1 November 2026): the clock shows
    # 1:50, then 1:10 again forty minutes later. The copy made at the second 1:10 was
    # named as older than the 1:50 one, so the rotation deleted it the moment it was
    # made, and recovery would restore the 1:50 copy, without what was saved since.
    first = make_backup(demo_store, data_dir, now=datetime(2026, 11, 1, 1, 50))
    save_contact(ContactRecord(name="Saved in the repeated hour"))
    counts = record_counts()
    second = make_backup(demo_store, data_dir, now=datetime(2026, 11, 1, 1, 10))
    assert second.exists()
    assert list_backups(data_dir)[0].path == second
    assert not first.exists()  # the rotation keeps the newest copy of the day
    assert newest_good_backup(data_dir).counts == counts


def test_a_copy_made_after_the_time_zone_is_corrected_westward_is_the_newest(demo_store, data_dir):
    # A laptop bought in Spain still keeps Madrid's time in New York: a copy is named 9 PM.
    # Half an hour later the family sets the zone right and the clock shows 4:30 PM. That
    # copy was named as older than the 9 PM one, so the rotation deleted it the moment it
    # was made and recovery would have restored the 9 PM copy, without what was saved since.
    at_nine = datetime(2026, 3, 14, 20, 0, tzinfo=UTC)
    first = make_backup(demo_store, data_dir, now=_wall(at_nine, "Europe/Madrid"))
    save_contact(ContactRecord(name="Saved after the zone was set"))
    counts = record_counts()
    later = at_nine + timedelta(minutes=30)
    second = make_backup(demo_store, data_dir, now=_wall(later, "America/New_York"))
    assert second.exists()
    assert list_backups(data_dir)[0].path == second
    assert not first.exists()  # the rotation keeps the newest copy of the day
    assert newest_good_backup(data_dir).counts == counts


def _wall(instant: datetime, zone: str) -> datetime:
    """The computer's clock at ``instant`` with its time zone set to ``zone``."""
    with local_time_zone(zone):
        return instant.astimezone().replace(tzinfo=None)


def _make_foreign_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    files["text"] = folder / "shopping.sqlite"
    files["text"].write_text("milk, eggs\n" * 100)
    files["empty"] = folder / "empty.sqlite"
    files["empty"].write_bytes(b"")
    other = folder / "other-app.sqlite"
    connection = sqlite.connect(other)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
    files["other app"] = other
    newer = folder / "newer.sqlite"
    shutil.copy(FIXTURES / "schema_v1.sqlite", newer)
    connection = sqlite.connect(newer)
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    connection.commit()
    connection.close()
    files["newer version"] = newer
    files["missing"] = folder / "not-there.sqlite"
    return files


@pytest.mark.parametrize("kind", ["text", "empty", "other app", "newer version", "missing"])
def test_files_that_are_not_our_backups_are_refused(tmp_path, kind):
    path = _make_foreign_files(tmp_path / "files")[kind]
    with pytest.raises(NotABackupError) as error:
        inspect_backup(path)
    assert "Nothing was changed" in str(error.value)


@pytest.mark.parametrize("how", ["page", "rows", "header", "truncate"])
def test_damaged_backups_are_refused(demo_store, data_dir, how):
    path = make_backup(demo_store, data_dir)
    damage(path, how)
    with pytest.raises(NotABackupError):
        inspect_backup(path)


def test_restore_brings_back_the_copy_and_keeps_the_record_as_it_was(demo_store, data_dir):
    before = record_counts()
    backup = make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 12))
    DiaryEntry.delete().execute()
    save_contact(ContactRecord(name="Added after the backup"))
    changed = record_counts()
    result = restore_backup(demo_store, data_dir, backup, now=datetime(2026, 3, 1, 13))
    assert result.database is demo_store
    assert record_counts() == before
    assert inspect_backup(result.kept_as).counts == changed
    assert result.kept_as.name.endswith("-before-restore.sqlite")
    assert check_record_file(data_dir).ok
    # Still the live WAL-mode record, with the app's pragmas.
    assert demo_store.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restoring_a_copy_put_into_the_backups_folder_by_hand_keeps_that_copy(
    demo_store, data_dir, tmp_path
):
    # A copy brought back from a USB stick into the backups folder, older than the day's
    # newest: the rotation run by the copy kept before the restore deleted it before it
    # was read ("cannot be restored: unable to open database file"), and it was gone.
    before = record_counts()
    saved = save_backup_to(demo_store, data_dir, tmp_path / "from the stick.sqlite")
    make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 12))
    DiaryEntry.delete().execute()
    by_hand = backups_folder(data_dir) / backup_name(datetime(2026, 3, 1, 8))
    shutil.copy(saved, by_hand)
    result = restore_backup(demo_store, data_dir, by_hand, now=datetime(2026, 3, 1, 13))
    assert record_counts() == before
    assert by_hand.read_bytes() == saved.read_bytes()
    assert result.kept_as is not None and result.kept_as.exists()


def test_restoring_an_older_schema_brings_it_up_to_date(store, data_dir, tmp_path):
    old = tmp_path / "old-backup.sqlite"
    shutil.copy(FIXTURES / "schema_v1.sqlite", old)
    expected = inspect_backup(old).counts
    restore_backup(store, data_dir, old)
    assert store.execute_sql("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert record_counts() == expected


def test_restore_over_a_damaged_record_moves_it_aside(demo_store, data_dir):
    backup = make_backup(demo_store, data_dir)
    demo_store.close()
    path = database_path(data_dir)
    damage(path, "rows")
    database = open_store(data_dir)
    result = restore_backup(database, data_dir, backup)
    try:
        assert result.database is not database and result.kept_as is None
        assert record_counts() == inspect_backup(backup).counts
    finally:
        result.database.close()
    (moved,) = [p for p in result.moved_aside if p.suffix == ".sqlite"]
    assert "damaged" in moved.name and moved.exists()


def test_move_aside_keeps_the_side_files_with_the_database(store, data_dir):
    store.close()
    path = database_path(data_dir)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").write_bytes(b"side file")
    before = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")}
    moved = move_damaged_aside(data_dir, now=datetime(2026, 3, 14, 15, 30, 12))
    names = sorted(p.name for p in moved)
    assert names == [
        "care-record-damaged-2026-03-14-153012.sqlite",
        "care-record-damaged-2026-03-14-153012.sqlite-shm",
        "care-record-damaged-2026-03-14-153012.sqlite-wal",
    ]
    assert not path.exists()
    for moved_path in moved:
        suffix = moved_path.name.removeprefix("care-record-damaged-2026-03-14-153012.sqlite")
        assert moved_path.read_bytes() == before[suffix]
    # A second damaged record the same second never overwrites the first.
    path.write_bytes(b"again")
    again = move_damaged_aside(data_dir, now=datetime(2026, 3, 14, 15, 30, 12))
    assert again[0].name == "care-record-damaged-2026-03-14-153012-2.sqlite"


# ---------------------------------------------------------------- the command line


def test_backup_command_into_the_folder_and_to_a_file(demo_store, data_dir, tmp_path, capsys):
    demo_store.close()
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    (made,) = list_backups(data_dir)
    assert str(made.path) in out and "diary entries" in out
    target = tmp_path / "usb" / "care.sqlite"
    target.parent.mkdir()
    assert main(["backup", "-o", str(target)]) == 0
    assert inspect_backup(target).counts.contacts >= 9


def test_backup_command_without_a_record_or_to_a_missing_folder(data_dir, tmp_path, capsys):
    assert main(["backup"]) == 2
    assert "no care record" in capsys.readouterr().err
    assert not data_dir.exists()
    open_store(data_dir).close()
    assert main(["backup", "-o", str(tmp_path / "no" / "such" / "folder.sqlite")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_restore_command_restores_and_keeps_the_record(demo_store, data_dir, capsys):
    backup = make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 12))
    DiaryEntry.delete().execute()
    demo_store.close()
    assert main(["restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored the backup of 2026-03-01 12:00" in out
    assert "before-restore" in out
    database = open_store(data_dir)
    try:
        assert record_counts() == inspect_backup(backup).counts
    finally:
        database.close()


@pytest.mark.parametrize("kind", ["text", "empty", "other app", "newer version", "missing"])
def test_restore_command_refuses_other_files_with_exit_2_and_changes_nothing(
    demo_store, data_dir, tmp_path, capsys, kind
):
    demo_store.close()
    path = _make_foreign_files(tmp_path / "files")[kind]
    before = file_listing(data_dir)
    assert main(["restore", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Nothing was changed" in err
    assert file_listing(data_dir) == before


def test_restore_command_on_a_damaged_record_keeps_the_damaged_file(demo_store, data_dir, capsys):
    backup = make_backup(demo_store, data_dir)
    demo_store.close()
    damage(database_path(data_dir), "page")
    damaged_bytes = database_path(data_dir).read_bytes()
    assert main(["restore", str(backup)]) == 0
    assert "damaged" in capsys.readouterr().out
    (moved,) = data_dir.glob("care-record-damaged-*.sqlite")
    assert moved.read_bytes() == damaged_bytes
    assert check_record_file(data_dir).ok


def test_check_command_passes_a_sound_record(demo_store, data_dir, capsys):
    demo_store.close()
    before = file_listing(data_dir)
    assert main(["check"]) == 0
    assert "no damage" in capsys.readouterr().out
    assert file_listing(data_dir).keys() >= before.keys()
    assert database_path(data_dir).read_bytes() == before["care-record.sqlite"]


@pytest.mark.parametrize("how", ["page", "rows", "header", "truncate"])
def test_check_command_exits_3_naming_the_damaged_file(demo_store, data_dir, capsys, how):
    demo_store.close()
    path = database_path(data_dir)
    damage(path, how)
    damaged = path.read_bytes()
    assert main(["check"]) == 3
    err = capsys.readouterr().err
    assert str(path) in err and "damaged" in err
    assert path.read_bytes() == damaged  # looked at, never written


def test_check_command_without_a_record(data_dir, capsys):
    assert main(["check"]) == 2
    assert not data_dir.exists()


def test_backup_command_on_a_damaged_record_exits_3_and_keeps_old_backups(
    demo_store, data_dir, capsys
):
    good = make_backup(demo_store, data_dir)
    demo_store.close()
    damage(database_path(data_dir), "rows")
    assert main(["backup"]) == 3
    assert "damaged" in capsys.readouterr().err
    assert [backup.path for backup in list_backups(data_dir)] == [good]
    assert not list(backups_folder(data_dir).glob(".*.part"))


def test_check_command_finds_a_score_the_schema_forbids(store, data_dir, capsys):
    store.execute_sql("PRAGMA ignore_check_constraints = 1")
    DiaryEntry.create(recorded_at=datetime(2026, 1, 2), created_at=datetime.now(), pain=11)
    store.close()
    assert main(["check"]) == 3
    assert "CHECK constraint failed" in capsys.readouterr().err


def test_checking_a_crashed_damaged_record_writes_nothing(demo_store, data_dir, tmp_path, capsys):
    root = demo_store.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'diary_entry'"
    ).fetchone()[0]
    demo_store.close()  # the diary is now in the main file
    database = open_store(data_dir)
    for number in range(50):
        save_contact(ContactRecord(name=f"Person {number}"))
    # The state a crash leaves: committed pages still in the -wal, not in the main file.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    path = database_path(data_dir)
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{path}{suffix}", crashed / f"{path.name}{suffix}")
    database.close()
    assert (crashed / f"{path.name}-wal").stat().st_size > 0
    broken = bytearray((crashed / path.name).read_bytes())
    start = (root - 1) * 4096
    broken[start : start + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    (crashed / path.name).write_bytes(bytes(broken))
    before = file_listing(crashed)
    assert main(["--data-dir", str(crashed), "check"]) == 3
    after = file_listing(crashed)
    # The -wal was not checkpointed into the damaged file. (The -shm is only an index
    # of the -wal that SQLite rebuilds on every open; it holds no data.)
    for name in (path.name, f"{path.name}-wal"):
        assert after[name] == before[name], name


def test_moving_to_a_new_computer_with_a_saved_backup(demo_store, data_dir, tmp_path, capsys):
    usb = save_backup_to(demo_store, data_dir, tmp_path / "usb-copy.sqlite")
    expected = record_counts()
    demo_store.close()
    new_laptop = tmp_path / "new-laptop"
    assert main(["--data-dir", str(new_laptop), "restore", str(usb)]) == 0
    assert "before-restore" not in capsys.readouterr().out  # nothing there to keep
    database = open_store(new_laptop)
    try:
        assert record_counts() == expected
    finally:
        database.close()
    if os.name == "posix":
        assert stat.S_IMODE(new_laptop.stat().st_mode) == 0o700
        assert stat.S_IMODE(database_path(new_laptop).stat().st_mode) == 0o600


FULL_DISK = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails like a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))
from caregiver_app.cli.main import main
sys.exit(main(["backup"]))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX resource limits")
def test_a_full_disk_during_a_backup_is_exit_2_and_leaves_no_half_file(demo_store, data_dir):
    good = make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 9))
    demo_store.close()
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "damaged" not in result.stderr
    assert [backup.path for backup in list_backups(data_dir)] == [good]
    assert sorted(p.name for p in backups_folder(data_dir).iterdir()) == [good.name]


# The disk fills up while a backup from an older version is brought up to date: every
# schema step that needs a new page fails with SQLite's "database or disk is full".
UPGRADE_DISK_FULL = r"""
import sys
from caregiver_app.services.record import backups
real = backups.migrate
def no_room_to_upgrade(database, path, *args, **kwargs):
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    return real(database, path, *args, **kwargs)
backups.migrate = no_room_to_upgrade
from caregiver_app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_older_backup_that_cannot_be_brought_up_to_date_changes_nothing(
    demo_store, data_dir, tmp_path
):
    # The command said "nothing was changed", but the record already held the old
    # backup's rows, left at its old version (the window then ran on a record it could
    # not read).
    from tests.helpers.record_snapshot import record_rows
    from tests.helpers.snippet import run_snippet

    demo_store.close()
    old = tmp_path / "old laptop backup.sqlite"
    shutil.copy(FIXTURES / "schema_v3.sqlite", old)
    before = record_rows(data_dir)
    result = run_snippet(UPGRADE_DISK_FULL, "--data-dir", str(data_dir), "restore", str(old))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "disk is full" in result.stderr and "nothing was changed" in result.stderr
    assert record_rows(data_dir) == before
    assert not list(data_dir.glob(".*"))  # no temporary file left behind
