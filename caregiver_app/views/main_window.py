"""The main window: profile line, five tabs, menus, and remembered window state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from caregiver_app import APP_NAME
from caregiver_app.services.home_zone_text import home_zone_line, home_zone_status
from caregiver_app.store.queries import load_profile
from caregiver_app.views.background_parts import BackgroundParts
from caregiver_app.views.first_paint import after_first_paint
from caregiver_app.views.look.text_size import TextScale
from caregiver_app.views.look.view_options import ViewOptions
from caregiver_app.views.menu_helpers import MenuHelpers
from caregiver_app.views.menus import build_menus
from caregiver_app.views.record.profile_strip import ProfileStrip
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.tab_pages import PAGE_NAMES, make_tab_page, tab_labels
from caregiver_app.views.widgets.banner_stack import BannerStack
from caregiver_app.views.widgets.lazy_tabs import LazyTabs
from caregiver_app.views.window_geometry import restore_geometry, save_geometry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from caregiver_app.views.calendar.calendar_tab import CalendarTab
    from caregiver_app.views.care_team.care_team_tab import CareTeamTab
    from caregiver_app.views.diary.diary_tab import DiaryTab
    from caregiver_app.views.learn.learn_tab import LearnTab
    from caregiver_app.views.record.password_dialogs import PasswordDialog
    from caregiver_app.views.record.profile_dialog import ProfileDialog
    from caregiver_app.views.today.today_page import TodayPage
    from caregiver_app.views.visit_summary.summary_dialog import SummaryDialog


class MainWindow(MenuHelpers, BackgroundParts, QMainWindow):
    """Care Companion's window.

    With ``lazy_pages`` (as ``run_gui`` opens it), only the tab on screen reads the
    record at start; each other tab, and each diary section, reads it the first time it
    is shown, and the reminders, syncs, backups and lock are made once the window is on
    screen (``BackgroundParts``). Without (tests, tools), everything is made at once.
    """

    def __init__(
        self,
        data_dir: Path,
        settings: QSettings,
        text_scale: TextScale,
        demo: bool = False,
        lazy_pages: bool = False,
    ) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.text_scale = text_scale
        self.demo = demo
        self.signals = AppSignals(self)
        self.undo_stack = QUndoStack(self)
        # Replaced in tests, so nothing is really opened.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        title = APP_NAME if not demo else self.tr("{app} - demo record").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.setObjectName("mainWindow")

        self.profile_strip = ProfileStrip(self)
        self.profile_strip.edit_button.clicked.connect(self.edit_profile)
        # With lazy_pages a tab is a blank page until first shown (or used).
        self.lazy_pages = lazy_pages
        self.tabs = LazyTabs(PAGE_NAMES, self._make_page, lazy_pages, self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.add_pages(tab_labels())
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.profile_strip)
        show = self.tabs.show  # a contact or an article asked for from another tab
        self.signals.contact_requested.connect(lambda i: show("care_team_tab").select_contact(i))
        self.signals.article_requested.connect(lambda i: show("learn_tab").show_article(i))
        self.signals.today_requested.connect(lambda: show("today_tab"))
        self.signals.place_requested.connect(self.go_to_place)
        # The reminders' banners (BackgroundParts) take at most a third of the window; more
        # scroll (large text).
        self.banner_stack = BannerStack(central)
        layout.addWidget(self.banner_stack)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar()  # in the first paint: the phones' and the sharing's lines go in it
        self.zone_status = QLabel(self.statusBar(), objectName="homeZoneStatus")
        self.statusBar().addPermanentWidget(self.zone_status)

        self.actions_by_name: dict[str, QAction] = {}
        self.view_options = ViewOptions(settings, self)
        build_menus(self)
        self.signals.status_reported.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._selection_changed()
        self._show_demo_notice()
        self.signals.profile_saved.connect(self.refresh_profile)
        self.signals.records_imported.connect(self.undo_stack.clear)
        self.signals.undo_step_failed.connect(self._undo_step_failed)
        self.undo_failed_box: QMessageBox | None = None
        self.refresh_profile()
        if lazy_pages:
            self.restore_state()  # first, so the tab on screen is known
            self.tabs.page(PAGE_NAMES[self.tabs.currentIndex()])
        else:
            for page in self.pages():
                page.refresh()
            self.restore_state()
        self.tabs.follow_current()
        # The reminders, syncs, backups and lock: as caregiver-app opens the window, once
        # it is on screen (or first by a command that needs one); else now.
        if lazy_pages:
            after_first_paint(self, self.start_parts)
        else:
            self.start_parts(building=True)

    # ------------------------------------------------------------ structure

    def pages(self):
        """The tab pages in order (with lazy_pages, those built so far)."""
        return self.tabs.built_pages()

    @property
    def today_tab(self) -> TodayPage:
        """The Today tab."""
        return self.tabs.page("today_tab")

    @property
    def care_team_tab(self) -> CareTeamTab:
        """The Care team tab."""
        return self.tabs.page("care_team_tab")

    @property
    def diary_tab(self) -> DiaryTab:
        """The Symptom diary tab."""
        return self.tabs.page("diary_tab")

    @property
    def calendar_tab(self) -> CalendarTab:
        """The Calendar tab."""
        return self.tabs.page("calendar_tab")

    @property
    def learn_tab(self) -> LearnTab:
        """The Learn tab."""
        return self.tabs.page("learn_tab")

    def _make_page(self, name: str) -> QWidget:
        """Make one tab's page and connect it to the window."""
        page = make_tab_page(name, self.signals, self.undo_stack, self)
        if name == "care_team_tab":
            page.tree.itemSelectionChanged.connect(self._selection_changed)
            if self.lazy_pages and not self.isVisible():  # the first tab of a start
                page.format_numbers_after_paint(self)
        if name == "today_tab" and self.lazy_pages and not self.isVisible():
            page.numbers_after_paint(self)  # the first tab of a start: phone library later
        if name == "diary_tab":
            page.lazy_sections = self.lazy_pages
        else:  # the tabs that open links and files
            page.open_url = lambda url: self.open_url(url)
        return page

    # ------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Rebuild the window's text once after a change of language."""
        super().changeEvent(event)
        # Installing a translator sends LanguageChange (once per translator): rebuild
        # the text once, after the last of them.
        if (
            event.type() == QEvent.Type.LanguageChange
            and hasattr(self, "actions_by_name")
            and not self._retranslate_pending
        ):
            self._retranslate_pending = True
            QTimer.singleShot(0, self, self.retranslate)  # dropped if the window is deleted

    _retranslate_pending = False

    def _show_demo_notice(self) -> None:
        if self.demo:
            self.statusBar().showMessage(
                self.tr(
                    "This is a fictional demo record in a throwaway folder. Your own record "
                    "is not touched, and changes here are discarded when you close the app."
                )
            )

    def retranslate(self) -> None:
        """Show everything in the language now installed, without restarting.

        Menus and tabs are built again (tabs read their text when they are made);
        what the record holds is read again from the store, so nothing is lost.
        """
        self._retranslate_pending = False
        title = APP_NAME if not self.demo else self.tr("{app} - demo record").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.tabs.rebuild(tab_labels())
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))
        self.menuBar().clear()
        self.actions_by_name.clear()
        build_menus(self)
        self.retranslate_parts()
        self._selection_changed()
        self.refresh_profile()
        self._show_demo_notice()

    # ------------------------------------------------------------ contacts

    def new_entry(self) -> None:
        """Edit > New diary entry: on the Diary tab."""
        self.tabs.setCurrentWidget(self.diary_tab)
        self.diary_tab.new_entry()

    def new_dose(self) -> None:
        """Edit > Record a breakthrough dose: on the Diary tab."""
        self.tabs.setCurrentWidget(self.diary_tab)
        self.diary_tab.doses.record_dose()

    def open_trackers(self) -> None:
        """Edit > Diary trackers: on the Diary tab."""
        self.tabs.setCurrentWidget(self.diary_tab)
        self.diary_tab.open_trackers()

    def focus_search(self) -> None:
        """Edit > Search: the Learn tab's search when it is open, else the care team's."""
        if self.tabs.currentIndex() == PAGE_NAMES.index("learn_tab"):
            self.learn_tab.focus_search()
            return
        self.tabs.setCurrentIndex(PAGE_NAMES.index("care_team_tab"))
        self.care_team_tab.focus_search()

    def new_contact(self) -> None:
        """Edit > New contact: on the Care team tab."""
        self.tabs.setCurrentWidget(self.care_team_tab)
        self.care_team_tab.add_contact()

    def new_appointment(self) -> None:
        """Edit > New appointment: on the Calendar tab."""
        self.tabs.setCurrentWidget(self.calendar_tab)
        self.calendar_tab.new_appointment()

    def _show_calendar_day(self, day) -> None:
        calendar_tab = self.tabs.show("calendar_tab")
        if day is not None:
            calendar_tab.go_to(day)

    def _selection_changed(self) -> None:
        action = self.actions_by_name["exportSelectedContacts"]
        tab = self.tabs.built_page("care_team_tab")  # nothing is selected in a tab not built yet
        action.setEnabled(bool(tab is not None and tab.selected_ids()))

    # ------------------------------------------------------------ profile

    def refresh_profile(self) -> None:
        """Show the saved profile in the line under the menu bar, and in the status bar
        whether this computer's zone is not the family's home time zone."""
        self.profile_strip.show_profile(load_profile())
        status = home_zone_status()
        self.zone_status.setText(status)  # few words: the bar never widens
        self.zone_status.setToolTip(home_zone_line())
        self.zone_status.setVisible(bool(status))  # nothing to say: no empty stop for a reader

    def edit_profile(self, first_run: bool = False) -> ProfileDialog:
        """Open the profile dialog (window-modal, so the window stays responsive)."""
        # loaded when first needed
        from caregiver_app.views.record.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self, first_run=first_run)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.signals.profile_saved)
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def start_first_run_if_needed(self) -> ProfileDialog | None:
        """On the very first start of an empty record, walk through the profile once."""
        if self.settings.value("firstRun/done", False, type=bool):
            return None
        self.settings.setValue("firstRun/done", True)
        if not load_profile().is_empty():
            return None
        dialog = self.edit_profile(first_run=True)
        # Saved or skipped, the first steps come next, in the guide F1 opens again later.
        dialog.finished.connect(lambda _result: self.show_getting_started())
        return dialog

    # ------------------------------------------------------------ text size

    def _text_size_changed(self, percent: int) -> None:
        self.settings.setValue("view/textPercent", percent)
        self.statusBar().showMessage(self.tr("Text size {percent}%").format(percent=percent), 3000)
        self.signals.text_scale_changed.emit(percent)

    def change_text_size(self, change: Callable[[], int]) -> None:
        """View > Larger, Smaller or Reset text: ``change`` is one of the text scale's steps."""
        self._text_size_changed(change())

    # ------------------------------------------------------------ help and file

    def open_visit_summary(self) -> SummaryDialog:
        """File > Visit summary... (window-modal, so the window stays responsive)."""
        # Imported here: it brings ReportLab and Qt's PDF modules, not needed at start-up.
        from caregiver_app.views.visit_summary.summary_dialog import SummaryDialog

        dialog = SummaryDialog(self, self.data_dir, self.signals, lambda url: self.open_url(url))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog = dialog
        dialog.open()
        return dialog

    def open_data_folder(self) -> None:
        """File > Open data folder."""
        self.open_url(QUrl.fromLocalFile(str(self.data_dir)))

    # ------------------------------------------------------------ state

    def restore_state(self) -> None:
        """Size, position and last tab, as the user left them."""
        restore_geometry(self, self.settings)
        index = self.settings.value("window/tab", 0, type=int)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_state(self) -> None:
        """Remember size, position and tab for next time."""
        save_geometry(self, self.settings)
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the window's state, stop the timers and back up what changed."""
        self.save_state()
        self.stop_parts()
        if not self.demo:
            self.auto_backup.backup_if_changed()  # never raises; a failure is logged
        super().closeEvent(event)

    # ------------------------------------------------------------ password and lock

    def open_password_dialog(self) -> PasswordDialog:
        """File > Password protection...: window-modal."""
        from caregiver_app.views.record.lock_commands import open_password_dialog

        return open_password_dialog(self)

    def lock_now(self) -> QMessageBox | None:
        """File > Lock now; without a password there is nothing to lock, and it says so."""
        from caregiver_app.views.record.lock_commands import lock_now

        return lock_now(self)

    # ------------------------------------------------------------ backups

    def record_replaced(self) -> None:
        """After a restore: every tab and the profile line show the restored record."""
        self.undo_stack.clear()  # an undo from before would act on the other record
        self.signals.profile_saved.emit()
        self.signals.contacts_changed.emit()
        self.signals.record_changed.emit()
        for page in self.pages():
            page.refresh()

    def _undo_step_failed(self, sentence: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.undo_failed_box is not None:
            self.undo_failed_box.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Undo and Redo"),
            sentence,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        # open(), not exec(): no event loop runs inside the undo stack's step, where a sync
        # or a reminder could change the record or the stack under it.
        box.open()
        self.undo_failed_box = box

    def _auto_backup_failed(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 0)
