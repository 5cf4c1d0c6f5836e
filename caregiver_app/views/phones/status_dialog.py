"""File > Phones and calendars... once phones are set up: where things go, Sync now, Stop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.widgets.confirm import ask_first
from caregiver_app.views.widgets.form_dialog import grow_to_fit

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from caregiver_app.services.phones.settings import PhonesSettings


class SyncRunner(Protocol):
    """What the dialog uses of the background sync (views/phones/phones_sync.py)."""

    detail: str
    status_changed: SignalInstance

    def sync_now(self) -> None:
        """Sync now (or right after the one under way)."""

    def stopped(self) -> None:
        """Phones were switched off."""


class StatusDialog(QDialog):
    """What is sent where, the status line, Sync now, Change and Stop (asked first)."""

    change_requested = Signal()

    def __init__(self, parent: QWidget, settings: PhonesSettings, runner: SyncRunner) -> None:
        super().__init__(parent)
        self.setObjectName("phonesStatusDialog")
        self.setWindowTitle(self.tr("Phones and calendars"))
        self.runner = runner
        sends = {
            "title": self.tr("the title and time only"),
            "when-where": self.tr("the title, place and time"),
            "all": self.tr("everything, including notes"),
        }
        where = QLabel(
            self.tr(
                "Appointments go to the calendar “{calendar}” and the care team to the "
                "address book “{book}” on {url}, as {user}."
            ).format(
                calendar=settings.calendar,
                book=settings.address_book,
                url=settings.url,
                user=settings.user,
            ),
            self,
        )
        where.setObjectName("phonesWhere")
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        sent = QLabel(
            self.tr("What leaves this computer: {send}.").format(
                send=sends.get(settings.send, settings.send)
            ),
            self,
        )
        sent.setObjectName("phonesSent")
        sent.setWordWrap(True)
        self.status = QLabel(runner.detail, self)
        self.status.setObjectName("phonesDialogStatus")
        self.status.setWordWrap(True)
        runner.status_changed.connect(self.status.setText)

        # The commands one under the other: side by side, at large text or in a wordier
        # language, they would not fit the screen's width and their words would be cut.
        actions = QVBoxLayout()
        self.sync_button = self._button(actions, self.tr("Sync &now"), "phonesSyncNow")
        self.sync_button.clicked.connect(runner.sync_now)
        self.change_button = self._button(
            actions, self.tr("&Change the server or password..."), "phonesChange"
        )
        self.change_button.clicked.connect(self._change)
        self.stop_button = self._button(
            actions, self.tr("S&top sending to phones..."), "phonesStop"
        )
        self.stop_button.clicked.connect(self.ask_to_stop)
        self.set_aside_button = self._button(
            actions, self.tr("&Versions set aside..."), "phonesSetAside"
        )
        self.set_aside_button.clicked.connect(self.show_set_aside)
        # A greyed button alone does not say when it will work: the line under it does.
        self.set_aside_hint = QLabel(self)
        self.set_aside_hint.setObjectName("phonesSetAsideHint")
        self.set_aside_hint.setWordWrap(True)
        actions.addWidget(self.set_aside_hint)
        self.set_aside_dialog: QDialog | None = None
        self._enable_set_aside()
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(sent)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.question: QMessageBox | None = None
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _button(self, column: QVBoxLayout, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("."))
        return button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Grow to fit the words at large text (up to the screen's edge)."""
        super().showEvent(event)
        grow_to_fit(self)

    def _enable_set_aside(self) -> None:
        from caregiver_app.services.phones.set_aside import any_set_aside
        from caregiver_app.services.record.open_record import RECORD_FAILURES

        try:
            found = any_set_aside()
        except RECORD_FAILURES:
            found = False  # the button waits; the status line already says what is wrong
        self.set_aside_button.setEnabled(found)
        hint = (
            ""
            if found
            else self.tr(
                "Nothing has been set aside yet. When a sync finds an appointment or a contact "
                "changed both here and on a phone, the version that was not kept is set aside "
                "here to read."
            )
        )
        self.set_aside_hint.setText(hint)
        self.set_aside_hint.setVisible(not found)
        self.set_aside_button.setToolTip(hint)
        self.set_aside_button.setAccessibleDescription(hint)

    def show_set_aside(self) -> None:
        """Every version a conflict set aside, newest first, to read."""
        from caregiver_app.views.phones.set_aside_dialog import show_set_aside

        self.set_aside_dialog = show_set_aside(self)

    def _change(self) -> None:
        # This dialog goes; the set-up opens with what is kept, the password to type again.
        self.accept()
        self.change_requested.emit()

    def ask_to_stop(self) -> QMessageBox:
        """Ask before stopping; the server and the phones are left as they are."""
        box, stop = ask_first(
            self,
            self.tr("Stop sending to phones"),
            self.tr(
                "Stop sending appointments and the care team to the phones? The server is "
                "left as it is: what is already there stays on the phones until it is "
                "deleted on the server. This computer forgets the password."
            ),
            self.tr("Stop"),
            self.stop,
        )
        box.setObjectName("phonesStopQuestion")
        stop.setObjectName("phonesStopConfirm")
        self.question = box
        return box

    def stop(self) -> None:
        """Forget the settings and the password; no more syncs."""
        from caregiver_app.services.phones.settings import stop_phones
        from caregiver_app.services.record.open_record import RECORD_FAILURES

        self.runner.stopped()
        try:
            stop_phones()
        except RECORD_FAILURES as error:
            self.status.setText(str(error))
            return
        self.accept()
