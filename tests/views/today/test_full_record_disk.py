"""Given, Skipped and Refill collected on a full disk: a warning to read and close (not a
passing status line: a dose given but not logged could be given again) says the disk is
full in the family's language (SQLite says "database or disk is full" in English) and what
to do; nothing is logged, and once space is freed the same click logs the dose.

On a real small tmpfs (skipped where one cannot be mounted).
"""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.supply import supply_since_last_count
from tests.helpers.record_faults import fill_disk, tmpfs_or_skip
from tests.services.medication.test_today import NOW
from tests.views.today.test_today_page import _answers, _row


@pytest.fixture
def disk(data_dir):
    """The data folder on a 3 MiB tmpfs, mounted before the record is made on it."""
    yield from tmpfs_or_skip(data_dir, "3m")


@pytest.fixture
def said(page):
    heard: list[str] = []
    page.signals.status_reported.connect(heard.append)
    return heard


@pytest.mark.usefixtures("disk")
def test_given_on_a_full_disk_is_said_in_spanish_and_logged_once_space_is_freed(
    data_dir, page, said, qtbot, spanish
):
    fill_disk(data_dir)
    qtbot.mouseClick(_row(page, "Senna", 12).given_button, Qt.MouseButton.LeftButton)
    (box,) = page.findChildren(QMessageBox)
    assert box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("No se pudo guardar el registro (el disco está lleno).")
    assert said == []
    box.close()
    assert _answers() == []
    assert page.stack.count() == 0  # nothing to undo
    assert page.changes == []

    os.remove(data_dir / "filler")
    qtbot.mouseClick(_row(page, "Senna", 12).given_button, Qt.MouseButton.LeftButton)
    assert [(name, hour, status) for name, hour, status, _by in _answers()] == [
        ("Senna", 12, "given_late")
    ]


@pytest.mark.usefixtures("disk")
def test_refill_collected_on_a_full_disk_is_said_and_logs_nothing(data_dir, page, said, qtbot):
    morphine = page.ids[0]
    for day in range(4):  # as Refill collected in one click: 4 doses on hand
        for hour in (8, 20):
            scheduled = datetime(2026, 11, 27 + day, hour)
            answer_dose(
                AdministrationRecord(morphine, scheduled, "given", effective_at=scheduled), NOW
            )
    page.refresh()
    before = supply_since_last_count(morphine)
    fill_disk(data_dir)
    qtbot.mouseClick(page.refill_buttons[0], Qt.MouseButton.LeftButton)
    (box,) = page.findChildren(QMessageBox)
    assert box.text() == (
        "The refill could not be saved (the disk is full). Nothing was logged: try again "
        "once this is put right."
    )
    assert said == []
    assert supply_since_last_count(morphine) == before
