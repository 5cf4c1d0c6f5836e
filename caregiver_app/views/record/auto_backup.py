"""Automatic backups while the window is open: every few hours and on close, if anything changed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from caregiver_app.services.record.open_record import (
    RECORD_FAILURES,
    back_up_record,
    is_open,
    newest_backup_digest,
    record_digest,
)
from caregiver_app.store.errors import DamagedDatabaseError
from caregiver_app.store.file_errors import reason_of

log = logging.getLogger(__name__)

INTERVAL_MS = 3 * 60 * 60 * 1000  # "at most every few hours"


class AutoBackup(QObject):
    """Makes a backup on a timer and on close, only when the record differs from the last copy.

    "Changed" is decided by comparing a digest of every row of the record with
    the digest of the newest copy in ``backups/`` (see
    ``store.sqlite_files.content_fingerprint``). Counting saves instead would miss
    a change made by the command line, a session that crashed before its backup
    on close, or a restore; the digest sees all of them, and costs milliseconds.
    """

    backup_made = Signal(Path)
    backup_failed = Signal(str)  # the sentence for the status bar

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._last_digest: str | None = None
        self._compared_with_folder = False
        self.timer = QTimer(self)
        self.timer.setObjectName("autoBackupTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.backup_if_changed)

    def start(self) -> None:
        """Begin the periodic backups."""
        self.timer.start()

    def stop(self) -> None:
        """No more periodic backups (the demo record, or the window closing)."""
        self.timer.stop()

    def forget(self) -> None:
        """Compare with the backups folder again next time (after a restore, say)."""
        self._last_digest = None
        self._compared_with_folder = False

    def needs_backup(self) -> bool:
        """True when the open record differs from its newest copy (an empty record never does)."""
        if not is_open():
            return False
        digest, rows = record_digest()
        if not self._compared_with_folder:
            self._last_digest = newest_backup_digest(self.data_dir)
            self._compared_with_folder = True
        if self._last_digest is None:
            return rows > 0  # nothing to protect in a record that holds nothing
        return digest != self._last_digest

    def backup_now(self) -> Path:
        """Make a copy whatever; raises OSError or StoreError for the caller to report."""
        path = back_up_record(self.data_dir)
        self._last_digest = record_digest()[0]
        self._compared_with_folder = True
        self.backup_made.emit(path)
        return path

    def backup_if_changed(self) -> Path | None:
        """The timer's and the close's backup. Never raises: a failure is logged and reported."""
        try:
            if not self.needs_backup():
                return None
            return self.backup_now()
        except DamagedDatabaseError as error:
            log.warning("Automatic backup found the record damaged: %s", error)
            # The texts keep the context "MainWindow", where they were first written.
            self.backup_failed.emit(
                QCoreApplication.translate(
                    "MainWindow",
                    "No automatic backup was made: your care record is damaged. Your earlier "
                    "backups are untouched; use File > Restore from backup... to bring back "
                    "the newest one.",
                )
            )
        except RECORD_FAILURES as error:
            log.warning("Automatic backup failed: %s", error)
            # The system's reason, as Back up now gives it, not the hidden file's name.
            reason = reason_of(error) if isinstance(error, OSError) else str(error)
            self.backup_failed.emit(
                QCoreApplication.translate(
                    "MainWindow",
                    "The automatic backup could not be made ({reason}). Your record itself is "
                    "safe; try File > Back up now.",
                ).format(reason=reason)
            )
        return None
