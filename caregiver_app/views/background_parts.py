"""The window's parts that work behind its pages: the appointment and dose reminders, the
phones' and the family folder's syncs, the automatic backups, the lock and the watch for
what other programs write to the record.

None of them shows anything in the first paint: their banners and status lines appear
only when they have something to say. So as caregiver-app opens the window
(``lazy_pages``) they are made, with their modules, once it is on screen, or first by a
command that needs one of them (File > Lock now, say); then they start. Without
``lazy_pages`` (tests, tools) the window makes and starts them as it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QSettings, QTimer

from caregiver_app.views.signals import AppSignals

if TYPE_CHECKING:
    from caregiver_app.views.calendar.reminder_notifier import ReminderNotifier
    from caregiver_app.views.medication.dose_reminders import DoseReminders
    from caregiver_app.views.phones.phones_sync import PhonesSync
    from caregiver_app.views.record.auto_backup import AutoBackup
    from caregiver_app.views.record.idle_lock import IdleLock
    from caregiver_app.views.record.record_watch import RecordWatch
    from caregiver_app.views.sharing.sync_driver import SharingDriver
    from caregiver_app.views.widgets.banner_stack import BannerStack


class Parts(NamedTuple):
    """The parts, made together so their banners stack in one order."""

    reminders: ReminderNotifier
    dose_reminders: DoseReminders
    phones: PhonesSync
    sharing: SharingDriver
    auto_backup: AutoBackup
    idle_lock: IdleLock
    record_watch: RecordWatch


class Part:
    """One of the parts, read from the window's ``parts()`` (which makes them all)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: BackgroundParts | None, owner: type | None = None) -> Any:
        if window is None:
            return self
        return getattr(window.parts(), self.name)


class BackgroundParts:
    """Mixed into the main window: ``reminders``, ``dose_reminders``, ``phones``,
    ``sharing``, ``auto_backup`` and ``idle_lock``, made together when first asked for."""

    data_dir: Path
    settings: QSettings
    signals: AppSignals
    banner_stack: BannerStack
    demo: bool
    # The window's own: the Calendar tab on a day, and the status bar's word on a failure.
    _show_calendar_day: Callable[[object], None]
    _auto_backup_failed: Callable[[str], None]
    _parts: Parts | None = None

    def made_parts(self) -> Parts | None:
        """The parts, if made yet (a window closed before they were has none to stop)."""
        return self._parts

    def parts(self) -> Parts:
        """The parts, made now if not yet (none of them reads the record before it starts)."""
        if self._parts is not None:
            return self._parts
        from caregiver_app.views.calendar.reminder_notifier import ReminderNotifier
        from caregiver_app.views.medication.dose_reminders import DoseReminders
        from caregiver_app.views.phones.phones_sync import PhonesSync
        from caregiver_app.views.record.auto_backup import AutoBackup
        from caregiver_app.views.record.idle_lock import IdleLock
        from caregiver_app.views.record.record_watch import RecordWatch
        from caregiver_app.views.sharing.sync_driver import SharingDriver

        # Appointment reminders: a banner above the tabs, seen whichever tab is open.
        reminders = ReminderNotifier(self, self.settings)
        reminders.show_requested.connect(self._show_calendar_day)
        self.banner_stack.column.insertWidget(0, reminders.widget)
        dose_reminders = DoseReminders(self, self.signals, reminders)  # banner under it
        # Appointments and the care team on the family's phones: off until set up.
        phones = PhonesSync(self, self.signals, self.banner_stack)
        # Backups every few hours and on close, only when something changed; not of the demo.
        auto_backup = AutoBackup(self.data_dir, self)
        auto_backup.backup_failed.connect(self._auto_backup_failed)
        sharing = SharingDriver(self)  # the family folder: File > Share with family...
        # With a password set, the window locks itself after the chosen time without use.
        idle_lock = IdleLock(self, self.settings)
        idle_lock.locked_changed.connect(self._lock_changed)
        # What other programs (the command line, a second window) commit, shown here;
        # the syncs' own writes are theirs to announce.
        record_watch = RecordWatch(self, self.signals, idle_lock)
        phones.own_writes = record_watch
        sharing.own_writes = record_watch
        self._parts = Parts(
            reminders, dose_reminders, phones, sharing, auto_backup, idle_lock, record_watch
        )
        return self._parts

    def start_parts(self, building: bool = False) -> None:
        """Start the parts: what is due today and tomorrow, then a check every minute; the
        doses due now and while the app was closed; the backup timer; a first sync of the
        phones and of the family folder. ``building``: called as the window is built (not
        shown), so the dose check and the syncs wait for the event loop.
        """
        parts = self.parts()
        parts.record_watch.start()  # first: what the syncs write is then theirs
        parts.reminders.start()
        if not self.demo:
            parts.auto_backup.start()
        if building:
            QTimer.singleShot(0, parts.dose_reminders, parts.dose_reminders.start)
            QTimer.singleShot(0, parts.phones, parts.phones.start)
            QTimer.singleShot(0, parts.sharing, parts.sharing.sync)
        else:
            parts.dose_reminders.start()
            parts.phones.start()
            parts.sharing.sync()

    def stop_parts(self) -> None:
        """The window closes: no more checks or syncs; a sync under way finishes first."""
        parts = self._parts
        if parts is None:
            return
        parts.idle_lock.timer.stop()
        parts.record_watch.stop()
        parts.reminders.stop()
        parts.auto_backup.stop()
        parts.phones.stop()  # a sync under way finishes before the record is closed
        parts.sharing.stop()

    def retranslate_parts(self) -> None:
        """After the menus are built again in a new language: Sync now, the reminders' and
        the sharing's words (the others follow the language themselves)."""
        parts = self._parts
        if parts is not None:
            parts.reminders.retranslate()
            parts.sharing.retranslate()

    # Each made with the others when first asked for (see ``parts``).
    reminders = Part()  # the appointment reminders: banner and tray
    dose_reminders = Part()  # the dose and refill reminders, under the appointments'
    phones = Part()  # the phones' calendar sync and its status line
    sharing = Part()  # the family folder's sync, its status line and its conflict note
    auto_backup = Part()  # the automatic backups
    idle_lock = Part()  # the lock after a time without use (with a password set)
    record_watch = Part()  # what other programs commit to the record, shown here

    # ------------------------------------------------------------ what the parts report

    def _lock_changed(self, locked: bool) -> None:
        # Reminders wait while locked: their text would show the record on the screen.
        parts = self.parts()
        reminders = parts.reminders
        if locked:
            reminders.stop()
            parts.record_watch.stop()  # nothing is read while locked
        else:
            parts.record_watch.timer.start()
            parts.record_watch.check()  # what others wrote meanwhile
            reminders.check()
            reminders.timer.start()
