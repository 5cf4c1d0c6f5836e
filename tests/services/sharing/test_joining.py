"""Joining from a new computer whose first start asked for the profile, and joining a family
folder this computer may only read: the family's record comes in, nothing typed is lost,
and a refusal leaves the record as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caregiver_app.services.sharing import crypto, folder_sync, session
from caregiver_app.services.sharing.conflicts import all_conflicts
from caregiver_app.services.sharing.errors import SharingError
from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from caregiver_app.store.sync.devices import this_device
from tests.helpers.record_snapshot import files_in, record_rows
from tests.services.sharing.records import Computer, opened

FAMILY = ProfileData(
    patient_name="Rosa Delgado",
    date_of_birth=date(1951, 3, 14),
    diagnosis="Lung adenocarcinoma, stage IV",
    caregiver_name="Laura Delgado",
)
TYPED = ProfileData(patient_name="Rosa", caregiver_name="Tom Delgado", caregiver_phone="555 0142")


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def _family(tmp_path: Path, profile: ProfileData | None = FAMILY) -> tuple[Computer, Computer]:
    """Laura shares her record (with ``profile``); Tom's new record holds only ``TYPED``."""
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    tom = Computer("Tom's laptop", tmp_path / "tom", folder)
    with opened(laura.data_dir):
        if profile is not None:
            save_profile(profile)
    laura.ask("Is the new patch stronger?")
    laura.start()
    with opened(tom.data_dir):
        save_profile(TYPED)
    return laura, tom


def _profile(computer: Computer) -> ProfileData:
    with opened(computer.data_dir):
        return load_profile()


def test_a_profile_typed_at_first_start_is_kept_as_the_other_version(tmp_path: Path) -> None:
    laura, tom = _family(tmp_path)

    report = tom.join()  # before, refused: "This care record already holds entries"

    assert _profile(tom) == FAMILY
    assert tom.questions() == {"Is the new patch stronger?": ""}
    (note,) = report.conflicts
    assert (note.what, note.kept_device, note.other_device) == (
        "the profile",
        "Laura's laptop",
        "Tom's laptop",
    )
    assert note.other_values["patient_name"] == "Rosa"
    assert note.other_values["caregiver_name"] == "Tom Delgado"
    assert note.other_values["caregiver_phone"] == "555 0142"
    with opened(tom.data_dir):
        assert [c.conflict_id for c in all_conflicts()] == [note.conflict_id]
    # The family's profile is not replaced by the one typed on the new computer.
    laura.sync()
    assert _profile(laura) == FAMILY
    assert tom.dump() == laura.dump()


def test_a_profile_the_same_as_the_familys_makes_no_other_version(tmp_path: Path) -> None:
    laura, tom = _family(tmp_path)
    with opened(tom.data_dir):
        save_profile(FAMILY)  # typed again, a moment later: only the time saved differs

    report = tom.join()

    assert report.conflicts == ()
    assert _profile(tom) == FAMILY
    with opened(tom.data_dir):
        assert all_conflicts() == ()
    laura.sync()
    assert tom.dump() == laura.dump()


def test_a_profile_typed_where_the_family_has_none_goes_to_the_family(tmp_path: Path) -> None:
    laura, tom = _family(tmp_path, profile=None)

    report = tom.join()

    assert report.conflicts == ()
    assert _profile(tom) == TYPED
    laura.sync()
    assert _profile(laura) == TYPED


def test_a_record_with_an_entry_besides_the_profile_still_cannot_join(tmp_path: Path) -> None:
    _, tom = _family(tmp_path)
    tom.ask("Can she still take the patch?")
    before_rows, before_files = record_rows(tom.data_dir), files_in(tom.folder)

    with pytest.raises(SharingError) as refused:
        tom.join()

    assert str(refused.value) == (
        "This care record already holds entries, so it cannot join a family folder. "
        "Join from a new, empty record, or start sharing from this one instead."
    )
    assert record_rows(tom.data_dir) == before_rows
    assert files_in(tom.folder) == before_files


def test_a_join_refused_after_the_profile_was_set_aside_puts_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, tom = _family(tmp_path)

    def from_a_newer_app(*_args):
        raise folder_sync.NewerChangesError("future_things")

    monkeypatch.setattr(folder_sync, "join_from_snapshot", from_a_newer_app)
    with pytest.raises(SharingError):
        tom.join()

    assert _profile(tom) == TYPED
    with opened(tom.data_dir):
        assert this_device() is None
        assert session.sharing_status() is None


def test_a_join_stopped_short_settles_the_profile_at_the_next_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laura, tom = _family(tmp_path)
    real_sync = folder_sync.sync

    def folder_gone(*_args):
        raise SharingError("The family folder is not there.")

    monkeypatch.setattr(folder_sync, "join_from_snapshot", lambda *_args: (0, ()))
    monkeypatch.setattr(folder_sync, "sync", folder_gone)
    with pytest.raises(SharingError):
        tom.join()
    monkeypatch.setattr(folder_sync, "sync", real_sync)

    report = tom.sync()

    assert _profile(tom) == FAMILY
    (note,) = report.conflicts
    assert note.other_values["patient_name"] == "Rosa"
    laura.sync()
    assert _profile(laura) == FAMILY
