"""At start: a quick check of the record, and what to do if it is damaged."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app import APP_NAME
from caregiver_app.plurals import record_contents
from caregiver_app.services.record.backup_reading import BackupSummary, newest_good_backup
from caregiver_app.services.record.backups import restore_backup
from caregiver_app.services.record.integrity import (
    CheckResult,
    check_record_file,
    move_damaged_aside,
)
from caregiver_app.services.record.open_record import RECORD_FAILURES
from caregiver_app.store.file_errors import reason_of
from caregiver_app.store.opening import open_store
from caregiver_app.views.look.locale_format import format_date

log = logging.getLogger(__name__)


class RecoveryPrompt:
    """The message shown when the record is damaged: what happened, and two ways on."""

    def __init__(
        self,
        result: CheckResult,
        moved: list[Path],
        backup: BackupSummary | None,
        parent: QWidget | None = None,
    ) -> None:
        # Imported here: only a damaged record needs it, not every start.
        from caregiver_app.views.record.restore_dialog import when_text

        self.backup = backup
        box = QMessageBox(parent)
        box.setObjectName("damagedRecordBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(
            QCoreApplication.translate("RecoveryPrompt", "Your care record is damaged")
        )
        text = [
            QCoreApplication.translate(
                "RecoveryPrompt",
                "Care Companion found damage in your care record, so it has not opened it. "
                "This can happen after a power cut, a full disk or a failing drive.",
            ),
            QCoreApplication.translate(
                "RecoveryPrompt", "Nothing was deleted. The damaged file is kept, renamed, as:"
            ),
            str(moved[0]) if moved else str(result.path),
        ]
        if backup is not None:
            counts = backup.counts
            latest = format_date(counts.latest_entry.date()) if counts.latest_entry else "-"
            text.append(
                QCoreApplication.translate(
                    "RecoveryPrompt",
                    "Your newest good backup is from {date}. It holds {entries} "
                    "(the latest from {latest}), {contacts} and {appointments}. "
                    "Restoring it brings back everything saved up to then.",
                ).format(
                    **record_contents(counts.diary_entries, counts.contacts, counts.appointments),
                    date=when_text(backup.made_at),
                    latest=latest,
                )
            )
        else:
            text.append(
                QCoreApplication.translate(
                    "RecoveryPrompt",
                    "There is no backup that passes the check. You can start with an empty "
                    "record, or quit and restore a copy saved elsewhere later with "
                    "File > Restore from backup...",
                )
            )
        box.setText("\n\n".join(text))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setDetailedText(
            QCoreApplication.translate("RecoveryPrompt", "What SQLite's check reported:")
            + "\n"
            + "\n".join(result.problems)
        )
        self.restore_button = None
        if backup is not None:
            self.restore_button = box.addButton(
                QCoreApplication.translate("RecoveryPrompt", "Restore the backup of {date}").format(
                    date=format_date(backup.made_at.date())
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.empty_button = box.addButton(
            QCoreApplication.translate("RecoveryPrompt", "Start with an empty record"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.quit_button = box.addButton(
            QCoreApplication.translate("RecoveryPrompt", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.restore_button or self.quit_button)
        box.setEscapeButton(self.quit_button)
        self.box = box

    def ask(self) -> str:
        """Show the message and wait: ``"restore"``, ``"empty"`` or ``"quit"``."""
        self.box.exec()
        clicked = self.box.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return "restore"
        if clicked is self.empty_button:
            return "empty"
        return "quit"


def _tell(text: str, parent: QWidget | None) -> None:
    QMessageBox.warning(parent, APP_NAME, text)


def ensure_record_is_sound(
    data_dir: Path,
    parent: QWidget | None = None,
    checked: Callable[[], CheckResult] | None = None,
    password: str | None = None,
) -> bool:
    """Quick-check the record before it is opened; on damage, move it aside and ask what next.

    ``checked`` gives the result of a check already started (``start_quick_check``).
    ``password`` opens an encrypted record and its backups; a record started
    afresh or restored after damage is encrypted with it too.
    Returns False when the app should not go on (the user chose Quit, or the
    damaged file could not be moved). Nothing is ever deleted or written over.
    """
    result = (
        checked()
        if checked is not None
        else check_record_file(data_dir, full=False, password=password)
    )
    if result.ok:
        return True
    log.warning("Care record failed quick_check: %s", "; ".join(result.problems))
    try:
        moved = move_damaged_aside(data_dir)
    except OSError as error:
        _tell(
            QCoreApplication.translate(
                "RecoveryPrompt",
                "Your care record {file} is damaged, and it could not be moved aside "
                "({reason}). Nothing was changed. Check that you may write to its folder, "
                "then open Care Companion again.",
            ).format(file=result.path, reason=reason_of(error)),
            parent,
        )
        return False
    backup = newest_good_backup(data_dir, password)
    prompt = RecoveryPrompt(result, moved, backup, parent)
    choice = prompt.ask()
    if choice == "quit":
        return False
    if choice == "restore" and backup is not None:
        try:
            database = open_store(data_dir, password)
            try:
                database = restore_backup(
                    database, data_dir, backup.path, keep_current=False, source_password=password
                ).database
            finally:
                database.close()
        except RECORD_FAILURES as error:
            _tell(
                QCoreApplication.translate(
                    "RecoveryPrompt",
                    "The backup could not be restored ({reason}). The damaged record is "
                    "still kept as {file}. Care Companion will start with an empty record; "
                    "try File > Restore from backup... again.",
                ).format(reason=error, file=moved[0] if moved else result.path),
                parent,
            )
    return True
