"""The family folder kept in step while the window is open, and the status bar's line about it.

A sync runs at start, every minute, a moment after the folder changes (another computer's
sync tool brought files), and on File > Sync now; always in a worker thread, so a slow
share never holds the window. Changes that came in reach every tab through the app-level
signals; changes made on two computers show a note above the tabs.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar, QWidget

from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.home_clock import home_now
from caregiver_app.views.sharing.conflict_banner import ConflictBanner
from caregiver_app.views.sharing.origin_lookup import sharing_on
from caregiver_app.views.sharing.sharing_words import ShareWindow, ShareWindowCounts, status_line
from caregiver_app.views.sharing.sync_worker import SyncWorker
from caregiver_app.views.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from caregiver_app.services.sharing.reports import ShareStatus, SyncReport
    from caregiver_app.views.record.record_watch import RecordWatch
    from caregiver_app.views.signals import AppSignals
    from caregiver_app.views.widgets.banner_stack import BannerStack

EVERY_MINUTE_MS = 60_000
# Sync tools write a change as several files in a burst: wait for the burst to end.
SETTLE_MS = 1_500
# The folder events of this computer's own sync arrive just after it: they bring nothing.
OWN_ECHO_SECONDS = 2.0


def _sync_if_sharing() -> tuple[ShareStatus | None, SyncReport | None, list[str], str]:
    """In the worker: the sharing's status; a sync when the folder is there and may be
    written; the folders to watch for changes; and the sentence of a sync refused (a full
    disk), the record sharing still."""
    from caregiver_app.services.sharing.session import SharingError, sharing_status, sync_now

    status = sharing_status()
    if status is None:
        return None, None, [], ""
    if not status.folder_available or status.read_only_reason:
        return status, None, [], ""  # the status line says why; nothing can be sent now
    try:
        report = sync_now()
    except SharingError as error:
        if error.report is not None:  # nothing could be sent, but the others' changes came
            return error.report.status, error.report, watched_folders(status.folder), str(error)
        return status, None, [], str(error)  # still sharing: Sync now, and again each minute
    return report.status, report, watched_folders(report.status.folder), ""


def watched_folders(folder: Path) -> list[str]:
    """The family folder, its changes/ folder and each computer's folder in it."""
    changes = Path(folder) / "changes"
    paths = [folder, changes]
    if changes.is_dir():
        paths += sorted(path for path in changes.iterdir() if path.is_dir())
    return [str(path) for path in paths if path.is_dir()]


class SharingWindow(Protocol):
    """What the driver uses of the main window."""

    actions_by_name: dict[str, QAction]
    banner_stack: BannerStack
    signals: AppSignals

    def statusBar(self) -> QStatusBar:  # noqa: N802 - Qt's name, on the QMainWindow
        """The window's status bar."""
        ...

    def window(self) -> QWidget:
        """The window itself."""
        ...


class SharingDriver(QObject):
    """Keeps the open record in step with the family folder while the window is open."""

    # The SyncReport; None when no sync ran (the record does not share, or its folder is
    # missing or from a newer app: ``status`` says which).
    synced = Signal(object)
    sync_failed = Signal(str)  # the sentence said in the status bar

    def __init__(self, window: SharingWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.signals = window.signals
        self.status: ShareStatus | None = None
        self.problem = ""  # the last sync's failure, in a sentence ("" when it went well)
        self._asked_by_user = False
        self._echo_until = 0.0
        self._again = False  # Sync now was asked for while a sync was under way
        self.dialog: QWidget | None = None  # File > Share with family..., while open
        self.label = ElidedLabel(window.window())  # a long sentence ends in "…" at large text
        self.label.setObjectName("sharingStatus")
        self.label.setAccessibleName(ShareWindow.tr("Sharing status"))
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.banner = ConflictBanner(window.banner_stack)
        window.banner_stack.column.addWidget(self.banner)
        self.worker = SyncWorker(self)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        # The window's watch for others' changes: told of the sync's own writes.
        self.own_writes: RecordWatch | None = None
        self.worker.wrote.connect(self._wrote)
        self.timer = QTimer(self)
        self.timer.setObjectName("sharingTimer")
        self.timer.setInterval(EVERY_MINUTE_MS)
        self.timer.timeout.connect(self.sync)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.sync)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        # The first sync is the window's to start (``sync``), once it is on screen.

    # ------------------------------------------------------------ running

    @property
    def sharing(self) -> bool:
        """True when the record is known to share through a family folder."""
        return self.status is not None

    def sync(self) -> bool:
        """Start a sync in the worker; False when one is under way or the record does not share.

        Whether it shares is one quick look at the record, so a record that does not share
        starts no thread and loads none of sharing's code.
        """
        if self.status is None and not self.problem:
            try:
                if not sharing_on():
                    return False
            except RecordAccessError:  # the record is closed for a moment (a restore)
                return False
        if self.worker.busy:
            return False
        if self.own_writes is not None:
            self.own_writes.before_own_writes()
        started = self.worker.run(_sync_if_sharing)
        if not started and self.own_writes is not None:
            self.own_writes.after_own_writes(False)  # nothing ran: nothing of its own
        return started

    def _wrote(self, others_wrote: bool) -> None:
        # After _finished or _failed, so what the sync brought is announced first.
        if self.own_writes is not None:
            self.own_writes.after_own_writes(others_wrote)

    def sync_now(self) -> bool:
        """File > Sync now: as ``sync`` (again after the one under way), and say in the
        status bar what came in."""
        if self.worker.busy:
            self._again = True
            return False
        started = self.sync()
        self._asked_by_user = self._asked_by_user or started
        return started

    def stop(self) -> None:
        """The window is closing: no more syncs; a sync under way finishes first."""
        self.timer.stop()
        self.settle.stop()
        self.worker.wait()

    def _folder_changed(self, _path: str) -> None:
        if self.worker.busy or time.monotonic() < self._echo_until:
            return  # this computer's own writes; another computer's are read next minute
        self.settle.start()

    # ------------------------------------------------------------ results

    def _finished(
        self, result: tuple[ShareStatus | None, SyncReport | None, list[str], str]
    ) -> None:
        status, report, folders, problem = result
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.sync_now)
        self._echo_until = time.monotonic() + OWN_ECHO_SECONDS
        self.problem = problem
        if problem:
            self._asked_by_user = False  # the problem is said, not "In step"
        if status is None:
            self.stopped()
        elif report is None:  # the folder is gone, from a newer app, or refused this sync
            self.status = status
            self._asked_by_user = False
            self._watch([])
            if not self.timer.isActive():
                self.timer.start()
            self.show_status()
            self.update_menu()
        else:
            self.show_report(report, folders)
        if problem:
            self.sync_failed.emit(problem)
        else:
            self.synced.emit(report)

    def show_report(self, report: SyncReport, folders: list[str] | None = None) -> None:
        """Show what a sync (or the dialog's start or join) brought, and keep syncing."""
        self.status = report.status
        self._watch(folders if folders is not None else watched_folders(report.status.folder))
        if not self.timer.isActive():
            self.timer.start()
        self.show_status()
        self.update_menu()
        if report.received:
            self.signals.announce_everything()
        if self._asked_by_user:
            self._asked_by_user = False
            self.signals.status_reported.emit(
                ShareWindowCounts.tr("In step: %n changes came in.", None, report.received)
                if report.received
                else ShareWindow.tr("In step: nothing new came in.")
            )
        self.banner.show_unseen()

    def _failed(self, error: Exception) -> None:
        self._echo_until = time.monotonic() + OWN_ECHO_SECONDS
        self._asked_by_user = False
        from caregiver_app.services.sharing.session import SharingError

        if isinstance(error, SharingError):
            self.problem = str(error)
        else:
            self.problem = ShareWindow.tr(
                "The family folder could not be read this time ({reason}); it is tried again "
                "every minute, and your changes are kept here."
            ).format(reason=error)
        self.show_status()
        self.sync_failed.emit(self.problem)

    def stopped(self) -> None:
        """The record no longer shares: no status line, no timer, no watched folder."""
        self.status = None
        self.problem = ""
        self.timer.stop()
        self.settle.stop()
        self._watch([])
        self.label.hide()
        self.update_menu()

    def show_status(self) -> None:
        """The permanent line at the right of the status bar."""
        if self.status is None and not self.problem:
            self.label.hide()
            return
        text = self.problem or status_line(self.status, home_now())
        self.label.setText(text)
        self.label.show()

    def retranslate(self) -> None:
        """After the menus are built (again, in a new language): Sync now, the line, the note."""
        self.label.setAccessibleName(ShareWindow.tr("Sharing status"))
        self.update_menu()
        self.show_status()
        self.banner.retranslate()

    def update_menu(self) -> None:
        """File > Sync now is there only while the record shares."""
        action = self.window.actions_by_name.get("syncNow")
        if action is not None:
            action.setVisible(self.sharing)

    def _watch(self, folders: list[str]) -> None:
        old = set(self.watcher.directories())
        new = set(folders)
        if old - new:
            self.watcher.removePaths(sorted(old - new))
        if new - old:
            self.watcher.addPaths(sorted(new - old))
