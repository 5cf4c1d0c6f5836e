"""Care team tab: who is on the team and how to reach them, in one glance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.contacts.display_labels import (
    phone_kind_label,
    role_explanation_label,
    role_label,
    shown_number,
)
from caregiver_app.services.contacts.roles import role_sort_key
from caregiver_app.services.contacts.search import contact_matches
from caregiver_app.services.diary.vital_routing import ordered_numbers
from caregiver_app.store.contacts import (
    ContactRecord,
    delete_contact,
    get_contact,
    list_contacts,
    save_contact,
)
from caregiver_app.store.home_clock import home_now
from caregiver_app.views.care_team.contact_detail import ContactDetail
from caregiver_app.views.first_paint import after_first_paint
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.confirm import confirm_delete
from caregiver_app.views.widgets.form_parts import command_button, on_delete_key
from caregiver_app.views.widgets.splitters import split
from caregiver_app.views.widgets.tab_page import TabPage, set_bold
from caregiver_app.views.widgets.undo_delete import UndoableDeletes

if TYPE_CHECKING:
    from caregiver_app.views.care_team.contact_dialog import ContactDialog

CONTACT_ID = Qt.ItemDataRole.UserRole


def _text_row(item: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
    """A row of text only, across every column, that cannot be chosen."""
    item.setText(0, text)
    item.setFirstColumnSpanned(True)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class CareTeamTab(TabPage):
    """The family's directory of the care team, "call first" and after-hours at the top."""

    def __init__(
        self, signals: AppSignals, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, undo_stack, parent)
        self.contacts: list[ContactRecord] = []
        # False only until the window's first paint (see format_numbers_after_paint).
        self.format_numbers = True
        # What "now" is for the order of the call-first numbers; tests set a fixed one.
        self.clock: Callable[[], datetime] = home_now
        self.set_texts(
            self.tr("Care team"),
            self.tr(
                "The people on the care team and how to reach them, with the person to "
                "call first for symptoms and every after-hours line at the top."
            ),
            "",
        )
        content = QWidget(self)
        self.emergency = QLabel(
            self.tr("In an emergency, call 911 (or your local emergency number)."), content
        )
        self.emergency.setObjectName("emergencyLine")
        self.emergency.setWordWrap(True)
        set_bold(self.emergency)

        self.search = QLineEdit(content)
        self.search.setPlaceholderText(self.tr("Search by name, role, clinic or phone"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.populate)

        self.add_button = command_button(self, self.tr("&Add a contact..."), self.add_contact)
        self.edit_button = command_button(self, self.tr("Ed&it..."), self.edit_selected)
        self.delete_button = command_button(self, self.tr("Delete"), self.delete_selected)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)

        self.tree = QTreeWidget(content)
        self.tree.setAccessibleName(self.tr("Care team contacts"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Call about")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda item, _column: self.edit_selected())
        on_delete_key(self.tree, self.delete_selected)

        self.detail = ContactDetail(content)
        self.detail.copied.connect(
            lambda text: signals.status_reported.emit(self.tr("Copied {text}").format(text=text))
        )
        self.detail.open_url = lambda url: self.open_url(url)

        self.list_hint = QLabel(content)
        self.list_hint.setObjectName("listHint")
        self.list_hint.setWordWrap(True)
        self.list_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget(content)
        self.list_stack.addWidget(self.tree)
        self.list_stack.addWidget(self.list_hint)

        splitter = split(
            Qt.Orientation.Horizontal, (self.list_stack, self.detail), (3, 2), (600, 400), content
        )

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.emergency)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        self.set_content(content)
        signals.contacts_changed.connect(self.refresh)
        signals.record_changed.connect(self.refresh)

    def format_numbers_after_paint(self, window: QWidget) -> None:
        """At start-up: the numbers as typed in the first paint, then in their usual
        written form as soon as the window is on screen (the library that writes them
        takes longer to load than the rest of the tab)."""
        self.format_numbers = False

        def format_now() -> None:
            self.format_numbers = True
            self.populate()

        after_first_paint(window, format_now)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Coming back to the tab, the call-first numbers are put in the order of the hour."""
        super().showEvent(event)
        if self.contacts:
            self.populate()

    def focus_search(self) -> None:
        """Edit > Search (Ctrl+F): put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------ list

    def refresh(self) -> None:
        """Reload the contacts from the store and redraw, keeping the selection."""
        self.contacts = list_contacts()
        self.populate()
        self.show_content(True)

    def selected_ids(self) -> list[int]:
        """The ids of the selected contacts, each once, in list order."""
        ids: list[int] = []
        for item in self.tree.selectedItems():
            contact_id = item.data(0, CONTACT_ID)
            if contact_id is not None and contact_id not in ids:
                ids.append(contact_id)
        return ids

    def _group(self, title: str, explanation: str = "") -> QTreeWidgetItem:
        """A bold heading row; an offered role gets its one-line explanation under it."""
        item = _text_row(QTreeWidgetItem(self.tree), title)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if explanation:
            line = _text_row(QTreeWidgetItem(item), explanation)
            italic = line.font(0)
            italic.setItalic(True)
            line.setFont(0, italic)
        return item

    def _contact_item(
        self, parent: QTreeWidgetItem, record: ContactRecord, phones: list[tuple[str, str]]
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        name = record.name
        if record.emergency_contact:
            name = self.tr("{name} (emergency contact)").format(name=name)
        item.setText(0, name)
        shown = shown_number if self.format_numbers else str.strip
        item.setText(
            1,
            "\n".join(
                f"{shown(number)}  ({phone_kind_label(kind, short=True)})"
                for kind, number in phones
            ),
        )
        item.setText(2, record.call_about)
        item.setData(0, CONTACT_ID, record.id)
        return item

    def populate(self) -> None:
        """Fill the list from the loaded contacts and the search text."""
        keep = set(self.selected_ids())
        current = self.tree.currentItem()
        current_id = current.data(0, CONTACT_ID) if current else None
        self.tree.clear()
        shown = [record for record in self.contacts if contact_matches(record, self.search.text())]

        first = [record for record in shown if record.call_first]
        if first:
            group = self._group(self.tr("Call first for symptoms"))
            for record in first:
                # Both numbers, the one that answers now (by the contact's office hours) first.
                self._contact_item(group, record, ordered_numbers(record, self.clock()))
        after_hours = [(record, record.after_hours_numbers()) for record in shown]
        after_hours = [(record, numbers) for record, numbers in after_hours if numbers]
        if after_hours:
            group = self._group(self.tr("After-hours and 24-hour lines"))
            for record, numbers in after_hours:
                self._contact_item(group, record, [("after_hours", number) for number in numbers])
        by_role: dict[str, list[ContactRecord]] = {}
        for record in shown:
            by_role.setdefault(record.role.strip().casefold(), []).append(record)
        for role in sorted(by_role, key=role_sort_key):
            as_typed = by_role[role][0].role.strip()
            title = role_label(as_typed) if role else self.tr("No role given")
            group = self._group(title, role_explanation_label(role))
            for record in by_role[role]:
                self._contact_item(group, record, record.phones)
        self.tree.expandAll()

        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                contact_id = child.data(0, CONTACT_ID)
                if contact_id in keep:
                    child.setSelected(True)
                if contact_id == current_id and self.tree.currentItem() is None:
                    self.tree.setCurrentItem(child, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        if not self.contacts:
            self.list_hint.setText(
                self.tr(
                    "No one is listed yet. To start, click Add a contact and copy the names "
                    "and numbers from the clinic's cards and letters, or import a contact "
                    "file (.vcf) with File > Import contacts."
                )
            )
        elif not shown:
            self.list_hint.setText(
                self.tr("No contact matches “{text}”. Clear the search to see everyone.").format(
                    text=self.search.text()
                )
            )
        self.list_stack.setCurrentWidget(self.tree if shown else self.list_hint)
        if self.tree.currentItem() is None:
            self.detail.show_record(None)
        self._update_buttons()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        contact_id = current.data(0, CONTACT_ID) if current else None
        record = next((r for r in self.contacts if r.id == contact_id), None)
        self.detail.show_record(record)

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count == 1)

    def select_contact(self, contact_id: int) -> None:
        """Make ``contact_id`` the current, selected contact (its first place in the list)."""
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child.data(0, CONTACT_ID) == contact_id:
                    self.tree.clearSelection()
                    self.tree.setCurrentItem(child)
                    child.setSelected(True)
                    return

    # ------------------------------------------------------------ changes

    def _saved(self, contact_id: int) -> None:
        self.signals.contacts_changed.emit()
        self.select_contact(contact_id)

    def add_contact(self) -> ContactDialog:
        """Open the form for a new contact."""
        return self._open_dialog(None)

    def edit_selected(self) -> ContactDialog | None:
        """Open the form for the selected contact."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        record = get_contact(ids[0])
        return self._open_dialog(record) if record else None

    def _open_dialog(self, record: ContactRecord | None) -> ContactDialog:
        # loaded when first needed
        from caregiver_app.views.care_team.contact_dialog import ContactDialog

        dialog = ContactDialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the selected contact (Edit > Undo brings it back)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        record = get_contact(ids[0])
        if record is None:
            return None
        self.delete_box = confirm_delete(
            self,
            self.tr("Delete contact"),
            self.tr(
                "Delete {name} from the care team list? You can bring them back with "
                "Edit > Undo until you close Care Companion."
            ).format(name=record.name),
            lambda: self._delete_confirmed(record),
        )
        return self.delete_box

    def _delete_confirmed(self, record: ContactRecord) -> None:
        contacts = UndoableDeletes(
            self, delete_contact, save_contact, self.signals.contacts_changed.emit
        )
        contacts.delete(
            record.id,
            # Edit > Undo reads "Undo Delete <name>".
            lambda deleted: QCoreApplication.translate("CareTeamTab", "Delete {name}").format(
                name=deleted.name
            ),
            self.tr("Deleted {name}. Edit > Undo brings them back.").format(name=record.name),
            lambda error: QMessageBox.warning(
                self,
                self.tr("Delete contact"),
                self.tr("{name} could not be deleted ({reason}). Nothing was changed.").format(
                    name=record.name, reason=error
                ),
            ),
        )
