"""A file the family saves that cannot be written says why, and the fix for that reason.

Every save said "Choose another folder, or free some disk space" whatever went wrong: a
family whose folder was missing, or on a read-only drive, was sent to free disk space. Now
a full drive asks for space, a read-only one for a folder one may write to, a folder
typed as the name for a file name, a missing folder for one that exists. The place is
given in the save dialog; the file there before stays as it was, byte for byte.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.helpers.record_faults import fill_disk, tmpfs_or_skip
from tests.services.record.test_export_onto_record import _answer_save_dialog, _save_function

ADVICE = {
    "a full drive": "Free some space on that disk, or save to another drive",
    "a read-only drive": "Choose a folder you may write to, such as Documents",
    "a folder as the name": "Type a file name, not only a folder",
    "a missing folder": "Choose a folder that exists",
}
# The old advice, given whatever the reason.
OLD_ADVICE = ("free some disk space", "Free some disk space")
# The type each save gives the name typed.
TYPES = {
    "summary": ".pdf",
    "diary": ".csv",
    "contacts": ".vcf",
    "sheet": ".pdf",
    "calendar": ".ics",
    "backup": ".sqlite",
    "article": ".pdf",
    "chart": ".pdf",
}
OLD = b"the family's own file, kept as it was\n"


def _save(window, qtbot, how: str):
    if how != "chart":
        return _save_function(window, qtbot, how)
    files = window.medicine_files

    def chart() -> None:
        dialog = files.choose_chart()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # this week, as offered

    return chart, lambda: files.message


@pytest.fixture
def drive(tmp_path):
    """A small drive of its own (a 200 KiB tmpfs), taken away after the test."""
    yield from tmpfs_or_skip(tmp_path / "drive", "200k")


def _place(place: str, folder: Path, name: str) -> Path:
    """Make ``place`` in ``folder``, with a file ``name`` there before; the path typed."""
    if place == "a missing folder":
        return folder / "not-made" / name
    if place == "a folder as the name":
        (folder / name).mkdir()
        (folder / name / "inside.txt").write_bytes(OLD)
        return folder / Path(name).stem  # the type added makes the folder's name
    (folder / name).write_bytes(OLD)
    if place == "a full drive":
        fill_disk(folder)
    else:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    return folder / name


@pytest.mark.parametrize("place", list(ADVICE))
@pytest.mark.parametrize("how", list(TYPES))
def test_the_advice_fits_the_reason(demo_store, make_window, qtbot, monkeypatch, drive, place, how):
    window = make_window()
    window.show()
    save, message = _save(window, qtbot, how)
    name = f"saved{TYPES[how]}"
    typed = _place(place, drive, name)
    before = {path: path.read_bytes() for path in drive.rglob("*") if path.is_file()}

    _answer_save_dialog(monkeypatch, typed)
    # "saved.pdf is already there: replace it?" (the folder named so, in one case): Yes.
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    save()
    qtbot.waitUntil(lambda: message() is not None and message().isVisible())

    text = message().text()
    assert ADVICE[place] in text, text
    assert [advice for advice in ADVICE.values() if advice in text] == [ADVICE[place]]
    assert not any(old in text for old in OLD_ADVICE), text
    assert name in text or "backup" in text
    assert {path: path.read_bytes() for path in drive.rglob("*") if path.is_file()} == before
    assert not (drive / "not-made").exists()
    assert make_window.opened_urls == []  # nothing half made handed to a viewer
    message().close()
