"""The window's menus, declared as data: each command's text, description and keys.

The texts keep the translation context "MainWindow", where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from caregiver_app.views.action_spec import ActionSpec
from caregiver_app.views.edit_menu import EditWindow, edit_specs
from caregiver_app.views.look.text_size import TextScale
from caregiver_app.views.look.view_options import ViewOptions
from caregiver_app.views.medication.medicine_menu import medicine_file_specs
from caregiver_app.views.phones.phones_menu import phones_specs
from caregiver_app.views.sharing.sharing_menu import sharing_specs
from caregiver_app.views.widgets.lazy_tabs import LazyTabs

if TYPE_CHECKING:
    from caregiver_app.views.calendar.calendar_files import CalendarFiles
    from caregiver_app.views.care_team.contact_files import ContactFiles
    from caregiver_app.views.diary.diary_files import DiaryFiles
    from caregiver_app.views.medication.medicine_files import MedicineFiles
    from caregiver_app.views.phones.phones_sync import PhonesSync
    from caregiver_app.views.record.backup_dialogs import BackupActions
    from caregiver_app.views.sharing.sync_driver import SharingDriver


class MenuWindow(EditWindow, Protocol):
    """What the menus call on the window: its command objects and its commands (those of
    the Edit menu in :class:`EditWindow`)."""

    actions_by_name: dict[str, QAction]
    backup_actions: BackupActions
    calendar_files: CalendarFiles
    contact_files: ContactFiles
    diary_files: DiaryFiles
    medicine_files: MedicineFiles
    phones: PhonesSync
    sharing: SharingDriver
    text_scale: TextScale
    tabs: LazyTabs
    undo_stack: QUndoStack
    view_options: ViewOptions
    # The window's own commands, each a menu item.
    open_visit_summary: Callable[[], object]
    open_password_dialog: Callable[[], object]
    lock_now: Callable[[], object]
    open_data_folder: Callable[[], object]
    close: Callable[[], object]
    change_text_size: Callable[[Callable[[], int]], None]
    show_getting_started: Callable[[], object]
    show_where_is_my_data: Callable[[], object]
    show_about: Callable[[], object]

    def menuBar(self) -> QMenuBar:  # noqa: N802 - Qt's name, on the QMainWindow
        """The window's menu bar."""
        ...

    def window(self) -> QWidget:
        """The window itself, as the owner of its actions."""
        ...


def add_actions(window: MenuWindow, menu: QMenu | str, specs: list[ActionSpec | None]) -> QMenu:
    """Add commands to a menu (a new one on the menu bar, given its title); ``None`` separates."""
    if isinstance(menu, str):
        menu = window.menuBar().addMenu(menu)
    for spec in specs:
        if spec is None:
            menu.addSeparator()
            continue
        action = QAction(spec.text, window.window())
        action.setObjectName(spec.name)
        action.setStatusTip(spec.description)
        action.setToolTip(spec.description)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
        # triggered() passes a "checked" flag; the commands take no arguments.
        action.triggered.connect(lambda _checked=False, run=spec.triggered: run())
        menu.addAction(action)
        window.actions_by_name[spec.name] = action
    return menu


def build_menus(window: MenuWindow) -> None:
    """Build every menu of the window (again, after a change of language)."""
    add_actions(
        window,
        QCoreApplication.translate("MainWindow", "&File"),
        [
            ActionSpec(
                "visitSummary",
                QCoreApplication.translate("MainWindow", "&Visit summary..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "The printed summary to hand to the care team: symptoms, doses, "
                    "medicines, notes, visits and questions.",
                ),
                window.open_visit_summary,
                ("Ctrl+P",),
            ),
            ActionSpec(
                "importContacts",
                QCoreApplication.translate("MainWindow", "&Import contacts (.vcf)..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Add contacts from a file saved by Outlook, Apple or Google Contacts.",
                ),
                lambda: window.contact_files.choose_import(),
            ),
            ActionSpec(
                "exportContacts",
                QCoreApplication.translate("MainWindow", "&Export all contacts (.vcf)..."),
                QCoreApplication.translate(
                    "MainWindow", "Save the whole care team as a file other address books can read."
                ),
                lambda: window.contact_files.choose_export(),
            ),
            ActionSpec(
                "exportSelectedContacts",
                QCoreApplication.translate("MainWindow", "Export &selected contacts (.vcf)..."),
                QCoreApplication.translate(
                    "MainWindow", "Save only the contacts selected in the Care team tab."
                ),
                lambda: window.contact_files.choose_export(selected_only=True),
            ),
            ActionSpec(
                "importDiary",
                QCoreApplication.translate("MainWindow", "Import &diary entries (.csv)..."),
                QCoreApplication.translate(
                    "MainWindow", "Add diary entries from a spreadsheet file in the diary's format."
                ),
                lambda: window.diary_files.choose_import(),
            ),
            ActionSpec(
                "exportDiary",
                QCoreApplication.translate("MainWindow", "Export diary e&ntries (.csv)..."),
                QCoreApplication.translate(
                    "MainWindow", "Save every diary entry as a spreadsheet file."
                ),
                lambda: window.diary_files.choose_export(),
            ),
            ActionSpec(
                "importCalendar",
                QCoreApplication.translate("MainWindow", "Import calend&ar (.ics)..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Add appointments from a file saved by Google Calendar, Outlook or Apple.",
                ),
                lambda: window.calendar_files.choose_import(),
            ),
            ActionSpec(
                "exportCalendar",
                QCoreApplication.translate("MainWindow", "E&xport calendar (.ics)..."),
                QCoreApplication.translate(
                    "MainWindow", "Save every appointment as a file other calendars can import."
                ),
                lambda: window.calendar_files.choose_export(),
            ),
            ActionSpec(
                "whoToCallSheet",
                QCoreApplication.translate("MainWindow", "“Who to call” sheet (&PDF)..."),
                QCoreApplication.translate(
                    "MainWindow", "A one-page list of who to call and their numbers, to print."
                ),
                lambda: window.contact_files.choose_sheet(),
            ),
            *medicine_file_specs(window),
            None,
            *sharing_specs(lambda: window.sharing),
            None,
            *phones_specs(lambda: window.phones),
            None,
            ActionSpec(
                "backUpNow",
                QCoreApplication.translate("MainWindow", "&Back up now"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Make a checked copy of the care record in its backups folder now.",
                ),
                lambda: window.backup_actions.back_up_now(),
            ),
            ActionSpec(
                "saveBackupTo",
                QCoreApplication.translate("MainWindow", "Save a backup &to..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Save a checked copy of the care record elsewhere, such as a USB stick.",
                ),
                lambda: window.backup_actions.choose_save_to(),
            ),
            ActionSpec(
                "restoreFromBackup",
                QCoreApplication.translate("MainWindow", "&Restore from backup..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Bring back an earlier copy; the record as it is now is kept first.",
                ),
                lambda: window.backup_actions.choose_restore(),
            ),
            None,
            ActionSpec(
                "passwordProtection",
                QCoreApplication.translate("MainWindow", "Pass&word protection..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Set, change or remove the password that encrypts the care record, "
                    "and choose when the window locks itself.",
                ),
                window.open_password_dialog,
            ),
            ActionSpec(
                "lockNow",
                QCoreApplication.translate("MainWindow", "&Lock now"),
                QCoreApplication.translate(
                    "MainWindow", "Cover the window until the password is typed again."
                ),
                window.lock_now,
                ("Ctrl+L",),
            ),
            None,
            ActionSpec(
                "openDataFolder",
                QCoreApplication.translate("MainWindow", "&Open data folder"),
                QCoreApplication.translate(
                    "MainWindow", "Show the folder that holds the care record in the file manager."
                ),
                window.open_data_folder,
            ),
            None,
            ActionSpec(
                "quit",
                QCoreApplication.translate("MainWindow", "&Quit"),
                QCoreApplication.translate(
                    "MainWindow", "Close Care Companion. Everything is already saved."
                ),
                window.close,
                ("Ctrl+Q",),
            ),
        ],
    )
    # Shown by the sharing driver once it knows the record shares (window.retranslate).
    window.actions_by_name["syncNow"].setVisible(False)
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.undo_stack.createUndoAction(
        window.window(), QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setObjectName("undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(
        window.window(), QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setObjectName("redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    window.actions_by_name.update(undo=undo, redo=redo)
    add_actions(window, edit_menu, edit_specs(window))

    tab_specs: list[ActionSpec | None] = [
        ActionSpec(
            f"showTab{index + 1}",
            window.tabs.tabText(index),
            QCoreApplication.translate("MainWindow", "Go to this tab."),
            # As the tab's own letter does: the keyboard goes into the page.
            lambda index=index: window.tabs.go_to(index),
            (f"Ctrl+{index + 1}",),
        )
        for index in range(window.tabs.count())
    ]
    view_menu = add_actions(
        window,
        QCoreApplication.translate("MainWindow", "&View"),
        [
            ActionSpec(
                "textLarger",
                QCoreApplication.translate("MainWindow", "Lar&ger text"),
                QCoreApplication.translate(
                    "MainWindow", "Make all text larger, up to twice the usual size."
                ),
                lambda: window.change_text_size(window.text_scale.larger),
                (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
            ),
            ActionSpec(
                "textSmaller",
                QCoreApplication.translate("MainWindow", "&Smaller text"),
                QCoreApplication.translate(
                    "MainWindow", "Make all text smaller, down to the usual size."
                ),
                lambda: window.change_text_size(window.text_scale.smaller),
                (QKeySequence.StandardKey.ZoomOut,),
            ),
            ActionSpec(
                "textReset",
                QCoreApplication.translate("MainWindow", "&Reset text size"),
                QCoreApplication.translate("MainWindow", "Go back to the usual text size."),
                lambda: window.change_text_size(window.text_scale.reset),
                ("Ctrl+0",),
            ),
            None,
            *tab_specs,
        ],
    )
    window.view_options.add_to(view_menu)
    add_actions(
        window,
        QCoreApplication.translate("MainWindow", "&Help"),
        [
            ActionSpec(
                "gettingStarted",
                QCoreApplication.translate("MainWindow", "&Getting started..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "The first steps with a new record, in order, each with a button that "
                    "goes there.",
                ),
                window.show_getting_started,
                ("F1",),
            ),
            ActionSpec(
                "whereIsMyData",
                QCoreApplication.translate("MainWindow", "&Where is my data?"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Where the care record is kept on this computer, and what it holds.",
                ),
                window.show_where_is_my_data,
            ),
            ActionSpec(
                "checkMyData",
                QCoreApplication.translate("MainWindow", "&Check my data"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Check the whole care record file for damage. Nothing in it is changed.",
                ),
                lambda: window.backup_actions.check_my_data(),
            ),
            ActionSpec(
                "about",
                QCoreApplication.translate("MainWindow", "&About Care Companion"),
                QCoreApplication.translate("MainWindow", "Version and a word about privacy."),
                window.show_about,
            ),
        ],
    )
