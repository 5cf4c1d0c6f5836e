"""The main window: profile line, four tabs, menus, and remembered window state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_NAME, __version__
from caregiver_app.plurals import record_contents
from caregiver_app.store.database import database_path
from caregiver_app.store.queries import load_profile, record_counts
from caregiver_app.views.calendar.calendar_files import CalendarFiles
from caregiver_app.views.calendar.reminder_notifier import ReminderNotifier
from caregiver_app.views.care_team.contact_files import ContactFiles
from caregiver_app.views.diary.diary_files import DiaryFiles
from caregiver_app.views.look.locale_format import format_datetime
from caregiver_app.views.look.text_size import TextScale
from caregiver_app.views.look.view_options import ViewOptions
from caregiver_app.views.record.auto_backup import AutoBackup
from caregiver_app.views.record.backup_dialogs import BackupActions
from caregiver_app.views.record.idle_lock import IdleLock
from caregiver_app.views.record.profile_strip import ProfileStrip
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import file_message

if TYPE_CHECKING:
    from caregiver_app.views.calendar.calendar_tab import CalendarTab
    from caregiver_app.views.care_team.care_team_tab import CareTeamTab
    from caregiver_app.views.diary.diary_tab import DiaryTab
    from caregiver_app.views.learn.learn_tab import LearnTab
    from caregiver_app.views.record.password_dialogs import PasswordDialog
    from caregiver_app.views.record.profile_dialog import ProfileDialog
    from caregiver_app.views.visit_summary.summary_dialog import SummaryDialog

DEFAULT_SIZE = (1180, 760)
# The tabs in order, by the name of the window's attribute for each.
PAGE_NAMES = ("care_team_tab", "diary_tab", "calendar_tab", "learn_tab")


@dataclass(frozen=True)
class ActionSpec:
    """One menu command: what it says, what it does, and its keys."""

    name: str
    text: str
    description: str
    triggered: Callable[[], object]
    shortcuts: tuple[QKeySequence | str, ...] = ()


class MainWindow(QMainWindow):
    """Care Companion's window.

    With ``lazy_pages`` (as ``run_gui`` opens it), only the tab on screen reads the
    record at start; each other tab, and each diary section, reads it the first time it
    is shown. Without (tests, tools), every page is loaded at once.
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
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        # With lazy_pages a tab is a blank page until first shown (or used): see _page().
        self.lazy_pages = lazy_pages
        self._built: dict[str, QWidget] = {}
        for name, label in zip(PAGE_NAMES, self.tab_labels(), strict=True):
            self.tabs.addTab(QWidget() if lazy_pages else self._make_page(name), label)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.profile_strip)
        # Appointment reminders: a banner above the tabs, seen whichever tab is open.
        self.reminders = ReminderNotifier(self, settings)
        self.reminders.show_requested.connect(self._show_calendar_day)
        self.signals.contact_requested.connect(self._show_contact)
        layout.addWidget(self.reminders.widget)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.contact_files = ContactFiles(
            self,
            self.signals,
            lambda url: self.open_url(url),
            lambda: self.care_team_tab.selected_ids(),
            self.data_dir,
        )
        # Backups every few hours and on close, only when something changed; not of the demo.
        self.auto_backup = AutoBackup(self.data_dir, self)
        self.auto_backup.backup_failed.connect(self._auto_backup_failed)
        if not demo:
            self.auto_backup.start()
        self.backup_actions = BackupActions(
            self, self.data_dir, self.signals, self.auto_backup, self.record_replaced
        )
        self.diary_files = DiaryFiles(self, self.signals, self.data_dir)
        self.calendar_files = CalendarFiles(self, self.signals, self.data_dir)
        self.actions_by_name: dict[str, QAction] = {}
        self.view_options = ViewOptions(settings, self)
        self._build_menus()
        self.signals.status_reported.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._selection_changed()
        self._show_demo_notice()
        self.signals.profile_saved.connect(self.refresh_profile)
        self.refresh_profile()
        if lazy_pages:
            self.restore_state()  # first, so the tab on screen is known
            self._page(PAGE_NAMES[self.tabs.currentIndex()])
        else:
            for page in self.pages():
                page.refresh()
            self.restore_state()
        self.tabs.currentChanged.connect(self._page_shown)
        self.reminders.start()  # what is due today and tomorrow, then a check every minute
        # With a password set, the window locks itself after the chosen time without use.
        self.idle_lock = IdleLock(self, settings)
        self.idle_lock.locked_changed.connect(self._lock_changed)

    # ------------------------------------------------------------ structure

    def pages(self):
        """The tab pages in order (with lazy_pages, those built so far)."""
        return [self._built[name] for name in PAGE_NAMES if name in self._built]

    @property
    def care_team_tab(self) -> CareTeamTab:
        """The Care team tab."""
        return self._page("care_team_tab")

    @property
    def diary_tab(self) -> DiaryTab:
        """The Symptom diary tab."""
        return self._page("diary_tab")

    @property
    def calendar_tab(self) -> CalendarTab:
        """The Calendar tab."""
        return self._page("calendar_tab")

    @property
    def learn_tab(self) -> LearnTab:
        """The Learn tab."""
        return self._page("learn_tab")

    def _make_page(self, name: str) -> QWidget:
        """Build one tab; its module is imported here, so a tab never shown costs nothing."""
        if name == "care_team_tab":
            from caregiver_app.views.care_team.care_team_tab import CareTeamTab

            page = CareTeamTab(self.signals, self.undo_stack, self)
            page.tree.itemSelectionChanged.connect(self._selection_changed)
        elif name == "diary_tab":
            from caregiver_app.views.diary.diary_tab import DiaryTab

            page = DiaryTab(self.signals, self.undo_stack, self)
            page.lazy_sections = self.lazy_pages
        elif name == "calendar_tab":
            from caregiver_app.views.calendar.calendar_tab import CalendarTab

            page = CalendarTab(self.signals, self.undo_stack, self)
        else:
            from caregiver_app.views.learn.learn_tab import LearnTab

            page = LearnTab(self.signals, self.undo_stack, self)
        if name != "diary_tab":  # the tabs that open links and files
            page.open_url = lambda url: self.open_url(url)
        self._built[name] = page
        return page

    def _page(self, name: str) -> QWidget:
        """The tab ``name``; with lazy_pages, built, loaded and put in place on first use."""
        page = self._built.get(name)
        if page is None:
            index = PAGE_NAMES.index(name)
            page = self._make_page(name)
            current, label = self.tabs.currentIndex(), self.tabs.tabText(index)
            blank = self.tabs.widget(index)
            blocked = self.tabs.blockSignals(True)  # the tab on screen does not change
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, label)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            blank.deleteLater()
            page.refresh()
        return page

    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(PAGE_NAMES):
            self._page(PAGE_NAMES[index])

    def _add_actions(self, menu_title: str, specs: list[ActionSpec | None]) -> QMenu:
        menu = self.menuBar().addMenu(menu_title)
        for spec in specs:
            if spec is None:
                menu.addSeparator()
                continue
            action = QAction(spec.text, self)
            action.setObjectName(spec.name)
            action.setStatusTip(spec.description)
            action.setToolTip(spec.description)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
            # triggered() passes a "checked" flag; the commands take no arguments.
            action.triggered.connect(lambda _checked=False, run=spec.triggered: run())
            menu.addAction(action)
            self.actions_by_name[spec.name] = action
        return menu

    def _build_menus(self) -> None:
        self._add_actions(
            self.tr("&File"),
            [
                ActionSpec(
                    "visitSummary",
                    self.tr("&Visit summary..."),
                    self.tr(
                        "The printed summary to hand to the care team: symptoms, doses, "
                        "medicines, notes, visits and questions."
                    ),
                    self.open_visit_summary,
                    ("Ctrl+P",),
                ),
                ActionSpec(
                    "importContacts",
                    self.tr("&Import contacts (.vcf)..."),
                    self.tr("Add contacts from a file saved by Outlook, Apple or Google Contacts."),
                    self.contact_files.choose_import,
                ),
                ActionSpec(
                    "exportContacts",
                    self.tr("&Export all contacts (.vcf)..."),
                    self.tr("Save the whole care team as a file other address books can read."),
                    self.contact_files.choose_export,
                ),
                ActionSpec(
                    "exportSelectedContacts",
                    self.tr("Export &selected contacts (.vcf)..."),
                    self.tr("Save only the contacts selected in the Care team tab."),
                    lambda: self.contact_files.choose_export(selected_only=True),
                ),
                ActionSpec(
                    "importDiary",
                    self.tr("Import diary entries (.csv)..."),
                    self.tr("Add diary entries from a spreadsheet file in the diary's format."),
                    self.diary_files.choose_import,
                ),
                ActionSpec(
                    "exportDiary",
                    self.tr("Export diary entries (.csv)..."),
                    self.tr("Save every diary entry as a spreadsheet file."),
                    self.diary_files.choose_export,
                ),
                ActionSpec(
                    "importCalendar",
                    self.tr("Import calendar (.ics)..."),
                    self.tr(
                        "Add appointments from a file saved by Google Calendar, Outlook or Apple."
                    ),
                    self.calendar_files.choose_import,
                ),
                ActionSpec(
                    "exportCalendar",
                    self.tr("Export calendar (.ics)..."),
                    self.tr("Save every appointment as a file other calendars can import."),
                    self.calendar_files.choose_export,
                ),
                ActionSpec(
                    "whoToCallSheet",
                    self.tr("“Who to call” &sheet (PDF)..."),
                    self.tr("A one-page list of who to call and their numbers, to print."),
                    self.contact_files.choose_sheet,
                ),
                None,
                ActionSpec(
                    "backUpNow",
                    self.tr("&Back up now"),
                    self.tr("Make a checked copy of the care record in its backups folder now."),
                    self.backup_actions.back_up_now,
                ),
                ActionSpec(
                    "saveBackupTo",
                    self.tr("Save a backup &to..."),
                    self.tr(
                        "Save a checked copy of the care record elsewhere, such as a USB stick."
                    ),
                    self.backup_actions.choose_save_to,
                ),
                ActionSpec(
                    "restoreFromBackup",
                    self.tr("&Restore from backup..."),
                    self.tr("Bring back an earlier copy; the record as it is now is kept first."),
                    self.backup_actions.choose_restore,
                ),
                None,
                ActionSpec(
                    "passwordProtection",
                    self.tr("Pass&word protection..."),
                    self.tr(
                        "Set, change or remove the password that encrypts the care record, "
                        "and choose when the window locks itself."
                    ),
                    self.open_password_dialog,
                ),
                ActionSpec(
                    "lockNow",
                    self.tr("&Lock now"),
                    self.tr("Cover the window until the password is typed again."),
                    self.lock_now,
                    ("Ctrl+L",),
                ),
                None,
                ActionSpec(
                    "openDataFolder",
                    self.tr("&Open data folder"),
                    self.tr("Show the folder that holds the care record in the file manager."),
                    self.open_data_folder,
                ),
                None,
                ActionSpec(
                    "quit",
                    self.tr("&Quit"),
                    self.tr("Close Care Companion. Everything is already saved."),
                    self.close,
                    ("Ctrl+Q",),
                ),
            ],
        )
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.actions_by_name.update(undo=undo, redo=redo)
        profile_action = QAction(self.tr("Care record &profile..."), self)
        profile_action.setObjectName("editProfile")
        profile_action.setStatusTip(self.tr("The person cared for and the caregiver."))
        profile_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        profile_action.triggered.connect(self.edit_profile)
        edit_menu.addAction(profile_action)
        self.actions_by_name["editProfile"] = profile_action
        for name, text, tip, shortcut, run in (
            (
                "newEntry",
                self.tr("New diary &entry..."),
                self.tr("Record how the person feels now."),
                "Ctrl+N",
                self._new_entry,
            ),
            (
                "newDose",
                self.tr("Record a &breakthrough dose..."),
                self.tr("Record an as-needed dose and the score before it."),
                "Ctrl+Shift+B",
                self._new_dose,
            ),
            (
                "newAppointment",
                self.tr("New &appointment..."),
                self.tr("Add a visit, test or treatment to the calendar."),
                "Ctrl+Shift+A",
                self._new_appointment,
            ),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setStatusTip(tip)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, run=run: run())
            edit_menu.addAction(action)
            self.actions_by_name[name] = action
        new_contact = QAction(self.tr("&New contact..."), self)
        new_contact.setObjectName("newContact")
        new_contact.setStatusTip(self.tr("Add a person to the care team list."))
        new_contact.setShortcut(QKeySequence("Ctrl+Shift+C"))
        new_contact.triggered.connect(lambda _checked=False: self._new_contact())
        edit_menu.addAction(new_contact)
        self.actions_by_name["newContact"] = new_contact
        search = QAction(self.tr("&Search..."), self)
        search.setObjectName("search")
        search.setStatusTip(
            self.tr("Search the care team, or the articles when the Learn tab is open.")
        )
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(lambda _checked=False: self.focus_search())
        edit_menu.addAction(search)
        self.actions_by_name["search"] = search

        tab_specs: list[ActionSpec | None] = [
            ActionSpec(
                f"showTab{index + 1}",
                self.tabs.tabText(index),
                self.tr("Go to this tab."),
                lambda index=index: self.tabs.setCurrentIndex(index),
                (f"Ctrl+{index + 1}",),
            )
            for index in range(self.tabs.count())
        ]
        view_menu = self._add_actions(
            self.tr("&View"),
            [
                ActionSpec(
                    "textLarger",
                    self.tr("&Larger text"),
                    self.tr("Make all text larger, up to twice the usual size."),
                    self.text_larger,
                    (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
                ),
                ActionSpec(
                    "textSmaller",
                    self.tr("&Smaller text"),
                    self.tr("Make all text smaller, down to the usual size."),
                    self.text_smaller,
                    (QKeySequence.StandardKey.ZoomOut,),
                ),
                ActionSpec(
                    "textReset",
                    self.tr("&Reset text size"),
                    self.tr("Go back to the usual text size."),
                    self.text_reset,
                    ("Ctrl+0",),
                ),
                None,
                *tab_specs,
            ],
        )
        self.view_options.add_to(view_menu)
        self._add_actions(
            self.tr("&Help"),
            [
                ActionSpec(
                    "whereIsMyData",
                    self.tr("&Where is my data?"),
                    self.tr("Where the care record is kept on this computer, and what it holds."),
                    self.show_where_is_my_data,
                ),
                ActionSpec(
                    "checkMyData",
                    self.tr("&Check my data"),
                    self.tr(
                        "Check the care record file for damage (SQLite's full integrity check)."
                    ),
                    self.backup_actions.check_my_data,
                ),
                ActionSpec(
                    "about",
                    self.tr("&About Care Companion"),
                    self.tr("Version and a word about privacy."),
                    self.show_about,
                ),
            ],
        )

    # ------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # Installing a translator sends LanguageChange (once per translator): rebuild
        # the text once, after the last of them.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "actions_by_name"):
            if not self._retranslate_pending:
                self._retranslate_pending = True
                QTimer.singleShot(0, self.retranslate)

    _retranslate_pending = False

    def _show_demo_notice(self) -> None:
        if self.demo:
            self.statusBar().showMessage(
                self.tr(
                    "This is a fictional demo record in a throwaway folder. Your own record "
                    "is not touched, and changes here are discarded when you close the app."
                )
            )

    def tab_labels(self) -> tuple[str, ...]:
        """The four tab names, in the current language."""
        return (
            self.tr("Care &team"),
            self.tr("Symptom &diary"),
            self.tr("&Calendar"),
            self.tr("&Learn"),
        )

    def retranslate(self) -> None:
        """Show everything in the language now installed, without restarting.

        Menus and tabs are built again (tabs read their text when they are made);
        what the record holds is read again from the store, so nothing is lost.
        """
        self._retranslate_pending = False
        current = self.tabs.currentIndex()
        title = APP_NAME if not self.demo else self.tr("{app} - demo record").format(app=APP_NAME)
        self.setWindowTitle(title)
        blocked = self.tabs.blockSignals(True)
        for name in list(self._built):
            index = PAGE_NAMES.index(name)
            old = self._built.pop(name)
            page = self._make_page(name)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, "")
            old.deleteLater()
            page.refresh()
        for index, label in enumerate(self.tab_labels()):
            self.tabs.setTabText(index, label)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))
        self.menuBar().clear()
        self.actions_by_name.clear()
        self._build_menus()
        self._selection_changed()
        self.refresh_profile()
        self.reminders.retranslate()
        self._show_demo_notice()

    # ------------------------------------------------------------ contacts

    def _new_entry(self) -> None:
        self.tabs.setCurrentWidget(self.diary_tab)
        self.diary_tab.new_entry()

    def _new_dose(self) -> None:
        self.tabs.setCurrentWidget(self.diary_tab)
        self.diary_tab.doses.record_dose()

    def focus_search(self) -> None:
        """Edit > Search: the Learn tab's search when it is open, else the care team's."""
        if self.tabs.currentIndex() == PAGE_NAMES.index("learn_tab"):
            self.learn_tab.focus_search()
            return
        self.tabs.setCurrentIndex(PAGE_NAMES.index("care_team_tab"))
        self.care_team_tab.focus_search()

    def _new_contact(self) -> None:
        self.tabs.setCurrentWidget(self.care_team_tab)
        self.care_team_tab.add_contact()

    def _new_appointment(self) -> None:
        self.tabs.setCurrentWidget(self.calendar_tab)
        self.calendar_tab.new_appointment()

    def _show_calendar_day(self, day) -> None:
        self.tabs.setCurrentWidget(self.calendar_tab)
        if day is not None:
            self.calendar_tab.go_to(day)

    def _show_contact(self, contact_id: int) -> None:
        self.tabs.setCurrentWidget(self.care_team_tab)
        self.care_team_tab.select_contact(contact_id)

    def _selection_changed(self) -> None:
        action = self.actions_by_name["exportSelectedContacts"]
        tab = self._built.get("care_team_tab")  # nothing is selected in a tab not built yet
        action.setEnabled(bool(tab is not None and tab.selected_ids()))

    # ------------------------------------------------------------ profile

    def refresh_profile(self) -> None:
        """Show the saved profile in the line under the menu bar."""
        self.profile_strip.show_profile(load_profile())

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
        return self.edit_profile(first_run=True)

    # ------------------------------------------------------------ text size

    def _text_size_changed(self, percent: int) -> None:
        self.settings.setValue("view/textPercent", percent)
        self.statusBar().showMessage(self.tr("Text size {percent}%").format(percent=percent), 3000)
        self.signals.text_scale_changed.emit(percent)

    def text_larger(self) -> None:
        """View > Larger text."""
        self._text_size_changed(self.text_scale.larger())

    def text_smaller(self) -> None:
        """View > Smaller text."""
        self._text_size_changed(self.text_scale.smaller())

    def text_reset(self) -> None:
        """View > Reset text size."""
        self._text_size_changed(self.text_scale.reset())

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

    def where_is_my_data_text(self) -> str:
        """The plain-language answer shown by Help > Where is my data?."""
        counts = record_counts()
        latest = (
            format_datetime(counts.latest_entry) if counts.latest_entry else self.tr("none yet")
        )
        lines = [
            self.tr("Your care record is kept only on this computer, in this file:"),
            str(database_path(self.data_dir)),
            "",
            self.tr("It holds {contacts}, {entries} (latest: {latest}) and {appointments}.").format(
                **record_contents(counts.diary_entries, counts.contacts, counts.appointments),
                latest=latest,
            ),
            "",
            self.tr(
                "Nothing is sent over the internet. The folder can be read only by "
                "your user account on this computer."
            ),
            "",
            self.tr(
                "The record and its backups are encrypted with your password "
                "(File > Password protection...)."
            )
            if self.idle_lock.password()
            else self.tr(
                "The record has no password: anyone who can use your account can read "
                "it. File > Password protection... sets one."
            ),
        ]
        if self.demo:
            lines += ["", self.tr("This is the demo record; it is deleted when you close the app.")]
        return "\n".join(lines)

    def show_where_is_my_data(self) -> QMessageBox:
        """Help > Where is my data?"""
        box = QMessageBox(self)
        box.setObjectName("whereIsMyDataBox")
        box.setWindowTitle(self.tr("Where is my data?"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.where_is_my_data_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(self.open_data_folder)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        """Help > About."""
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Care Companion"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<h3>Care Companion {version}</h3>"
                "<p>A private record for families caring for someone in palliative care: "
                "the care team, a symptom diary, appointments and reading.</p>"
                "<p>Everything stays on this computer. Care Companion records and reports; "
                "it does not give medical advice. In an emergency, call 911 or your local "
                "emergency number.</p>"
            ).format(version=__version__)
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ------------------------------------------------------------ state

    def restore_state(self) -> None:
        """Size, position and last tab, as the user left them."""
        geometry = self.settings.value("window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
            screen = QApplication.primaryScreen()
            if screen is not None:
                frame = self.frameGeometry()
                frame.moveCenter(screen.availableGeometry().center())
                self.move(frame.topLeft())
        index = self.settings.value("window/tab", 0, type=int)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_state(self) -> None:
        """Remember size, position and tab for next time."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_state()
        self.idle_lock.timer.stop()
        self.reminders.stop()
        self.auto_backup.stop()
        if not self.demo:
            self.auto_backup.backup_if_changed()  # never raises; a failure is logged
        super().closeEvent(event)

    # ------------------------------------------------------------ password and lock

    def open_password_dialog(self) -> PasswordDialog:
        """File > Password protection...: window-modal."""
        from caregiver_app.views.record.password_dialogs import PasswordDialog

        dialog = PasswordDialog(self.data_dir, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._password_changed(dialog.done_text))
        dialog.finished.connect(lambda _result: self.idle_lock.restart())  # a new lock time
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _password_changed(self, text: str) -> None:
        self.auto_backup.forget()  # the backups were rewritten under the new password
        self.idle_lock.restart()
        self.signals.status_reported.emit(text)
        self.message = file_message(self, self.tr("Password protection"), text)

    def lock_now(self) -> QMessageBox | None:
        """File > Lock now; without a password there is nothing to lock, and it says so."""
        if self.idle_lock.lock_now():
            return None
        if self.idle_lock.locked:
            return None
        self.message = file_message(
            self,
            self.tr("Lock now"),
            self.tr(
                "The window can lock only when the care record has a password. Set one "
                "with File > Password protection..."
            ),
        )
        return self.message

    def _lock_changed(self, locked: bool) -> None:
        # Reminders wait while locked: their text would show the record on the screen.
        if locked:
            self.reminders.stop()
        else:
            self.reminders.check()
            self.reminders.timer.start()

    # ------------------------------------------------------------ backups

    def record_replaced(self) -> None:
        """After a restore: every tab and the profile line show the restored record."""
        self.undo_stack.clear()  # an undo from before would act on the other record
        self.signals.profile_saved.emit()
        self.signals.contacts_changed.emit()
        self.signals.record_changed.emit()
        for page in self.pages():
            page.refresh()

    def _auto_backup_failed(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr(
                "The automatic backup could not be made ({reason}). Your record itself is "
                "safe; try File > Back up now."
            ).format(reason=reason),
            0,
        )
