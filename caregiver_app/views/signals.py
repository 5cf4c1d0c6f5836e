"""App-level signals: how tabs and dialogs hear about each other's changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """One instance per window; names are past tense, for what already happened."""

    profile_saved = Signal()
    record_changed = Signal()
    contacts_changed = Signal()
    questions_changed = Signal()
    diary_changed = Signal()
    appointments_changed = Signal()
    # A medicine, its schedule, its as-needed limits or its supply changed.
    medicines_changed = Signal()
    # A scheduled dose was answered, changed or taken back, or an as-needed dose given:
    # the Today page, the dose reminders and the diary read the log again.
    doses_changed = Signal()
    # A dose reminder (or anything else) asked for the Today page.
    today_requested = Signal()
    # A care team contact was asked for elsewhere (the calendar's "With:" links);
    # the window shows them in the Care team tab.
    contact_requested = Signal(int)
    # A Learn article was asked for elsewhere (an alert's "When to call the team now",
    # a medicine's "Read about it"); the window shows it in the Learn tab.
    article_requested = Signal(str)
    # A diary or calendar file was imported: Undo from before it would put back an entry
    # or appointment the file may have brought back already (doubling it, or clashing
    # with it), so the window forgets what it could undo.
    records_imported = Signal()
    # A place in the window was asked for by name (Help > Getting started's steps): a tab
    # page's name ("care_team_tab", "calendar_tab") or "diary_entries", "diary_medicines",
    # "learn_questions". The window goes there and puts the keyboard in it.
    place_requested = Signal(str)
    status_reported = Signal(str)
    # A step of Edit > Undo or Redo could not be made (the record changed under it, or
    # refused the write): the sentence says why, and the window shows it in a box.
    undo_step_failed = Signal(str)
    text_scale_changed = Signal(int)

    def announce_everything(self) -> None:
        """Anything in the record may have changed (a family folder's sync brought changes,
        another program wrote to it): every tab, reminder and the profile line read it again."""
        for signal in (
            self.record_changed,
            self.diary_changed,
            self.doses_changed,
            self.medicines_changed,
            self.appointments_changed,
            self.contacts_changed,
            self.questions_changed,
            self.profile_saved,
        ):
            signal.emit()
