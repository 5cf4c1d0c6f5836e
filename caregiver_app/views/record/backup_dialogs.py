"""File > Back up now, Save a backup to..., Restore from backup..., and Help > Check my data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from caregiver_app.services.record.backup_folder import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    list_backups,
)
from caregiver_app.services.record.backup_reading import BackupSummary, NotABackupError
from caregiver_app.services.record.open_record import (
    RECORD_FAILURES,
    check_record,
    record_password,
    restore_into_record,
    save_record_backup_to,
)
from caregiver_app.services.record.put_back import RestoreLeftEmptyError, RestoreNotReopenedError
from caregiver_app.store.errors import DamagedDatabaseError
from caregiver_app.store.file_errors import advice_for, reason_of
from caregiver_app.store.home_clock import home_today
from caregiver_app.views.record.auto_backup import AutoBackup
from caregiver_app.views.record.restore_dialog import RestoreDialog, when_text
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import documents_folder, file_message
from caregiver_app.views.widgets.save_path import ask_save_path


class BackupActions(QObject):
    """The window's backup and check commands, and what the user is told about them."""

    def __init__(
        self,
        parent: QWidget,
        data_dir: Path,
        signals: AppSignals,
        auto_backup: AutoBackup,
        after_restore: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.data_dir = Path(data_dir)
        self.signals = signals
        self.auto_backup = auto_backup
        self.after_restore = after_restore
        self.message: QMessageBox | None = None
        self.restore_dialog: RestoreDialog | None = None
        # Replaced in tests; a real user picks the place in the system's dialog.
        self.ask_save_path: Callable[[], str] = self._ask_save_path

    def _tell(self, title: str, text: str, warning: bool = False, details: str = "") -> QMessageBox:
        self.message = file_message(self.window, title, text, warning, details)
        return self.message

    def _failed(self, title: str, error: Exception, chosen: bool = False) -> QMessageBox:
        """``error`` told; ``chosen``: the backup was going to a file the user chose, and the
        advice fits the reason (Back up now writes beside the record, where a full disk is
        the usual cause)."""
        if chosen and isinstance(error, OSError):
            return self._tell(
                title,
                self.tr(
                    "The backup could not be saved ({reason}). {advice} Your record itself is safe."
                ).format(reason=reason_of(error), advice=advice_for(error)),
                warning=True,
            )
        if isinstance(error, DamagedDatabaseError):
            return self._tell(
                title,
                self.tr(
                    "No backup was made: your care record is damaged. Your earlier backups "
                    "are untouched. Use File > Restore from backup... to bring back the "
                    "newest one."
                ),
                warning=True,
                details="\n".join(error.problems),
            )
        if isinstance(error, OSError):
            reason = reason_of(error)
            return self._tell(
                title,
                self.tr(
                    "The backup could not be saved ({reason}). Free some disk space, or "
                    "choose another place, and try again. Your record itself is safe."
                ).format(reason=reason),
                warning=True,
            )
        return self._tell(
            title,
            self.tr("The backup could not be made ({reason}). Your record itself is safe.").format(
                reason=error
            ),
            warning=True,
        )

    # ------------------------------------------------------------ backing up

    def back_up_now(self) -> QMessageBox:
        """File > Back up now."""
        title = self.tr("Back up now")
        try:
            path = self.auto_backup.backup_now()
        except RECORD_FAILURES as error:
            return self._failed(title, error)
        self.signals.status_reported.emit(self.tr("Backed up to {file}.").format(file=path))
        return self._tell(
            title,
            self.tr(
                "Your care record was backed up to:\n{file}\n\nCare Companion keeps the "
                "newest copy of each of the last {daily} days, {weekly} weeks and {monthly} "
                "months in that folder."
            ).format(file=path, daily=KEEP_DAILY, weekly=KEEP_WEEKLY, monthly=KEEP_MONTHLY),
        )

    def _ask_save_path(self) -> str:
        name = f"care-record-backup-{home_today().isoformat()}.sqlite"
        path = ask_save_path(
            self.window,
            self.tr("Save a backup to"),
            Path(documents_folder()) / name,
            self.tr("Care Companion backups (*.sqlite)"),
        )
        return str(path) if path is not None else ""

    def choose_save_to(self) -> QMessageBox | None:
        """File > Save a backup to... (a USB stick, another folder)."""
        path = self.ask_save_path()
        return self.save_to(Path(path)) if path else None

    def save_to(self, path: Path) -> QMessageBox:
        """Write a checked copy of the record to ``path``."""
        title = self.tr("Save a backup to")
        try:
            save_record_backup_to(self.data_dir, path)
        except NotABackupError as error:
            return self._tell(title, str(error), warning=True)
        except RECORD_FAILURES as error:
            return self._failed(title, error, chosen=True)
        self.signals.status_reported.emit(self.tr("Saved a backup to {file}.").format(file=path))
        if record_password():
            safety = self.tr(
                "It is encrypted with the record's password: without the password it "
                "cannot be read, so keep the password safe too."
            )
        else:
            safety = self.tr(
                "Keep it somewhere safe: anyone who has this file can read the record."
            )
        return self._tell(
            title,
            self.tr(
                "A backup of your care record was saved to:\n{file}\n\n{safety} To bring "
                "it back, use File > Restore from backup... > Another file."
            ).format(file=path, safety=safety),
        )

    # ------------------------------------------------------------ restoring

    def choose_restore(self) -> RestoreDialog:
        """File > Restore from backup...: the list of copies, window-modal."""
        dialog = RestoreDialog(self.data_dir, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.restore(dialog.chosen, dialog.chosen_password))
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def restore(
        self, summary: BackupSummary | None, password: str | None = None
    ) -> QMessageBox | None:
        """Restore the confirmed backup, keep the record as it was, and tell the user.

        ``password`` opens an encrypted backup; what it holds goes into the record
        under the record's own password (or none).
        """
        if summary is None:
            return None
        title = self.tr("Restore from backup")
        try:
            result = restore_into_record(self.data_dir, summary.path, source_password=password)
        except (NotABackupError, RestoreNotReopenedError) as error:
            # Its sentence says it all; with no record open, the tabs are not read again.
            return self._tell(title, str(error), warning=True)
        except RestoreLeftEmptyError as error:
            # A new, empty record is open: the tabs show it, and the sentence says so.
            self.auto_backup.forget()
            self.after_restore()
            return self._tell(title, str(error), warning=True)
        except RECORD_FAILURES as error:
            return self._tell(
                title,
                self.tr(
                    "The backup could not be restored ({reason}). Your record was not changed."
                ).format(reason=error),
                warning=True,
            )
        self.auto_backup.forget()
        self.after_restore()
        date = when_text(summary.made_at)
        restored = self.tr("Restored the backup of {date}.").format(date=date)
        self.signals.status_reported.emit(restored)
        if result.kept_as is not None:
            text = self.tr(
                "Restored the backup of {date}. Your record as it was just before is kept "
                "in the backups folder as {file}."
            ).format(date=date, file=result.kept_as.name)
        elif result.moved_aside:
            # Too damaged to be copied: it was renamed beside itself, not kept in backups/.
            text = self.tr(
                "Restored the backup of {date}. Your damaged record was not deleted: it is "
                "kept, renamed, as:\n{file}"
            ).format(date=date, file=result.moved_aside[0])
        else:
            text = restored
        return self._tell(title, text)

    # ------------------------------------------------------------ checking

    def check_my_data(self) -> QMessageBox:
        """Help > Check my data: SQLite's full integrity check, in plain words."""
        title = self.tr("Check my data")
        try:
            result = check_record(self.data_dir, full=True)
        except RECORD_FAILURES as error:
            return self._tell(
                title, self.tr("The check could not run ({reason}).").format(reason=error), True
            )
        if result.ok:
            copies = list_backups(self.data_dir)
            newest = (
                self.tr("The newest backup is from {date}.").format(
                    date=when_text(copies[0].made_at)
                )
                if copies
                else self.tr("There is no backup yet; File > Back up now makes one.")
            )
            return self._tell(
                title,
                self.tr("Your care record passed a full check: no damage was found.")
                + "\n\n"
                + newest,
            )
        box = self._tell(
            title,
            self.tr(
                "The check found damage in your care record ({file}). Do not delete "
                "anything. Restore the newest backup with File > Restore from backup...; "
                "Care Companion keeps the damaged record as a backup before restoring."
            ).format(file=result.path),
            warning=True,
            details="\n".join(result.problems),
        )
        restore = box.addButton(
            self.tr("Restore from backup..."), QMessageBox.ButtonRole.ActionRole
        )
        restore.clicked.connect(self.choose_restore)
        return box
