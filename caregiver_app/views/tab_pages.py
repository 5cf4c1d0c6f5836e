"""The window's five tab pages, in order; each page's module is imported only when it is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from caregiver_app.views.signals import AppSignals

# The tabs in order, by the name of the window's attribute for each. Today comes first:
# it answers "what do I need to do now?".
PAGE_NAMES = ("today_tab", "care_team_tab", "diary_tab", "calendar_tab", "learn_tab")


def tab_labels() -> tuple[str, ...]:
    """The tab names, in the current language (in PAGE_NAMES' order)."""
    translate = QCoreApplication.translate
    return (
        translate("MainWindow", "T&oday"),
        translate("MainWindow", "Care &team"),
        translate("MainWindow", "Symptom &diary"),
        translate("MainWindow", "&Calendar"),
        translate("MainWindow", "&Learn"),
    )


def make_tab_page(
    name: str, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget
) -> QWidget:
    """Make the page ``name``; a tab never shown costs nothing at start-up."""
    if name == "today_tab":
        from caregiver_app.views.today.today_page import TodayPage

        return TodayPage(signals, undo_stack, parent)
    if name == "care_team_tab":
        from caregiver_app.views.care_team.care_team_tab import CareTeamTab

        return CareTeamTab(signals, undo_stack, parent)
    if name == "diary_tab":
        from caregiver_app.views.diary.diary_tab import DiaryTab

        return DiaryTab(signals, undo_stack, parent)
    if name == "calendar_tab":
        from caregiver_app.views.calendar.calendar_tab import CalendarTab

        return CalendarTab(signals, undo_stack, parent)
    from caregiver_app.views.learn.learn_tab import LearnTab

    return LearnTab(signals, undo_stack, parent)
