"""``caregiver-app share`` on a bad day: the family folder's disk fills up while a change
file is written, or the folder holds a newer app's snapshot. One sentence, exit code 2,
nothing half-written in the folder or the record."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.services.sharing import layout
from caregiver_app.services.sharing.folder_files import is_temporary
from caregiver_app.services.sharing.snapshots import newest_snapshot, write_snapshot
from caregiver_app.services.sharing.state import load_state
from tests.helpers.record_snapshot import files_in, one_line, run_cli
from tests.helpers.snippet import run_snippet
from tests.services.sharing.records import PASSPHRASE, Computer, opened, shared_dump

# Runs the command with the named system call failing with the named error whenever it is
# made on a file in the family folder (and only there: the record's own disk is fine).
_FAILING_AT = """
import errno, os, sys
folder, call, code = sys.argv[1], sys.argv[2], getattr(errno, sys.argv[3])
real = getattr(os, call)
def in_folder(target):
    if isinstance(target, int):
        target = os.readlink(f"/proc/self/fd/{target}")
    return str(target).startswith(folder)
def failing(*args, **kwargs):
    if in_folder(args[-1] if call == "replace" else args[0]):
        raise OSError(code, os.strerror(code))
    return real(*args, **kwargs)
setattr(os, call, failing)
from caregiver_app.cli.main import main
sys.exit(main(sys.argv[4:]))
"""


def _join_as_tom(folder: Path, tom: Path):
    """``share join`` of ``folder`` by a new computer whose record is in ``tom``."""
    return run_cli(
        "--password-stdin",
        "share",
        "join",
        folder,
        "--name",
        "Tom's laptop",
        data_dir=tom,
        stdin=PASSPHRASE + "\n",
    )


def _sent(data_dir: Path) -> int:
    with opened(data_dir):
        state = load_state()
        assert state is not None
        return state.sent


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
@pytest.mark.parametrize("call", ["write", "fsync", "replace"])
def test_a_full_family_folder_is_said_as_the_family_folder(tmp_path: Path, call: str) -> None:
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    laura.start()
    laura.ask("Asked while the stick was full?")
    files, sent = files_in(folder), _sent(laura.data_dir)

    result = run_snippet(
        _FAILING_AT, str(folder), call, "ENOSPC", "--data-dir", str(laura.data_dir), "share", "sync"
    )

    assert result.returncode == 2, result.stderr
    assert one_line(result) == (
        f"The disk holding the family folder {folder} is full. Nothing was half-written "
        "and your changes wait here; free some space and sync again."
    )
    assert [name for name in files_in(folder) if not is_temporary(Path(name).name)] == files
    assert _sent(laura.data_dir) == sent
    assert laura.sync().sent == 1


def test_joining_from_a_newer_apps_snapshot_is_refused_and_nothing_is_kept(tmp_path: Path):
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    laura.ask("Is the new patch stronger?")
    laura.start()
    # A computer with a newer Care Companion wrote the newest snapshot: it holds a table
    # this version does not have.
    key = layout.open_folder(folder, PASSPHRASE)
    newest = newest_snapshot(folder, key)
    assert newest is not None
    future = {
        "table": "future_things",
        "row_uuid": "f" * 32,
        "clock": newest.clock,
        "device_id": "f" * 32,
        "deleted": False,
        "values": {"what": "from a newer app"},
        "base_clock": None,
    }
    write_snapshot(
        folder, key, "f" * 32, newest.clock + "0", newest.covers, [*newest.changes, future]
    )
    files = files_in(folder)
    tom = tmp_path / "tom"

    result = _join_as_tom(folder, tom)

    assert result.returncode == 2, result.stderr
    assert one_line(result) == (
        "This family folder was written by a newer Care Companion. Update Care Companion "
        "on this computer to keep sharing."
    )
    assert files_in(folder) == files
    status = run_cli("share", "status", data_dir=tom)
    assert status.stdout == "This care record is not shared with a family folder.\n"
    assert shared_dump(tom) == {}


def _part_missing(folder: Path, name: str) -> str:
    return (
        f"The family folder {folder} is missing its file {name}, or holds only part of it "
        "(the sync program may still be copying it). Wait until the sync program has "
        "finished, or copy that file from another family computer's folder, then try again; "
        "this record keeps working meanwhile."
    )


@pytest.mark.parametrize(
    ("name", "left"),
    [
        (layout.FORMAT_FILE, b""),  # a sync program's zero-byte file
        (layout.FORMAT_FILE, b'{"form'),  # half-copied
        (layout.FORMAT_FILE, b"\xff\xfe\x00\x00garbled"),  # not even text
        (layout.FORMAT_FILE, None),  # removed by the sync program
        (layout.KEY_CHECK_FILE, b""),
        (layout.KEY_CHECK_FILE, None),
    ],
)
def test_a_folder_file_garbled_by_a_sync_program_is_said_as_such(
    tmp_path: Path, name: str, left: bytes | None
) -> None:
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    laura.start()
    laura.ask("Asked while the folder was being copied?")
    whole = (folder / name).read_bytes()
    if left is None:
        (folder / name).unlink()
    else:
        (folder / name).write_bytes(left)
    files, sent = files_in(folder), _sent(laura.data_dir)

    result = run_cli("share", "sync", data_dir=laura.data_dir)

    assert result.returncode == 2, result.stderr
    assert one_line(result) == _part_missing(folder, name)
    assert files_in(folder) == files
    assert _sent(laura.data_dir) == sent
    status = run_cli("share", "status", data_dir=laura.data_dir)
    assert status.returncode == 0, status.stderr
    if name == layout.FORMAT_FILE:
        assert _part_missing(folder, name) in status.stdout.splitlines()
    (folder / name).write_bytes(whole)  # the sync program has finished
    assert laura.sync().sent == 1


def _part_missing_at_join(folder: Path, name: str) -> str:
    return (
        f"The family folder {folder} is missing its file {name}, or holds only part of it "
        "(the sync program may still be copying it). Wait until the sync program has "
        "finished, or copy that file from another family computer's folder, then join "
        "again; nothing was changed."
    )


@pytest.mark.parametrize("name", [layout.FORMAT_FILE, layout.KEY_CHECK_FILE])
def test_joining_a_folder_whose_file_is_half_copied(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "family"
    folder.mkdir()
    Computer("Laura's laptop", tmp_path / "laura", folder).start()
    (folder / name).write_bytes(b"")
    files = files_in(folder)
    tom = tmp_path / "tom"

    result = _join_as_tom(folder, tom)

    # Before, a new, empty record was told it "keeps working meanwhile".
    assert result.returncode == 2, result.stderr
    assert one_line(result) == _part_missing_at_join(folder, name)
    assert files_in(folder) == files
    assert run_cli("share", "status", data_dir=tom).stdout == (
        "This care record is not shared with a family folder.\n"
    )
