"""A write killed half way (kill -9) leaves no hidden ``.part`` for good, and the next one
never takes the ``.part`` another program is writing.

The temporary file a copy or an export is written under was left beside the file the
family chose (``backup -o FILE``, a summary), beside the record (the copy kept before an
upgrade), for good: a whole hidden copy of the record, readable where the family keeps
their files.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.opening import open_store
from tests.helpers.paths import PROJECT_ROOT
from tests.helpers.record_snapshot import make_demo_record, run_cli
from tests.helpers.snippet import run_snippet

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"

# The copy is killed once its pages are written, before it is renamed to its name.
KILLED_WHILE_COPYING = r"""
import os, signal, sys
from caregiver_app.store import sqlite_files

def killed(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

sqlite_files.fsync_path = killed
if sys.argv[1] == "cli":
    from caregiver_app.cli.main import main
    main(sys.argv[2:])
else:
    from caregiver_app.store.opening import open_store
    open_store(sys.argv[2])
"""

# Killed half way through writing an exported file (a summary, a vCard, a CSV).
KILLED_WHILE_EXPORTING = r"""
import os, signal, sys
from pathlib import Path
from caregiver_app.services import atomic_file

real_write = os.write
def write_half(descriptor, data):
    real_write(descriptor, bytes(data[: len(data) // 2]))
    os.kill(os.getpid(), signal.SIGKILL)
atomic_file.os.write = write_half
atomic_file.atomic_write_bytes(Path(sys.argv[1]), b"x" * 1_000_000)
"""

# One program writing a file, paused half way until told to finish.
WRITING_SLOWLY = r"""
import os, sys
from pathlib import Path
from caregiver_app.store.part_files import HeldPart

target = Path(sys.argv[1])
held = HeldPart(target.parent, f".{target.name}.")
os.write(held.descriptor, b"first half, ")
print(held.path, flush=True)
sys.stdin.readline()
os.write(held.descriptor, b"second half")
held.rename_to(target)
"""


def _parts(folder) -> list[str]:
    return sorted(path.name for path in folder.rglob("*.part*"))


def _sound(path, password: str | None = None) -> bool:
    connection = sqlite.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def test_a_backup_to_a_chosen_file_killed_half_way_is_cleaned_by_the_next(data_dir, tmp_path):
    make_demo_record(data_dir)
    stick = tmp_path / "usb stick [1]"  # a name with a character a pattern would read
    stick.mkdir()
    target = stick / "care-record-copy.sqlite"
    killed = run_snippet(
        KILLED_WHILE_COPYING, "cli", "--data-dir", str(data_dir), "backup", "-o", str(target)
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert len(_parts(stick)) == 1 and not target.exists()  # never a half copy by its name

    again = run_cli("backup", "-o", target, data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert _parts(stick) == []
    assert _sound(target)


def test_the_copy_before_an_upgrade_killed_half_way_is_cleaned_at_the_next_start(data_dir):
    data_dir.mkdir(parents=True)
    record = database_path(data_dir)
    shutil.copy(FIXTURES / "schema_v7.sqlite", record)
    killed = run_snippet(KILLED_WHILE_COPYING, "open", str(data_dir))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert len(_parts(data_dir)) == 1
    assert not list(data_dir.glob("*.bak"))

    open_store(data_dir).close()  # the next start: the upgrade is made, with its copy
    assert _parts(data_dir) == []
    (kept,) = data_dir.glob("*-before-upgrade-*.bak")
    assert _sound(kept)


def test_an_export_killed_half_way_leaves_the_old_file_and_no_part_after_the_next(tmp_path):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"last week's summary")
    killed = run_snippet(KILLED_WHILE_EXPORTING, str(target))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert len(_parts(tmp_path)) == 1
    assert target.read_bytes() == b"last week's summary"  # the old one, whole

    atomic_write_bytes(target, b"this week's summary")
    assert _parts(tmp_path) == []
    assert target.read_bytes() == b"this week's summary"


def test_the_file_another_program_is_writing_is_left_alone(tmp_path):
    target = tmp_path / "summary.pdf"
    with subprocess.Popen(
        [sys.executable, "-c", WRITING_SLOWLY, str(target)],
        cwd=PROJECT_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        try:
            theirs = writer.stdout.readline().strip()
            assert theirs.endswith(".part")
            # A second program writes the same file meanwhile: its clean-up leaves the other.
            second = run_snippet(
                "import sys; from pathlib import Path;"
                "from caregiver_app.services.atomic_file import atomic_write_bytes;"
                "atomic_write_bytes(Path(sys.argv[1]), b'from the second program')",
                str(target),
            )
            assert second.returncode == 0, second.stderr
            assert _parts(tmp_path) == [Path(theirs).name]
            assert target.read_bytes() == b"from the second program"
            writer.stdin.write("\n")
            writer.stdin.flush()
            assert writer.wait(timeout=60) == 0
        finally:
            writer.kill()
    assert _parts(tmp_path) == []
    assert target.read_bytes() == b"first half, second half"  # the other program's, whole
