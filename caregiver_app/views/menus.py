"""The window's menus, declared as data: each command's text, description and keys.

The texts keep the translation context "MainWindow", where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from caregiver_app.views.main_window import MainWindow


@dataclass(frozen=True)
class ActionSpec:
    """One menu command: what it says, what it does, and its keys."""

    name: str
    text: str
    description: str
    triggered: Callable[[], object]
    shortcuts: tuple[QKeySequence | str, ...] = ()


def add_actions(window: MainWindow, menu_title: str, specs: list[ActionSpec | None]) -> QMenu:
    """Add one menu of commands to the window's menu bar; ``None`` is a separator."""
    menu = window.menuBar().addMenu(menu_title)
    for spec in specs:
        if spec is None:
            menu.addSeparator()
            continue
        action = QAction(spec.text, window)
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


def build_menus(window: MainWindow) -> None:
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
                window.contact_files.choose_import,
            ),
            ActionSpec(
                "exportContacts",
                QCoreApplication.translate("MainWindow", "&Export all contacts (.vcf)..."),
                QCoreApplication.translate(
                    "MainWindow", "Save the whole care team as a file other address books can read."
                ),
                window.contact_files.choose_export,
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
                QCoreApplication.translate("MainWindow", "Import diary entries (.csv)..."),
                QCoreApplication.translate(
                    "MainWindow", "Add diary entries from a spreadsheet file in the diary's format."
                ),
                window.diary_files.choose_import,
            ),
            ActionSpec(
                "exportDiary",
                QCoreApplication.translate("MainWindow", "Export diary entries (.csv)..."),
                QCoreApplication.translate(
                    "MainWindow", "Save every diary entry as a spreadsheet file."
                ),
                window.diary_files.choose_export,
            ),
            ActionSpec(
                "importCalendar",
                QCoreApplication.translate("MainWindow", "Import calendar (.ics)..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Add appointments from a file saved by Google Calendar, Outlook or Apple.",
                ),
                window.calendar_files.choose_import,
            ),
            ActionSpec(
                "exportCalendar",
                QCoreApplication.translate("MainWindow", "Export calendar (.ics)..."),
                QCoreApplication.translate(
                    "MainWindow", "Save every appointment as a file other calendars can import."
                ),
                window.calendar_files.choose_export,
            ),
            ActionSpec(
                "whoToCallSheet",
                QCoreApplication.translate("MainWindow", "“Who to call” &sheet (PDF)..."),
                QCoreApplication.translate(
                    "MainWindow", "A one-page list of who to call and their numbers, to print."
                ),
                window.contact_files.choose_sheet,
            ),
            None,
            ActionSpec(
                "backUpNow",
                QCoreApplication.translate("MainWindow", "&Back up now"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Make a checked copy of the care record in its backups folder now.",
                ),
                window.backup_actions.back_up_now,
            ),
            ActionSpec(
                "saveBackupTo",
                QCoreApplication.translate("MainWindow", "Save a backup &to..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Save a checked copy of the care record elsewhere, such as a USB stick.",
                ),
                window.backup_actions.choose_save_to,
            ),
            ActionSpec(
                "restoreFromBackup",
                QCoreApplication.translate("MainWindow", "&Restore from backup..."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Bring back an earlier copy; the record as it is now is kept first.",
                ),
                window.backup_actions.choose_restore,
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
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setObjectName("undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setObjectName("redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    window.actions_by_name.update(undo=undo, redo=redo)
    profile_action = QAction(
        QCoreApplication.translate("MainWindow", "Care record &profile..."), window
    )
    profile_action.setObjectName("editProfile")
    profile_action.setStatusTip(
        QCoreApplication.translate("MainWindow", "The person cared for and the caregiver.")
    )
    profile_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    profile_action.triggered.connect(window.edit_profile)
    edit_menu.addAction(profile_action)
    window.actions_by_name["editProfile"] = profile_action
    for name, text, tip, shortcut, run in (
        (
            "newEntry",
            QCoreApplication.translate("MainWindow", "New diary &entry..."),
            QCoreApplication.translate("MainWindow", "Record how the person feels now."),
            "Ctrl+N",
            window.new_entry,
        ),
        (
            "newDose",
            QCoreApplication.translate("MainWindow", "Record a &breakthrough dose..."),
            QCoreApplication.translate(
                "MainWindow", "Record an as-needed dose and the score before it."
            ),
            "Ctrl+Shift+B",
            window.new_dose,
        ),
        (
            "newAppointment",
            QCoreApplication.translate("MainWindow", "New &appointment..."),
            QCoreApplication.translate(
                "MainWindow", "Add a visit, test or treatment to the calendar."
            ),
            "Ctrl+Shift+A",
            window.new_appointment,
        ),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, run=run: run())
        edit_menu.addAction(action)
        window.actions_by_name[name] = action
    new_contact = QAction(QCoreApplication.translate("MainWindow", "&New contact..."), window)
    new_contact.setObjectName("newContact")
    new_contact.setStatusTip(
        QCoreApplication.translate("MainWindow", "Add a person to the care team list.")
    )
    new_contact.setShortcut(QKeySequence("Ctrl+Shift+C"))
    new_contact.triggered.connect(lambda _checked=False: window.new_contact())
    edit_menu.addAction(new_contact)
    window.actions_by_name["newContact"] = new_contact
    search = QAction(QCoreApplication.translate("MainWindow", "&Search..."), window)
    search.setObjectName("search")
    search.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Search the care team, or the articles when the Learn tab is open."
        )
    )
    search.setShortcut(QKeySequence.StandardKey.Find)
    search.triggered.connect(lambda _checked=False: window.focus_search())
    edit_menu.addAction(search)
    window.actions_by_name["search"] = search

    tab_specs: list[ActionSpec | None] = [
        ActionSpec(
            f"showTab{index + 1}",
            window.tabs.tabText(index),
            QCoreApplication.translate("MainWindow", "Go to this tab."),
            lambda index=index: window.tabs.setCurrentIndex(index),
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
                QCoreApplication.translate("MainWindow", "&Larger text"),
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
                    "Check the care record file for damage (SQLite's full integrity check).",
                ),
                window.backup_actions.check_my_data,
            ),
            ActionSpec(
                "about",
                QCoreApplication.translate("MainWindow", "&About Care Companion"),
                QCoreApplication.translate("MainWindow", "Version and a word about privacy."),
                window.show_about,
            ),
        ],
    )
