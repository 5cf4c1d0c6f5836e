"""``caregiver-app share``: start, join, sync, status and stop, and each refusal's sentence."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from caregiver_app.cli.main import main
from caregiver_app.services.record.password import change_password
from caregiver_app.services.sharing import layout
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from tests.helpers.record_snapshot import files_in, make_demo_record, record_rows
from tests.services.sharing.records import shared_dump

PASSPHRASE = "blue heron at dawn"


def _share(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    data_dir: Path,
    *args: str,
    lines: tuple[str, ...] = (PASSPHRASE,),
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    code = main(["--data-dir", str(data_dir), "--password-stdin", "share", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _error(err: str) -> str:
    assert err.startswith("caregiver-app: ") and err.count("\n") == 1, err
    return err[len("caregiver-app: ") :].strip()


@pytest.fixture
def family(tmp_path: Path) -> tuple[Path, Path, Path]:
    laura, tom, folder = tmp_path / "laura", tmp_path / "tom", tmp_path / "family"
    make_demo_record(laura)
    folder.mkdir()
    return laura, tom, folder


def test_start_join_sync_and_status(monkeypatch, capsys, family) -> None:
    laura, tom, folder = family
    code, out, _ = _share(
        monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop"
    )
    assert code == 0
    assert out.startswith("sent ")
    code, out, _ = _share(monkeypatch, capsys, tom, "join", str(folder), "--name", "Tom's laptop")
    assert code == 0, out
    assert "received" in out and "Laura's laptop: synced as of " in out
    assert shared_dump(tom) == shared_dump(laura)
    code, out, _ = _share(monkeypatch, capsys, laura, "sync", lines=())
    assert code == 0
    assert "Tom's laptop: " in out
    code, out, _ = _share(monkeypatch, capsys, tom, "status", lines=())
    assert code == 0
    assert out.splitlines()[:2] == [f"Family folder: {folder}", "This computer: Tom's laptop"]


def test_a_wrong_passphrase_is_refused_and_nothing_is_written(monkeypatch, capsys, family) -> None:
    laura, tom, folder = family
    _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop")
    make_demo_record(tom)
    (tom / "empty").mkdir()
    before_files, before_rows = files_in(folder), record_rows(tom)
    fresh = tom.parent / "fresh"
    code, _, err = _share(
        monkeypatch,
        capsys,
        fresh,
        "join",
        str(folder),
        "--name",
        "Tom's laptop",
        lines=("blue heron at dusk",),
    )
    assert code == 2
    assert _error(err) == (
        "The family passphrase does not match the one this folder was started with. "
        "Check it with your family and try again; nothing was changed."
    )
    assert files_in(folder) == before_files
    assert record_rows(tom) == before_rows


def test_a_record_with_entries_cannot_join(monkeypatch, capsys, family, tmp_path) -> None:
    laura, _, folder = family
    _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop")
    other = tmp_path / "other"
    make_demo_record(other)
    before_files, before_rows = files_in(folder), record_rows(other)
    code, _, err = _share(monkeypatch, capsys, other, "join", str(folder), "--name", "Tom's")
    assert code == 2
    assert _error(err) == (
        "This care record already holds entries, so it cannot join a family folder. "
        "Join from a new, empty record, or start sharing from this one instead."
    )
    assert files_in(folder) == before_files
    assert record_rows(other) == before_rows


def test_a_newer_format_is_said(monkeypatch, capsys, family) -> None:
    laura, _, folder = family
    _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop")
    (folder / layout.FORMAT_FILE).write_text(json.dumps({"format": 2}))
    before = files_in(folder)
    code, _, err = _share(monkeypatch, capsys, laura, "sync", lines=())
    assert code == 2
    assert _error(err) == (
        "This family folder was written by a newer Care Companion. Update Care Companion "
        "on this computer to keep sharing."
    )
    assert files_in(folder) == before
    code, out, _ = _share(monkeypatch, capsys, laura, "status", lines=())
    assert code == 0
    assert "written by a newer Care Companion" in out


def test_a_missing_folder_is_said_and_the_record_keeps_working(monkeypatch, capsys, family):
    laura, _, folder = family
    _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop")
    folder.rename(folder.with_name("unplugged"))
    code, _, err = _share(monkeypatch, capsys, laura, "sync", lines=())
    assert code == 2
    assert _error(err) == (
        f"The family folder {folder} cannot be found. If it is on a USB stick or a network "
        "drive, connect it and sync again; this record keeps working meanwhile."
    )
    code, out, _ = _share(monkeypatch, capsys, laura, "status", lines=())
    assert code == 0
    assert "The family folder cannot be found at the moment." in out
    assert main(["--data-dir", str(laura), "info"]) == 0
    folder.with_name("unplugged").rename(folder)
    assert _share(monkeypatch, capsys, laura, "sync", lines=())[0] == 0


def test_start_refuses_a_folder_that_is_not_empty(monkeypatch, capsys, family) -> None:
    laura, _, folder = family
    (folder / "photos").mkdir()
    before = record_rows(laura)
    code, _, err = _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's")
    assert code == 2
    assert _error(err) == (
        f"{folder} is not empty. Start sharing into a new, empty folder, or choose Join if "
        "your family already shares through this one."
    )
    assert record_rows(laura) == before


def test_the_record_password_comes_first_then_the_passphrase(monkeypatch, capsys, family):
    laura, tom, folder = family
    database = open_store(laura)
    change_password(database, laura, "kettle on the stove").database.close()
    code, _, err = _share(
        monkeypatch,
        capsys,
        laura,
        "start",
        str(folder),
        "--name",
        "Laura's laptop",
        lines=("kettle on the stove", PASSPHRASE),
    )
    assert code == 0, err
    code, _, err = _share(monkeypatch, capsys, tom, "join", str(folder), "--name", "Tom's laptop")
    assert code == 0, err


def test_sync_and_stop_when_not_sharing(monkeypatch, capsys, family) -> None:
    laura, _, _ = family
    code, _, err = _share(monkeypatch, capsys, laura, "sync", lines=())
    assert code == 2
    assert _error(err) == (
        "This care record is not shared with a family folder. Start or join first."
    )
    code, out, _ = _share(monkeypatch, capsys, laura, "status", lines=())
    assert (code, out) == (0, "This care record is not shared with a family folder.\n")


def test_stop_keeps_the_entries_and_the_folder(monkeypatch, capsys, family) -> None:
    laura, _, folder = family
    _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop")
    before_files = files_in(folder)
    before = record_rows(laura)["diary_entry"]
    code, _, _ = _share(monkeypatch, capsys, laura, "stop", lines=())
    assert code == 0
    assert files_in(folder) == before_files
    assert record_rows(laura)["diary_entry"] == before
    code, out, _ = _share(monkeypatch, capsys, laura, "status", lines=())
    assert out == "This care record is not shared with a family folder.\n"


def _profile_typed_at(data_dir: Path, profile: ProfileData) -> None:
    database = open_store(data_dir)
    try:
        save_profile(profile)
    finally:
        database.close()


def _profile_of(data_dir: Path) -> ProfileData:
    database = open_store(data_dir)
    try:
        return load_profile()
    finally:
        database.close()


def test_a_record_holding_only_its_profile_joins(monkeypatch, capsys, family) -> None:
    laura, tom, folder = family
    _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop")
    _profile_typed_at(tom, ProfileData(patient_name="Rosa", caregiver_name="Tom"))

    code, out, err = _share(monkeypatch, capsys, tom, "join", str(folder), "--name", "Tom's")

    # Before, refused: "This care record already holds entries".
    assert code == 0, err
    assert "changed on two computers: the profile; kept Laura's laptop's " in out
    assert _profile_of(tom) == _profile_of(laura)
    assert shared_dump(tom) == shared_dump(laura)


def test_a_profile_the_same_as_the_familys_joins_without_a_second_version(
    monkeypatch, capsys, family
) -> None:
    laura, tom, folder = family
    _share(monkeypatch, capsys, laura, "start", str(folder), "--name", "Laura's laptop")
    _profile_typed_at(tom, _profile_of(laura))

    code, out, err = _share(monkeypatch, capsys, tom, "join", str(folder), "--name", "Tom's")

    assert code == 0, err
    assert "changed on two computers" not in out
    assert _profile_of(tom) == _profile_of(laura)
