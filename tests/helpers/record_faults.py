"""Helpers for the record's fault tests: records, their rows, and the real command in a child.

The commands run as the user runs them, in a child process (``python -m
caregiver_app``). A fault the machine cannot make for real everywhere (a full or
read-only disk) is injected in the child before the command starts (FAULTS).
"""

from __future__ import annotations

import errno
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from caregiver_app.store import engine
from caregiver_app.store.database import database_path
from tests.helpers.paths import FIXTURES

VCARDS = FIXTURES / "vcards" / "google-3.0.vcf"
ICS = FIXTURES / "ics" / "google.ics"
PASSWORD = "correct horse battery staple"
# A safety net so a broken build fails instead of hanging; never an assertion on speed.
PATIENCE = 600
# Every command that writes a file the family names, its path as "{target}".
FILE_COMMANDS = {
    "diary export": ("diary", "export", "{target}"),
    "contacts export": ("contacts", "export", "{target}"),
    "contacts sheet": ("contacts", "sheet", "{target}"),
    "calendar export": ("calendar", "export", "{target}"),
    "meds export": ("meds", "export", "{target}"),
    "meds chart": ("meds", "chart", "{target}"),
    "summary": ("summary", "--from", "2026-01-01", "--to", "2026-01-31", "-o", "{target}"),
    "backup -o": ("backup", "-o", "{target}"),
}

FAULTS = r"""
import errno, os, sys
fault, argv = sys.argv[1], sys.argv[2:]
data_dir = os.path.abspath(argv[argv.index("--data-dir") + 1])
if fault == "sqlite-full":
    # SQLite's own "database or disk is full": the record may not grow by one page.
    from caregiver_app.store import database
    record = os.path.join(data_dir, "care-record.sqlite")
    database.PRAGMAS["max_page_count"] = os.path.getsize(record) // 4096
elif fault == "enospc":
    # The system's "No space left on device" when a file the app writes is synced.
    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    os.fsync = full
elif fault == "read-only":
    # The data folder on a read-only disk, as the app sees the place.
    from caregiver_app.store import engine
    real = engine.place_is_read_only
    def read_only(path):
        return os.path.abspath(path).startswith(data_dir) or real(path)
    engine.place_is_read_only = read_only
else:
    raise SystemExit(f"unknown fault {fault}")
from caregiver_app.cli.main import main
sys.exit(main(argv))
"""

HOLDER = r"""
import sys
from datetime import datetime
from pathlib import Path
from caregiver_app.paths import set_application_identity
set_application_identity()
from caregiver_app.store.opening import open_store
from caregiver_app.store.diary.entries import EntryRecord, save_entry
database = open_store(Path(sys.argv[1]))
with database.atomic():  # the write lock, held until a line comes in
    save_entry(EntryRecord(datetime(2019, 5, 1, 9), "patient", {"pain": 3}, note="held"))
    print("holding", flush=True)
    sys.stdin.readline()
database.close()
print("done", flush=True)
"""


def make_record(data_dir: Path, password: str | None = None) -> None:
    """The demo record in ``data_dir`` (encrypted with ``password``), closed, no side files."""
    from caregiver_app.services.record.demo import create_demo_record
    from caregiver_app.store.opening import open_store

    database = open_store(data_dir)
    create_demo_record()
    if password:
        from caregiver_app.services.record.password import change_password

        database = change_password(database, data_dir, password).database
    database.close()
    assert side_files(data_dir) == []


def copy_folder(source: Path, target: Path) -> Path:
    """A copy of a data folder (modes kept)."""
    shutil.copytree(source, target)
    return target


def rows(data_dir: Path, password: str | None = None, path: Path | None = None) -> dict:
    """Every row of every table of the record (or of ``path``), leaving no side file."""
    # Only through SQLite: opening the file any other way in this process would drop
    # the locks of a connection the test holds open (POSIX locks are per process).
    path = Path(path or database_path(data_dir))
    connection = engine.open_sqlite_connection(engine.glance_uri(path), uri=True, password=password)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        found = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            columns = [column[0] for column in cursor.description]
            found[table] = [dict(zip(columns, row, strict=True)) for row in cursor]
        return found
    finally:
        connection.close()


def notes(table_rows: dict) -> list[str]:
    """The diary notes of :func:`rows`' result, sorted (the CSV rows carry one each)."""
    return sorted(row["note"] for row in table_rows["diary_entry"])


def without_diary(table_rows: dict) -> dict:
    """:func:`rows`' result but the diary's own tables."""
    return {table: found for table, found in table_rows.items() if table != "diary_entry"}


def side_files(folder: Path) -> list[str]:
    """The ``-wal`` and ``-shm`` files anywhere under ``folder``."""
    return sorted(
        str(path.relative_to(folder))
        for path in Path(folder).rglob("*")
        if path.name.endswith(("-wal", "-shm"))
    )


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to show nothing changed."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(Path(folder).rglob("*"))
        if path.is_file()
    }


def names(folder: Path) -> list[str]:
    """The names of the files under ``folder`` (not opened: see :func:`rows`)."""
    return sorted(
        str(path.relative_to(folder)) for path in Path(folder).rglob("*") if path.is_file()
    )


def command(data_dir: Path, *args: str, fault: str | None = None) -> list[str]:
    """The command line for ``caregiver-app --data-dir DATA ARGS`` (with a fault injected)."""
    if fault:
        return [sys.executable, "-c", FAULTS, fault, "--data-dir", str(data_dir), *args]
    return [sys.executable, "-m", "caregiver_app", "--data-dir", str(data_dir), *args]


def cli(
    data_dir: Path, *args: str, password: str | None = None, fault: str | None = None
) -> subprocess.CompletedProcess:
    """Run the command to the end; with ``password``, it is typed on standard input."""
    if password:
        args = ("--password-stdin", *args)
    return subprocess.run(
        command(data_dir, *args, fault=fault),
        input=f"{password}\n" if password else "",
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )


def start(data_dir: Path, *args: str) -> subprocess.Popen:
    """Start the command and leave it running."""
    return subprocess.Popen(
        command(data_dir, *args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def hold_record(data_dir: Path) -> subprocess.Popen:
    """Another program in the middle of saving: it holds the write lock until released."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert read_line(holder.stdout) == "holding\n", holder.stderr.read()
    return holder


def release(holder: subprocess.Popen) -> None:
    """Let the holder commit its entry and close the record."""
    holder.stdin.write("go\n")
    holder.stdin.flush()


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    """Wait for a started process; its exit code, standard output and standard error."""
    out, err = process.communicate(timeout=PATIENCE)
    return process.returncode, out, err


def read_line(stream) -> str:
    """The next line of a child's output (a broken child fails the test, not hangs it)."""
    ready, _, _ = select.select([stream], [], [], PATIENCE)
    assert ready, "the child said nothing"
    return stream.readline()


def one_line(text: str) -> str:
    """The single line a refusal writes on standard error."""
    assert text.count("\n") == 1, text
    assert text.startswith("caregiver-app: "), text
    return text


def wait_until_waiting(process: subprocess.Popen) -> str:
    """Read the child's standard error until it says it is waiting for the record."""
    line = read_line(process.stderr)
    assert "waiting for it to be free" in line, line + process.stderr.read()
    return line


def diary_csv(path: Path, count: int, label: str, first: datetime | None = None) -> Path:
    """A diary CSV file of ``count`` entries whose notes are ``label 0``, ``label 1``..."""
    first = first or datetime(2020, 1, 1, 8)
    lines = [
        "recorded_at,completed_by,pain,tiredness,drowsiness,nausea,lack_of_appetite,"
        "shortness_of_breath,depression,anxiety,wellbeing,other_problem,other_score,note"
    ]
    for number in range(count):
        when = (first + timedelta(minutes=37 * number)).isoformat(timespec="minutes")
        lines.append(f"{when}+00:00,patient,{number % 11},1,2,3,4,5,6,7,8,,,{label} {number}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def environment_allows_mounting() -> str | None:
    """None when tmpfs can be mounted here (root on Linux), else the reason it cannot."""
    if not sys.platform.startswith("linux"):
        return "tmpfs mounts need Linux"
    if os.geteuid() != 0:
        return "mounting a small filesystem needs root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "no mount command"
    return None


def mount_tmpfs(folder: Path, size: str) -> str | None:
    """Mount a tmpfs of ``size`` on ``folder``; None when done, else why it could not be."""
    reason = environment_allows_mounting()
    if reason:
        return reason
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return f"mount refused: {done.stderr.strip()}"
    return None


def tmpfs_or_skip(folder: Path, size: str) -> Iterator[Path]:
    """For a fixture (``yield from``): a tmpfs of ``size`` on ``folder`` while the test
    runs, taken away after it; the test is skipped where one cannot be mounted."""
    import pytest

    reason = mount_tmpfs(folder, size)
    if reason:
        pytest.skip(reason)
    try:
        yield folder
    finally:
        unmount(folder)


def fill_disk(disk: Path, leave: int = 0) -> None:
    """Take every free byte of the tmpfs ``disk`` but ``leave``, in one file "filler"."""
    descriptor = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 1 << 12, 1):
            while True:
                try:
                    os.write(descriptor, bytes(size))
                except OSError as error:
                    assert error.errno == errno.ENOSPC
                    break
        if leave:
            os.ftruncate(descriptor, os.fstat(descriptor).st_size - leave)
    finally:
        os.close(descriptor)


def remount_read_only(folder: Path) -> None:
    """Make the tmpfs on ``folder`` read-only (even root cannot write to it then)."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def unmount(folder: Path) -> None:
    """Take the tmpfs away again."""
    subprocess.run(["umount", "-l", str(folder)], check=False)


def vcard_file(path: Path, count: int) -> Path:
    """A vCard file of ``count`` different people."""
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
        f"TEL;TYPE=CELL:+1 555 {n:07d}\r\nNOTE:{'note ' * 40}\r\nEND:VCARD\r\n"
        for n in range(count)
    ]
    path.write_text("".join(cards), encoding="utf-8")
    return path


def ics_file(path: Path, count: int) -> Path:
    """An iCalendar file of ``count`` visits, one a day from 2026-01-01."""
    events = []
    for n in range(count):
        day = datetime(2026, 1, 1, 9) + timedelta(days=n)
        stamp = day.strftime("%Y%m%dT%H%M%SZ")
        end = (day + timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
        events.append(
            f"BEGIN:VEVENT\r\nUID:visit-{n}@faults.test\r\nDTSTAMP:20260101T000000Z\r\n"
            f"DTSTART:{stamp}\r\nDTEND:{end}\r\nSUMMARY:Visit {n}\r\n"
            f"DESCRIPTION:{'bring the list ' * 10}\r\nEND:VEVENT\r\n"
        )
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//faults//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path
