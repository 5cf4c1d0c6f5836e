"""Joining from the window of a new computer: after its first start's profile was typed,
into a family folder it may only read, and with a change file a sync program left
half-written for good. Laura's computer shares through the real services; Tom types and
clicks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from caregiver_app.services.sharing import session
from caregiver_app.store.queries import ProfileData, load_profile, save_profile
from caregiver_app.store.questions import QuestionRecord, save_question
from caregiver_app.store.sync.devices import this_device
from tests.cli.test_share_read_only import read_only_sentence
from tests.helpers.record_faults import remount_read_only, tmpfs_or_skip
from tests.services.sharing.records import opened
from tests.services.sharing.test_stuck_files import TWO_HOURS, stuck_sentence
from tests.views.sharing.test_two_computers import PASSPHRASE, Computer, _click, _share, _try

FAMILY = ProfileData(
    patient_name="Rosa Delgado",
    date_of_birth=date(1951, 3, 14),
    diagnosis="Lung adenocarcinoma, stage IV",
    caregiver_name="Laura Delgado",
)


def _laura_shares(data_dir: Path, family: Path) -> None:
    with opened(data_dir):
        save_profile(FAMILY)
        save_question(QuestionRecord(text="Is the new patch stronger?"))
        session.start_sharing(family, "Laura's laptop", PASSPHRASE)


def _type_first_start_profile(qtbot, window) -> None:
    dialog = window.start_first_run_if_needed()
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.patientNameEdit, "Rosa")
    qtbot.keyClicks(dialog.ui.caregiverNameEdit, "Tom Delgado")
    qtbot.keyClicks(dialog.ui.caregiverPhoneEdit, "555 0142")
    _click(qtbot, dialog.save_button)
    assert load_profile().caregiver_name == "Tom Delgado"


def test_a_new_computer_joins_after_typing_its_first_start_profile(qtbot, tmp_path):
    family = tmp_path / "Family folder"
    family.mkdir()
    _laura_shares(tmp_path / "laura", family)
    with Computer(qtbot, tmp_path / "tom") as window:
        _type_first_start_profile(qtbot, window)

        # Before, refused: "This care record already holds entries, so it cannot join".
        _share(qtbot, window, "join", family, "Tom's laptop")

        assert load_profile() == FAMILY
        assert "Rosa Delgado" in window.profile_strip.summary.text()
        banner = window.sharing.banner
        qtbot.waitUntil(banner.isVisible)
        text = banner.banner.text()
        assert text.startswith("Changed on two computers: kept the "), text
        assert text.endswith(" version of the profile from Laura's laptop."), text
        # Clicked once the banner is laid out (a click on a button not yet sized is lost).
        qtbot.waitUntil(lambda: not banner.other_button.rect().isEmpty())
        _click(qtbot, banner.other_button)
        qtbot.waitUntil(lambda: banner.dialog is not None)
        other = banner.dialog
        qtbot.waitExposed(other)
        shown = {label.accessibleName(): label.text() for label in other.findChildren(QLabel)}
        assert shown["Name of the person cared for"] == "Rosa"
        assert shown["Caregiver's name"] == "Tom Delgado"
        assert shown["Caregiver's phone"] == "555 0142"
        assert other.windowTitle() == "The other version"
        other.close()


@pytest.fixture
def stick(tmp_path: Path):
    """A small tmpfs holding the family folder, made read-only by the test."""
    yield from tmpfs_or_skip(tmp_path / "stick", "8m")


def test_a_read_only_family_folder_is_said_at_the_folder_box(qtbot, tmp_path, stick):
    family = stick / "Family folder"
    family.mkdir()
    _laura_shares(tmp_path / "laura", family)
    remount_read_only(stick)
    with Computer(qtbot, tmp_path / "tom") as window:
        _type_first_start_profile(qtbot, window)

        dialog = _try(qtbot, window, "join", family, "Tom's laptop", PASSPHRASE)

        assert dialog.form.folder_error.text() == read_only_sentence(family)
        assert dialog.form.folder_error.isVisible()
        assert dialog.pages.currentWidget() is dialog.form
        assert this_device() is None
        assert load_profile().caregiver_name == "Tom Delgado"
        assert not window.sharing.label.isVisible()


def test_changes_that_stay_unreadable_are_said_in_the_status(qtbot, tmp_path):
    import os
    import time

    from caregiver_app.services.sharing.change_files import found_in

    family = tmp_path / "Family folder"
    family.mkdir()
    laura = tmp_path / "laura"
    _laura_shares(laura, family)
    with opened(tmp_path / "tom"):
        session.join_sharing(family, "Tom's laptop", PASSPHRASE)
    for text in ("Who do we call at night?", "Can she shower with the patch on?"):
        with opened(laura):
            save_question(QuestionRecord(text=text))
            session.sync_now()
            this = this_device()
    assert this is not None
    stuck = found_in(family, this[0])[-2].path
    stuck.write_bytes(stuck.read_bytes()[:100])  # a sync program stopped midway, for good
    then = time.time() - TWO_HOURS
    os.utime(stuck, (then, then))
    with Computer(qtbot, tmp_path / "tom") as window:
        window.sharing.sync()
        label = window.sharing.label
        qtbot.waitUntil(lambda: label.text() == stuck_sentence("Laura's laptop"), timeout=30_000)
        window.actions_by_name["shareWithFamily"].trigger()
        dialog = window.sharing.dialog
        qtbot.waitExposed(dialog)
        state = dialog.status_page.state_label
        assert state.text() == stuck_sentence("Laura's laptop")
        assert state.accessibleName() == state.text()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
