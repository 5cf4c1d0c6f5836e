"""File > Password protection... and File > Lock now, for the window.

The texts keep the translation context "MainWindow", where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import file_message

if TYPE_CHECKING:
    from caregiver_app.views.record.auto_backup import AutoBackup
    from caregiver_app.views.record.idle_lock import IdleLock
    from caregiver_app.views.record.password_dialogs import PasswordDialog


class LockingWindow(Protocol):
    """What these commands use of the window: its record, its lock and where it shows news."""

    data_dir: Path
    settings: QSettings
    signals: AppSignals
    idle_lock: IdleLock
    auto_backup: AutoBackup
    password_dialog: PasswordDialog | None
    message: QMessageBox | None

    def window(self) -> QWidget:
        """The window itself, as the parent of its dialogs."""
        ...


def open_password_dialog(window: LockingWindow) -> PasswordDialog:
    """File > Password protection...: window-modal."""
    # Imported here: the password dialogs are not needed at start-up.
    from caregiver_app.views.record.password_dialogs import PasswordDialog

    dialog = PasswordDialog(window.data_dir, window.settings, window.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _password_changed(window, dialog.done_text))
    dialog.finished.connect(lambda _result: window.idle_lock.restart())  # a new lock time
    window.password_dialog = dialog
    dialog.open()
    return dialog


def _password_changed(window: LockingWindow, text: str) -> None:
    window.auto_backup.forget()  # the backups were rewritten under the new password
    window.idle_lock.restart()
    window.signals.status_reported.emit(text)
    window.message = file_message(
        window.window(), QCoreApplication.translate("MainWindow", "Password protection"), text
    )


def lock_now(window: LockingWindow) -> QMessageBox | None:
    """File > Lock now; without a password there is nothing to lock, and it says so."""
    if window.idle_lock.lock_now():
        return None
    if window.idle_lock.locked:
        return None
    window.message = file_message(
        window.window(),
        QCoreApplication.translate("MainWindow", "Lock now"),
        QCoreApplication.translate(
            "MainWindow",
            "The window can lock only when the care record has a password. Set one "
            "with File > Password protection...",
        ),
    )
    return window.message
