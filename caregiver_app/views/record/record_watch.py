"""What another program wrote to the record, shown in the open window.

The family may keep the window open while the command line imports a diary or a calendar,
syncs the family folder or the phones, or a second window saves a dose. SQLite's
``data_version`` (``store/record_state.others_version``) changes when another connection
commits, never for the window's own saves: it is read every few seconds while the window
is on screen and when it is activated, and a new value makes every tab, the reminders and
the profile line read the record again (``AppSignals.announce_everything``, as a family
folder's sync that brought changes does).

The window's own worker threads (the family folder's and the phones' syncs) write on
connections of their own, so their commits change it too: each says what it brought
itself, and tells the watch when it is done whether anyone else committed meanwhile
(``before_own_writes``, ``after_own_writes``), so its writes are not announced twice.

Open dialogs do not read the record again: what is typed in them stays. The undo stack
is kept, as after a family folder's sync: its commands put rows back by id, and a
row deleted meanwhile is put back under its id. Nothing is read while the app is locked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from caregiver_app.services.record.open_record import RECORD_FAILURES
from caregiver_app.store.record_state import others_version

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from caregiver_app.views.record.idle_lock import IdleLock
    from caregiver_app.views.signals import AppSignals

# Often enough that a dose given in another window shows before anyone reaches for the
# same dose here; one read of a number SQLite keeps in memory costs microseconds.
CHECK_MS = 2_500


class RecordWatch(QObject):
    """Announces changes other programs committed to the open record."""

    def __init__(self, window: QWidget, signals: AppSignals, idle_lock: IdleLock) -> None:
        super().__init__(window)
        self.window = window
        self.signals = signals
        self.idle_lock = idle_lock
        self.seen: int | None = None  # the version last shown
        # The window's own workers writing now: their commits cannot be told from others'
        # until they are done, so the checks wait for them (a sync takes seconds at most).
        self.own_writers = 0
        # True while this watch announces: the phones' sync does not take another
        # program's write for a change made here (two windows would answer each other's
        # syncs for ever); its own timer brings such changes to the phones.
        self.announcing = False
        self.timer = QTimer(self)
        self.timer.setObjectName("recordWatchTimer")
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        # Whoever announced everything, every page reads the record now: what is
        # committed so far is shown (a restore, a family folder's sync).
        signals.record_changed.connect(self._everything_read)
        window.installEventFilter(self)

    def start(self) -> None:
        """Take the record as the window shows it now, and check every few seconds."""
        self.timer.start()
        if not self.idle_lock.locked:
            self.seen = self._version()

    def stop(self) -> None:
        """The window closes or the app locks: no more reads."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Coming back to the window is when the family looks: check at once."""
        if event.type() == QEvent.Type.WindowActivate and self.timer.isActive():
            self.check()
        return False

    def _may_read(self) -> bool:
        # Locked: nothing from the record may reach the screen, and nothing is read.
        # Hidden or minimised: the next activation checks.
        return (
            self.timer.isActive()
            and not self.idle_lock.locked
            and self.window.isVisible()
            and not self.window.isMinimized()
        )

    def _version(self) -> int | None:
        try:
            return others_version()
        except RECORD_FAILURES:  # the record is closed for a moment (a restore): next time
            return None

    def check(self) -> bool:
        """Show what others committed since the last look; True when something was."""
        if self.own_writers or not self._may_read():
            return False
        version = self._version()
        if version is None:
            return False
        if self.seen is None or version == self.seen:
            self.seen = version
            return False
        self.seen = version
        self.announcing = True
        try:
            self.signals.announce_everything()
        finally:
            self.announcing = False
        return True

    def _everything_read(self) -> None:
        if not self.own_writers and self._may_read():
            version = self._version()
            if version is not None:
                self.seen = version

    def before_own_writes(self) -> None:
        """A worker of the window's is about to write: show what others wrote before it."""
        self.check()
        self.own_writers += 1

    def after_own_writes(self, others_wrote: bool) -> None:
        """The worker is done and has said what it brought; ``others_wrote``: another
        connection committed while it ran (the worker's own ``data_version`` changed)."""
        self.own_writers = max(0, self.own_writers - 1)
        if others_wrote:
            self.check()
        else:
            self._everything_read()  # its own writes: already announced by the worker's part


def version_here() -> int | None:
    """In a worker thread, on its own connection: ``data_version`` as the work starts."""
    try:
        return others_version()
    except RECORD_FAILURES:
        return None


def others_wrote_since(before: int | None) -> bool:
    """In the same thread, once the work is done: did another connection (another
    program, or the window's own thread) commit meanwhile? True when it cannot be told."""
    after = version_here()
    return before is None or after is None or after != before
