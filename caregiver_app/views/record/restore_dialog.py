"""Restore from backup...: the backups, what each holds, and the question before restoring."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.plurals import record_contents
from caregiver_app.services.record.backup_folder import list_backups
from caregiver_app.services.record.backup_reading import (
    BackupPasswordError,
    BackupSummary,
    NotABackupError,
    inspect_backup,
    refuse_the_record_itself,
)
from caregiver_app.services.record.open_record import record_password
from caregiver_app.views.look.locale_format import display_locale, format_date
from caregiver_app.views.widgets.file_messages import documents_folder, file_message
from caregiver_app.views.widgets.read_only_table import ReadOnlyTable


def when_text(value: datetime) -> str:
    """A backup's date with its four-digit year, and the time: copies of one day differ by it."""
    time = display_locale().toString(
        QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat
    )
    return f"{format_date(value.date())} {time}"


class RestoreDialog(QDialog):
    """Lists the backups with their date and contents; the chosen one is restored after a yes."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.data_dir = Path(data_dir)
        self.summaries: list[BackupSummary | None] = []
        # Rows of copies made under another password: restored once it is typed.
        self.locked_rows: dict[int, Path] = {}
        self.chosen: BackupSummary | None = None
        self.chosen_password: str | None = None
        self.password = record_password()
        # Replaced in tests; a real user picks the file in the system's dialog.
        self.ask_for_file: Callable[[], str] = self._ask_for_file
        # Replaced in tests; asks for the password of a backup made under another one.
        self.ask_password: Callable[[str], str | None] = self._ask_password

        self.intro = QLabel(
            self.tr(
                "Choose the backup to bring back. Your record as it is now is first kept "
                "as a backup itself, so you can change your mind later."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = ReadOnlyTable(self.tr("Backups"), self)
        self.table.setObjectName("backupTable")
        self.intro.setBuddy(self.table)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setText(
            self.tr(
                "There are no backups in this folder yet. Care Companion makes one when you "
                "close it after a change, and every few hours while it is open; File > Back "
                "up now makes one at once. To restore a copy saved elsewhere (a USB stick), "
                "choose Another file..."
            )
        )
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.other_button = self.buttons.addButton(
            self.tr("&Another file..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.other_button.setAccessibleName(self.tr("Restore a backup file saved elsewhere"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._restore_other_file)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.buttons)
        self.load()
        self.resize(760, 420 if self.table.rowCount() else 200)

    def load(self) -> None:
        """Read every copy in the backups folder (each is checked) and list it."""
        headers = [
            self.tr("Made on"),
            self.tr("Diary entries"),
            self.tr("Contacts"),
            self.tr("Appointments"),
            self.tr("Latest entry"),
        ]
        rows: list[list[str]] = []
        self.summaries = []
        self.locked_rows = {}
        for backup in list_backups(self.data_dir):
            made = when_text(backup.made_at)
            if backup.before_restore:
                made = self.tr("{date} (kept before a restore)").format(date=made)
            try:
                summary = inspect_backup(backup.path, self.password)
            except BackupPasswordError:
                self.locked_rows[len(self.summaries)] = backup.path
                self.summaries.append(None)
                rows.append([made, "", "", "", self.tr("Made under another password")])
                continue
            except NotABackupError:
                self.summaries.append(None)
                rows.append([made, "", "", "", self.tr("Damaged: cannot be used")])
                continue
            self.summaries.append(summary)
            counts = summary.counts
            latest = format_date(counts.latest_entry.date()) if counts.latest_entry else "-"
            rows.append(
                [
                    made,
                    str(counts.diary_entries),
                    str(counts.contacts),
                    str(counts.appointments),
                    latest,
                ]
            )
        self.table.set_rows(headers, rows)
        for row, summary in enumerate(self.summaries):
            if summary is None and row not in self.locked_rows:
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        has_rows = bool(rows)
        self.intro.setVisible(has_rows)
        self.table.setVisible(has_rows)
        self.empty_hint.setVisible(not has_rows)
        first_good = next((i for i, s in enumerate(self.summaries) if s is not None), None)
        if first_good is not None:
            self.table.selectRow(first_good)
            self.table.setFocus()
        self._selection_changed()

    def selected_summary(self) -> BackupSummary | None:
        """The checked backup on the selected row, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.summaries[rows[0].row()]

    def selected_locked_path(self) -> Path | None:
        """The copy on the selected row if it was made under another password."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.locked_rows.get(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(
            self.selected_summary() is not None or self.selected_locked_path() is not None
        )

    def _ask_password(self, file_name: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Password of the backup"),
            self.tr(
                "{file} was made when the record had another password. Type that password "
                "to restore it:"
            ).format(file=file_name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _warn(self, text: str) -> QMessageBox:
        self.message = file_message(self, self.tr("Restore from backup"), text, warning=True)
        return self.message

    def _inspect_with_password(self, path: Path) -> None:
        """A backup under another password: ask for it, check the copy, then confirm."""
        typed = self.ask_password(path.name)
        if typed is None:
            return
        try:
            summary = inspect_backup(path, typed)
        except NotABackupError as error:
            self._warn(str(error))
            return
        self.confirm(summary, typed)

    def _ask_for_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            documents_folder(),
            self.tr("Care Companion backups (*.sqlite);;All files (*)"),
        )
        return path

    def _restore_other_file(self) -> None:
        path = self.ask_for_file()
        if not path:
            return
        try:
            refuse_the_record_itself(self.data_dir, Path(path))
            summary = inspect_backup(Path(path), self.password)
        except BackupPasswordError:
            self._inspect_with_password(Path(path))
            return
        except NotABackupError as error:
            self._warn(str(error))
            return
        self.confirm(summary, self.password)

    def _restore_selected(self) -> None:
        summary = self.selected_summary()
        if summary is not None:
            self.confirm(summary, self.password)
            return
        locked = self.selected_locked_path()
        if locked is not None:
            self._inspect_with_password(locked)

    def confirm(self, summary: BackupSummary, password: str | None = None) -> QMessageBox:
        """Ask before replacing the record; a yes accepts the dialog with ``chosen`` set."""
        counts = summary.counts
        latest = format_date(counts.latest_entry.date()) if counts.latest_entry else self.tr("none")
        box = QMessageBox(self)
        box.setObjectName("confirmRestoreBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore this backup?"))
        box.setText(
            self.tr(
                "Replace your care record with the backup of {date}?\n\n"
                "It holds {entries} (the latest from {latest}), {contacts} and "
                "{appointments}. Anything saved after it was made will no longer show, but "
                "your record as it is now is kept as a backup first, so you can restore that "
                "later."
            ).format(
                **record_contents(counts.diary_entries, counts.contacts, counts.appointments),
                date=when_text(summary.made_at),
                latest=latest,
            )
        )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Keep my record as it is"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.confirm_box = box
        self.confirm_yes = yes

        def finished() -> None:
            if box.clickedButton() is yes:
                self.chosen = summary
                self.chosen_password = password
                self.accept()

        box.finished.connect(lambda _result: finished())
        box.open()
        return box
