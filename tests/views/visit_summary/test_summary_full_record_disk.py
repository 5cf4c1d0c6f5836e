"""The record's disk full: the visit summary is still made, printed and saved elsewhere.

Before, making the pages first kept the concerns and the paper in the record; on a full
disk that failed and the dialog said only "The summary could not be made (database or
disk is full)": no pages, and Save PDF... did nothing. The summary only reads the record.
On a real small tmpfs (skipped where one cannot be mounted).
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtPdf import QPdfDocument

from caregiver_app.services.visit_summary.text import load_concerns
from tests.helpers.record_faults import fill_disk, tmpfs_or_skip
from tests.helpers.visit_summary_record import fill_record
from tests.views.visit_summary.test_summary_dialog import page_texts, wait_for_build


@pytest.fixture
def disk(data_dir):
    """The data folder on a 3 MiB tmpfs, mounted before the record is made on it."""
    yield from tmpfs_or_skip(data_dir, "3m")


def test_a_full_record_disk_still_makes_and_saves_the_summary(
    disk, store, make_window, qtbot, tmp_path
):
    fill_record()
    window = make_window()
    window.show()
    fill_disk(disk)
    window.actions_by_name["visitSummary"].trigger()
    dialog = window.summary_dialog
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert not dialog.error_label.isVisible()  # nothing new to keep: nothing to say

    builds = dialog.builds
    qtbot.keyClicks(dialog.ui.concern1Edit, "Pain at night")
    wait_for_build(qtbot, dialog, builds + 1)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "The main concerns and the paper chosen here could not be kept for next time "
        "(the disk is full); this summary has them as chosen. Free some disk space to "
        "keep them."
    )
    target = tmp_path / "visit-summary.pdf"
    assert dialog.save_to(target)
    assert "Pain at night" in page_texts(target)[0]
    assert dialog.ui.concern1Edit.text() == "Pain at night"

    os.remove(disk / "filler")
    qtbot.keyClicks(dialog.ui.concern2Edit, "Appetite")
    wait_for_build(qtbot, dialog, dialog.builds + 1)
    assert not dialog.error_label.isVisible()
    assert load_concerns() == ("Pain at night", "Appetite")
    assert store.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
