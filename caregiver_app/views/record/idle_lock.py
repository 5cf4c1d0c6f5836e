"""With a password set, the window locks itself after the time without use the family
chose (File > Password protection...), or at once with File > Lock now.

Locking covers every open window of the app (the main window and any dialog, whose
typed text stays as it was underneath) and asks for the password in a dialog that
blocks the rest of the app. Reminders wait until the window is unlocked, so nothing
from the record shows on the screen meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from caregiver_app import APP_NAME
from caregiver_app.services.record.open_record import check_record_password, record_password

if TYPE_CHECKING:
    from caregiver_app.views.record.unlock_dialog import UnlockDialog

# What counts as someone using the app.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockCover(QWidget):
    """An opaque panel over one window while the app is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAccessibleName(
            QApplication.translate("IdleLock", "{app} is locked").format(app=APP_NAME)
        )
        label = QLabel(
            QApplication.translate(
                "IdleLock", "{app} is locked. Type the password to go on."
            ).format(app=APP_NAME),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the window's size, and stay above what it adds."""
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        elif event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self, self.raise_)  # stay above whatever the window adds
        return False


class IdleLock(QObject):
    """Locks the app after ``minutes`` without input, when the record has a password."""

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.locked = False
        self.covers: list[LockCover] = []
        self.dialog: UnlockDialog | None = None
        # Replaced in tests; ends the app when the family chooses Quit on the lock.
        self.quit_app: Callable[[], object] = QApplication.closeAllWindows
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._watching = False
        self.restart()

    @staticmethod
    def password() -> str | None:
        """The password the open record was unlocked with (None: no password, no lock)."""
        return record_password()

    def minutes(self) -> int:
        """The chosen time without use before locking; 0 for never."""
        from caregiver_app.views.record.unlock_dialog import lock_minutes

        return lock_minutes(self.settings)

    def restart(self) -> None:
        """Count the time without use from now (or stop counting: no password, or never)."""
        # Without a password (most records) the lock's own module is not even loaded.
        counting = bool(self.password() and (minutes := self.minutes()) and not self.locked)
        if counting:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()
        # Every event of the app passes through the filter: only while it is needed.
        if counting != self._watching:
            if counting:
                QApplication.instance().installEventFilter(self)
            else:
                QApplication.instance().removeEventFilter(self)
            self._watching = counting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Count the time without use again from any key, click or wheel."""
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # same interval, counted again from now
        return False

    def lock(self, by_hand: bool = False) -> bool:
        """Cover every window and ask for the password; False if there is nothing to lock."""
        from caregiver_app.views.record.unlock_dialog import UnlockDialog

        if self.locked or not self.password():
            return False
        self.locked = True
        self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if (
                widget.isVisible()
                and not isinstance(widget, (LockCover, UnlockDialog))
                and widget.isWindow()
                and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            ):
                self.covers.append(LockCover(widget))
        minutes = self.minutes()
        message = (
            self.tr(
                "Care Companion locked itself after %n minutes without use, to keep "
                "the record private. Type the password to go on; nothing you were typing "
                "is lost.",
                None,
                minutes,
            )
            if minutes and not by_hand
            else QApplication.translate(
                "IdleLock",
                "Care Companion is locked. Type the password to go on; nothing you were "
                "typing is lost.",
            )
        )
        dialog = UnlockDialog(
            check_record_password,
            self.window,
            message,
            QApplication.translate("IdleLock", "&Quit Care Companion"),
            escape_quits=False,
        )
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self.unlock)
        dialog.rejected.connect(self._quit_from_lock)
        self.dialog = dialog
        self.locked_changed.emit(True)
        dialog.show()  # application-modal: nothing else in the app takes input
        return True

    def lock_now(self) -> bool:
        """File > Lock now."""
        return self.lock(by_hand=True)

    def unlock(self) -> None:
        """Take the covers away and start counting again."""
        for cover in self.covers:
            cover.parentWidget().removeEventFilter(cover)
            cover.deleteLater()
        self.covers = []
        self.locked = False
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.locked_changed.emit(False)
        self.restart()

    def _quit_from_lock(self) -> None:
        # The windows close under their covers; the main window backs up as it closes.
        if self.locked:
            self.dialog = None
            self.quit_app()
