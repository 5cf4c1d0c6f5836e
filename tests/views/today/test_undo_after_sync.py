"""Undo of a one-key dose answer after another computer changed that answer since."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.medication.administrations import administrations_between
from caregiver_app.store.sync.changes import local_changes
from caregiver_app.store.sync.devices import become_device
from tests.helpers.other_computer import toms_edit
from tests.views.today.conftest import DAY_START


def _answers():
    return [
        (answer.medicine_name, answer.scheduled_for.hour, answer.status, answer.performer)
        for answer in administrations_between(DAY_START, DAY_START + timedelta(days=1))
    ]


def test_undo_keeps_the_answer_another_computer_changed_since(page, qtbot):
    become_device("Laura's laptop")
    said: list[str] = []
    page.signals.undo_step_failed.connect(said.append)
    row = next(
        row
        for row in page.rows
        if row.slot.medicine.name == "Senna"
        and row.slot.scheduled_for == DAY_START.replace(hour=12)
    )
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_S)  # skipped, says Laura
    assert _answers() == [("Senna", 12, "skipped", "")]
    # Tom, who gave it, corrects the answer on his laptop; the family folder brings it in.
    [mine] = [change for _, change in local_changes(0) if change.table == "administration"]
    toms_edit(
        mine, status="given", performer="Tom", effective_at=mine.values["scheduled_for"]
    )
    assert _answers() == [("Senna", 12, "given", "Tom")]
    page.stack.undo()
    assert _answers() == [("Senna", 12, "given", "Tom")]  # not "not logged"
    assert said == [
        "skipped: Senna: cannot be undone, as it was changed since on another computer or by"
        " another program. Nothing was changed."
    ]
    assert page.stack.count() == 0
