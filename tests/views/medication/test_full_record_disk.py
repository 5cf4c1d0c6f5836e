"""The record on a disk that fills up: stopping a medicine, deleting a breakthrough dose
and the reminder's "Refill collected" say so in a sentence and change nothing; once space
is freed they work.

Before, both raised out of the click: the family saw "Something went wrong inside Care
Companion", and the stopped medicine's row in memory read as stopped though nothing was
saved. On a real small tmpfs (skipped where one cannot be mounted).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    record_supply,
    supply_since_last_count,
)
from tests.helpers.record_faults import fill_disk, tmpfs_or_skip
from tests.views.medication.test_dose_reminders import (
    MORNING,
    _medicine,
    start_reminders,  # noqa: F401 (fixture)
)


@pytest.fixture
def disk(data_dir):
    """The data folder on a 3 MiB tmpfs, mounted before the record is made on it."""
    yield from tmpfs_or_skip(data_dir, "3m")


@pytest.fixture
def crashes(monkeypatch):
    """What would have reached the "Something went wrong" dialog."""
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, value, _tb: caught.append(value))
    return caught


def sound(store) -> bool:
    return store.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_mark_as_stopped_on_a_full_disk_says_so_and_changes_nothing(
    disk, store, make_window, qtbot, crashes
):
    save_medicine(MedicineRecord(name="Senna", strength="8.6 mg", schedule="at night"))
    window = make_window()
    window.show()
    panel = window.diary_tab.medicines
    panel.table.selectRow(0)
    fill_disk(disk)

    click(qtbot, panel.stop_button)

    assert crashes == []
    box = panel.message
    assert box.isVisible()
    assert box.text() == (
        "Senna could not be marked as stopped (the disk is full). Nothing was changed. "
        "Free some disk space and try again."
    )
    box.accept()
    assert [medicine.stopped_on for medicine in list_medicines()] == [None]
    assert panel.records[0].stopped_on is None  # the list does not read as stopped
    assert sound(store)

    os.remove(disk / "filler")
    panel.table.selectRow(0)
    click(qtbot, panel.stop_button)
    assert [medicine.stopped_on for medicine in list_medicines()] == [panel.clock().date()]


def test_deleting_a_dose_on_a_full_disk_says_so_and_keeps_it_then_works(
    disk, store, make_window, qtbot, crashes
):
    medicine_id = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    given = (datetime.now() - timedelta(hours=2)).replace(second=0, microsecond=0)
    save_dose(DoseRecord(medicine_id=medicine_id, given_at=given, dose="5 mg", score_before=6))
    (before,) = doses_between(None, None)
    window = make_window()
    window.show()
    panel = window.diary_tab.doses
    panel.table.selectRow(0)
    fill_disk(disk)

    click(qtbot, panel.delete_button)
    delete = next(b for b in panel.delete_box.findChildren(QPushButton) if b.text() == "Delete")
    click(qtbot, delete)

    assert crashes == []
    box = panel.message
    assert box.isVisible()
    assert box.text().startswith("The dose of Morphine oral solution given at ")
    assert box.text().endswith(
        "could not be deleted (the disk is full). Nothing was changed. "
        "Free some disk space and try again."
    )
    box.accept()
    assert doses_between(None, None) == [before]
    assert panel.table.rowCount() == 1
    assert not window.actions_by_name["undo"].isEnabled()  # nothing to undo
    assert sound(store)

    os.remove(disk / "filler")
    panel.table.selectRow(0)
    click(qtbot, panel.delete_button)
    delete = next(b for b in panel.delete_box.findChildren(QPushButton) if b.text() == "Delete")
    click(qtbot, delete)
    assert doses_between(None, None) == []
    window.actions_by_name["undo"].trigger()
    assert doses_between(None, None) == [before]


def test_refill_collected_on_the_banner_on_a_full_disk_says_why_in_the_familys_language(
    disk,
    store,
    start_reminders,  # noqa: F811
    qtbot,
    spanish,
):
    # Before, the reminder's line ended in SQLite's English "(database or disk is full)".
    senna = _medicine("Senna", "08:00", "20:00")
    record_supply(SupplyRecord(senna, datetime(2026, 11, 30, 9), "count", 4))
    reminders, _clock, signals = start_reminders(MORNING, last_checked=MORNING)
    (button,) = reminders.refill_buttons
    fill_disk(disk)

    with qtbot.waitSignal(signals.status_reported, timeout=1000) as said:
        click(qtbot, button)

    assert "(el disco está lleno)" in said.args[0]
    assert "database" not in said.args[0]
    assert [event.kind for event in supply_since_last_count(senna)] == ["count"]
    assert sound(store)
