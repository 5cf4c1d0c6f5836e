"""The File and Help menus' helpers of the main window, each made with its module on first use.

None of them is needed to show the window, so none is imported at start-up: each is
made the first time a menu command (or a test) asks for it, and kept; the Help boxes
import their module when opened.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from shiboken6 import isValid

from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.lazy_tabs import LazyTabs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from caregiver_app.views.calendar.calendar_files import CalendarFiles
    from caregiver_app.views.care_team.care_team_tab import CareTeamTab
    from caregiver_app.views.care_team.contact_files import ContactFiles
    from caregiver_app.views.diary.diary_files import DiaryFiles
    from caregiver_app.views.getting_started import GettingStarted
    from caregiver_app.views.medication.medicine_files import MedicineFiles
    from caregiver_app.views.record.auto_backup import AutoBackup
    from caregiver_app.views.record.backup_dialogs import BackupActions


class MenuHelpers:
    """Mixed into the main window: ``contact_files``, ``diary_files``, ``calendar_files``,
    ``medicine_files`` and ``backup_actions``, made when first used."""

    data_dir: Path
    signals: AppSignals
    auto_backup: AutoBackup
    open_url: Callable[[QUrl], object]
    care_team_tab: CareTeamTab
    record_replaced: Callable[[], None]
    open_data_folder: Callable[[], None]
    demo: bool
    tabs: LazyTabs
    actions_by_name: dict[str, QAction]
    getting_started: GettingStarted | None = None

    @cached_property
    def contact_files(self) -> ContactFiles:
        """File > Import/Export contacts and the Who to call sheet."""
        from caregiver_app.views.care_team.contact_files import ContactFiles

        return ContactFiles(
            self,
            self.signals,
            lambda url: self.open_url(url),
            lambda: self.care_team_tab.selected_ids(),
            self.data_dir,
        )

    @cached_property
    def diary_files(self) -> DiaryFiles:
        """File > Import/Export diary (CSV)."""
        from caregiver_app.views.diary.diary_files import DiaryFiles

        return DiaryFiles(self, self.signals, self.data_dir)

    @cached_property
    def calendar_files(self) -> CalendarFiles:
        """File > Import/Export calendar (.ics)."""
        from caregiver_app.views.calendar.calendar_files import CalendarFiles

        return CalendarFiles(self, self.signals, self.data_dir)

    @cached_property
    def medicine_files(self) -> MedicineFiles:
        """File > Print medicine chart and Export medicine log."""
        from caregiver_app.views.medication.medicine_files import MedicineFiles

        return MedicineFiles(self, self.signals, self.data_dir, lambda url: self.open_url(url))

    @cached_property
    def backup_actions(self) -> BackupActions:
        """File > Back up now, Save a backup to, Restore; Help > Check my data."""
        from caregiver_app.views.record.backup_dialogs import BackupActions

        return BackupActions(
            self, self.data_dir, self.signals, self.auto_backup, self.record_replaced
        )

    def where_is_my_data_text(self) -> str:
        """The plain-language answer shown by Help > Where is my data?."""
        from caregiver_app.services.record.info import read_record_info
        from caregiver_app.views.help_boxes import where_is_my_data_text

        return where_is_my_data_text(read_record_info(self.data_dir), self.demo)

    def show_where_is_my_data(self) -> QMessageBox:
        """Help > Where is my data?"""
        from caregiver_app.views.help_boxes import where_is_my_data_box

        return where_is_my_data_box(self, self.where_is_my_data_text(), self.open_data_folder)

    def show_getting_started(self) -> GettingStarted:
        """Help > Getting started; asked for again while open, the same one comes forward."""
        from caregiver_app.views.getting_started import open_getting_started

        shown = self.getting_started
        if shown is None or not isValid(shown) or not shown.isVisible():
            shown = self.getting_started = open_getting_started(
                self, self.signals, self.actions_by_name
            )
        shown.raise_()
        shown.activateWindow()
        return shown

    def go_to_place(self, place: str) -> None:
        """Show a place asked for by name (``AppSignals.place_requested``), the keyboard in it."""
        if place in ("diary_entries", "diary_medicines"):
            diary = self.tabs.show("diary_tab")
            diary.show_section(diary.medicines if place == "diary_medicines" else diary.entries)
        elif place == "learn_questions":
            self.tabs.show("learn_tab").show_questions()
        else:
            self.tabs.go_to(self.tabs.names.index(place))

    def show_about(self) -> QMessageBox:
        """Help > About."""
        from caregiver_app.views.help_boxes import about_box

        return about_box(self)
