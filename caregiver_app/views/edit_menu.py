"""The Edit menu's commands after Undo and Redo: the profile, new records and the trackers.

The texts keep the translation context "MainWindow", where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from caregiver_app.views.action_spec import ActionSpec


class EditWindow(Protocol):
    """The window's commands the Edit menu calls."""

    edit_profile: Callable[[], object]
    new_entry: Callable[[], object]
    new_dose: Callable[[], object]
    open_trackers: Callable[[], object]
    new_appointment: Callable[[], object]
    new_contact: Callable[[], object]
    focus_search: Callable[[], object]


def edit_specs(window: EditWindow) -> list[ActionSpec | None]:
    """The Edit menu's commands, each on one of the window's own."""
    return [
        ActionSpec(
            "editProfile",
            QCoreApplication.translate("MainWindow", "Care record &profile..."),
            QCoreApplication.translate("MainWindow", "The person cared for and the caregiver."),
            window.edit_profile,
            ("Ctrl+Shift+P",),
        ),
        ActionSpec(
            "newEntry",
            QCoreApplication.translate("MainWindow", "New diary &entry..."),
            QCoreApplication.translate("MainWindow", "Record how the person feels now."),
            window.new_entry,
            ("Ctrl+N",),
        ),
        ActionSpec(
            "newDose",
            QCoreApplication.translate("MainWindow", "Record a &breakthrough dose..."),
            QCoreApplication.translate(
                "MainWindow", "Record an as-needed dose and the score before it."
            ),
            window.new_dose,
            ("Ctrl+Shift+B",),
        ),
        # Beside the diary's other commands: where a family looks to mend a tracker's typo.
        ActionSpec(
            "diaryTrackers",
            QCoreApplication.translate("MainWindow", "Diary &trackers..."),
            QCoreApplication.translate(
                "MainWindow",
                "Rename a symptom the family follows besides the nine ESAS-r ones, stop "
                "following it or follow it again.",
            ),
            window.open_trackers,
        ),
        ActionSpec(
            "newAppointment",
            QCoreApplication.translate("MainWindow", "New &appointment..."),
            QCoreApplication.translate(
                "MainWindow", "Add a visit, test or treatment to the calendar."
            ),
            window.new_appointment,
            ("Ctrl+Shift+A",),
        ),
        ActionSpec(
            "newContact",
            QCoreApplication.translate("MainWindow", "&New contact..."),
            QCoreApplication.translate("MainWindow", "Add a person to the care team list."),
            window.new_contact,
            ("Ctrl+Shift+C",),
        ),
        ActionSpec(
            "search",
            QCoreApplication.translate("MainWindow", "&Search..."),
            QCoreApplication.translate(
                "MainWindow",
                "Search the care team, or the articles when the Learn tab is open.",
            ),
            window.focus_search,
            (QKeySequence.StandardKey.Find,),
        ),
    ]
