"""A change file a sync program left half-written for good: skipped quietly while it may
still be arriving, said in the status (naming whose changes) once it has plainly stopped,
and read, in full, the moment it arrives whole."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from caregiver_app.cli.main import main
from caregiver_app.services.sharing import crypto, session
from caregiver_app.services.sharing.change_files import found_in
from caregiver_app.store.sync.devices import this_device
from tests.services.sharing.records import Computer, laura_and_tom, opened

TWO_HOURS = 2 * 3600


def stuck_sentence(computers: str) -> str:
    """What the status says of change files from ``computers`` that stayed unreadable."""
    return (
        f"Some changes from {computers} cannot be read: a file of them in the family folder "
        f"has stayed incomplete for over an hour. Ask whoever uses {computers} to check that "
        "their sync program is running and to sync again; everything else is synced, and "
        "the file is read as soon as it arrives whole."
    )


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


@pytest.fixture
def family(tmp_path: Path) -> tuple[Computer, Computer, list[Path]]:
    """Laura and Tom share; Laura then writes two more change files, oldest first."""
    laura, tom, folder = laura_and_tom(tmp_path)
    for text in ("Who do we call at night?", "Can she shower with the patch on?"):
        laura.ask(text)
        laura.sync()
    with opened(laura.data_dir):
        this = this_device()
    assert this is not None
    files = [found.path for found in found_in(folder, this[0])]
    return laura, tom, files[-2:]


def _half_written(path: Path, age_seconds: float) -> bytes:
    """Cut ``path`` to half, as a sync program stopped midway left it, written that long ago."""
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return whole


def test_a_file_that_stays_half_written_is_said_in_the_status(family, capsys) -> None:
    laura, tom, (stuck, _later) = family
    whole = _half_written(stuck, TWO_HOURS)

    report = tom.sync()

    # Before, it was skipped on every sync without a word.
    assert report.status.unreadable_reason == stuck_sentence("Laura's laptop")
    assert "Can she shower with the patch on?" in tom.questions()  # the later file is read
    assert "Who do we call at night?" not in tom.questions()
    with opened(tom.data_dir):
        assert session.sharing_status() == report.status
    assert main(["--data-dir", str(tom.data_dir), "share", "status"]) == 0
    assert stuck_sentence("Laura's laptop") in capsys.readouterr().out.splitlines()
    assert stuck.read_bytes() == whole[: len(whole) // 2]  # left as it is, never removed

    stuck.write_bytes(whole)  # the sync program copies it again, whole
    report = tom.sync()

    assert report.status.unreadable_reason == ""
    assert report.received == 1
    assert tom.questions() == laura.questions()
    assert tom.dump() == laura.dump()


def test_a_file_that_may_still_be_arriving_is_skipped_quietly(family) -> None:
    _laura, tom, (stuck, _later) = family
    _half_written(stuck, 0)  # just now: the sync program may be copying it still
    assert tom.sync().status.unreadable_reason == ""


def test_an_old_file_with_nothing_read_after_it_is_not_said_yet(family) -> None:
    _laura, tom, (earlier, last) = family
    _half_written(earlier, TWO_HOURS)
    _half_written(last, TWO_HOURS)  # nothing after them came whole: they may be on their way
    assert tom.sync().status.unreadable_reason == ""
