"""The phones' calendar kept in step in the background, and its line in the status bar.

A sync runs at start (the window calls ``start`` once it is on screen), a few seconds
after an appointment or a contact changed (several changes in a row make one sync), and
every five minutes; never two at once, and always in a worker thread with its own
connection to the record, so a slow server never freezes the window. What came back
is announced to the tabs by the app's signals.

With phones off (no settings kept) nothing here loads the server code or opens a socket.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from caregiver_app.services.record.open_record import RECORD_FAILURES
from caregiver_app.views.phones.phone_notes import PhoneNotes
from caregiver_app.views.phones.status_text import (
    problem_kind,
    status_detail,
    status_line,
    syncing_line,
)
from caregiver_app.views.phones.worker import Job

if TYPE_CHECKING:
    from caregiver_app.services.phones.settings import PhonesSettings
    from caregiver_app.services.phones.sync import PhoneDeletion, PhonesReport, PhonesStatus
    from caregiver_app.views.record.record_watch import RecordWatch
    from caregiver_app.views.signals import AppSignals
    from caregiver_app.views.widgets.banner_stack import BannerStack

AFTER_CHANGE_MS = 5_000
EVERY_MS = 5 * 60_000


def phones_on() -> bool:
    """True once the family has set phones up (the settings are kept)."""
    from caregiver_app.services.phones.settings import stored_settings

    return stored_settings() is not None


def current_status() -> PhonesStatus | None:
    """The status the last sync left (None: phones off), read from the record."""
    if not phones_on():
        return None
    from caregiver_app.services.phones.sync import phones_status

    return phones_status()


def _waiting_deletions() -> tuple[PhoneDeletion, ...]:
    from caregiver_app.services.phones.sync import waiting_deletions

    return waiting_deletions()


def _sync() -> PhonesReport:
    from caregiver_app.services.phones.sync import sync_phones

    return sync_phones()


class PhonesSync(QObject):
    """Runs the sync in the background and shows where it stands in the status bar."""

    status_changed = Signal(str)

    def __init__(self, window: QMainWindow, signals: AppSignals, banners: BannerStack) -> None:
        super().__init__(window)
        self.setObjectName("phonesSync")
        self.window = window
        self.signals = signals
        self.job: Job | None = None
        # The window's watch for others' changes: told of the sync's own writes.
        self.own_writes: RecordWatch | None = None
        self.again = False
        self.on = False
        self.dialog: QDialog | None = None
        self.status: PhonesStatus | None = None
        self.kind = ""
        self.detail = ""
        self.label = QLabel(window)
        self.label.setObjectName("phonesStatus")
        window.statusBar().addPermanentWidget(self.label)
        self.label.hide()
        self.notes = PhoneNotes(window, banners, signals)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.sync_now)
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self.sync_now)
        signals.appointments_changed.connect(self.changed)
        signals.contacts_changed.connect(self.changed)
        signals.record_changed.connect(self._record_changed)
        self.label.installEventFilter(self)  # its line in a new language

    def start(self) -> None:
        """Show the last status and sync now, when phones are set up; else nothing."""
        try:
            self.on = phones_on()
            status = current_status() if self.on else None
            waiting = _waiting_deletions() if self.on else ()
        except RECORD_FAILURES:  # the record is busy or gone (a restore): the next start asks
            return
        self.label.setVisible(self.on)
        if not self.on:
            self.every.stop()
            return
        self.show_status(status)
        self.notes.ask(waiting)  # asked before and not answered yet
        self.every.start()
        self.sync_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """After a change of language, the status line in the new one."""
        if watched is self.label and event.type() == QEvent.Type.LanguageChange and self.on:
            if self.job is not None:
                self._set_line(syncing_line())
            else:
                self._set_line(status_line(self.status, self.kind), status_detail(self.status))
        return False

    def _written_elsewhere(self) -> bool:
        """True while the window shows what another program wrote (views/record/record_watch.py)."""
        return self.own_writes is not None and self.own_writes.announcing

    def _record_changed(self) -> None:
        if not self._written_elsewhere():
            self.start()  # a restored record has its own settings

    def changed(self) -> None:
        """An appointment or a contact changed here: sync a few seconds later."""
        if self.on and not self._written_elsewhere():
            self.soon.start()

    def sync_now(self) -> None:
        """Sync in a worker thread; while one runs, one more follows it."""
        if not self.on:
            return
        if self.job is not None:
            self.again = True
            return
        self.soon.stop()
        self._set_line(syncing_line())
        if self.own_writes is not None:
            self.own_writes.before_own_writes()
        self.job = Job(_sync, self, with_record=True)
        if self.own_writes is not None:
            self.job.wrote.connect(self.own_writes.after_own_writes)  # after _synced
        self.job.succeeded.connect(self._synced)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._done)
        self.job.start()

    def _synced(self, report: PhonesReport) -> None:
        if not self.on:  # switched off while it ran: nothing more to show or ask
            return
        self.show_status(report.status)
        if report.received:
            # Emitted here, not heard as a change made here: no sync back and forth.
            self.signals.appointments_changed.disconnect(self.changed)
            self.signals.contacts_changed.disconnect(self.changed)
            try:
                self.signals.appointments_changed.emit()
                self.signals.contacts_changed.emit()
            finally:
                self.signals.appointments_changed.connect(self.changed)
                self.signals.contacts_changed.connect(self.changed)
        self.notes.show_report(report)

    def _failed(self, error: Exception) -> None:
        try:
            status = current_status() if self.on else None
        except RECORD_FAILURES:
            status = None
        if status is not None and status.problem:
            self.show_status(status)
        else:
            self._set_line(str(error))

    def _done(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            if not job.answered:  # a fault of the program, not the server: say so, retry later
                self._set_line(
                    self.tr("The calendar sync stopped unexpectedly; it is tried again soon.")
                )
            job.deleteLater()
        if self.again and self.on:
            self.again = False
            self.sync_now()

    def show_status(self, status: PhonesStatus | None) -> None:
        """The status line, e.g. "Calendar synced as of 10:02"; its whole sentence, with
        what to do, as the tooltip (and in the dialog)."""
        self.status = status
        try:
            kind = problem_kind() if status is not None and status.problem else ""
        except RECORD_FAILURES:
            kind = ""
        self.kind = kind
        self._set_line(status_line(status, kind), status_detail(status))

    def _set_line(self, line: str, detail: str = "") -> None:
        self.label.setText(line)
        self.label.setToolTip(detail or line)
        self.label.setAccessibleName(line)
        self.detail = detail or line
        self.status_changed.emit(self.detail)

    def open_dialog(self) -> QDialog:
        """File > Phones and calendars...: set up, or (once set up) status, Sync now, Stop."""
        from caregiver_app.services.phones.settings import stored_settings

        settings = stored_settings()
        if settings is None:
            return self._show(self._setup_dialog(None))
        from caregiver_app.views.phones.status_dialog import StatusDialog

        dialog = StatusDialog(self.window, settings, self)
        dialog.change_requested.connect(lambda: self._show(self._setup_dialog(settings)))
        return self._show(dialog)

    def _setup_dialog(self, saved: PhonesSettings | None) -> QDialog:
        from caregiver_app.views.phones.setup_dialog import SetupDialog

        dialog = SetupDialog(self.window, saved)
        dialog.started.connect(self.start)
        return dialog

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def stopped(self) -> None:
        """Phones were switched off: no more syncs, no status line, no questions."""
        self.on = False
        if self.job is not None:
            self.job.wait()  # its last writes land before the settings are forgotten
        self.again = False
        self.soon.stop()
        self.every.stop()
        self.label.hide()
        self.notes.clear()

    def stop(self) -> None:
        """The window closes: no new sync; one under way finishes before the record closes."""
        self.on = False
        self.soon.stop()
        self.every.stop()
        # This sync, and any server test a closed dialog left running, end first.
        for job in self.window.findChildren(Job):
            job.wait()
