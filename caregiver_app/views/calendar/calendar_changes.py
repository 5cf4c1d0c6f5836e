"""Changing appointments from the Calendar tab: new, edit and delete, by scope, with Undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.store.calendar.appointments import (
    delete_appointment,
    get_appointment,
    save_appointment,
)
from caregiver_app.store.calendar.records import AppointmentRecord, Occurrence, OccurrenceChange
from caregiver_app.store.calendar.series import (
    cancel_occurrence,
    change_occurrence,
    end_series_before,
    following_rule,
    save_series,
    split_series,
)
from caregiver_app.store.deleted_rows import (
    DeletedRow,
    check_free,
    deleted_row,
    ours,
    shared_names,
)
from caregiver_app.views.widgets.done_command import DoneCommand

if TYPE_CHECKING:
    from caregiver_app.views.signals import AppSignals

States = dict[int, AppointmentRecord | None]


class AppointmentsCommand(DoneCommand):
    """A change to one or more appointments; Undo puts back what was there, Redo does it again.

    Each step first checks the appointments it changes: one deleted since, last changed
    by another computer, or whose id another appointment took, is not overwritten (the
    step says so and goes). An edit made here in between is not on the stack, and is
    undone with the step, as before.
    """

    def __init__(
        self,
        text: str,
        before: States,
        after: States,
        gone: dict[int, DeletedRow],
        changed: Callable[[], None],
        failed: Callable[[str], object],
    ) -> None:
        super().__init__(
            text,
            lambda: self._move(self.before, self.after),
            lambda: self._move(self.after, self.before),
            changed,
            failed,
        )
        self.before = before
        self.after = after
        self.gone = gone  # the appointments the last step deleted, to check before saving

    def _move(self, left: States, wanted: States) -> None:
        for appointment_id, record in left.items():
            if record is not None:
                ours(get_appointment(appointment_id))
            elif appointment_id in self.gone:
                check_free(self.gone[appointment_id])
        for appointment_id, record in wanted.items():
            if record is None:
                names = shared_names(appointment_id)
                deleted = delete_appointment(appointment_id)
                if deleted is not None:
                    self.gone[appointment_id] = deleted_row(deleted, names)
            else:
                save_appointment(record)


class CalendarChanges:
    """Carries out changes in the store and records them on the window's undo stack."""

    def __init__(self, undo_stack: QUndoStack, signals: AppSignals) -> None:
        self.undo_stack = undo_stack
        self.changed: Callable[[], None] = signals.appointments_changed.emit
        # hears why an Undo or Redo step could not be made
        self.failed: Callable[[str], object] = signals.undo_step_failed.emit

    def _record(self, text: str, ids: list[int], before: States, run: Callable[[], object]):
        names = {i: shared_names(i) for i in ids}
        result = run()
        touched = [*ids, *([result] if isinstance(result, int) else [])]
        after = {i: get_appointment(i) for i in touched}
        before = {**{i: None for i in touched}, **before}
        gone = {
            i: deleted_row(record, names[i])
            for i, record in before.items()
            if record is not None and after[i] is None
        }
        self.undo_stack.push(
            AppointmentsCommand(text, before, after, gone, self.changed, self.failed)
        )
        self.changed()
        return result

    # ------------------------------------------------------------ saving (from the form)

    def save_new(self, record: AppointmentRecord) -> int:
        """Add an appointment or series."""
        text = QCoreApplication.translate("CalendarTab", "Add {title}").format(title=record.title)
        return self._record(text, [], {}, lambda: save_appointment(replace(record, id=None)))

    def save_existing(self, record: AppointmentRecord) -> int:
        """Save an appointment, or every visit of a series."""
        before = {record.id: get_appointment(record.id)}
        text = QCoreApplication.translate("CalendarTab", "Change {title}").format(
            title=record.title
        )
        return self._record(text, [record.id], before, lambda: save_series(record))

    def save_occurrence(self, occurrence: Occurrence, record: AppointmentRecord) -> int:
        """Save the form's values for one date of a series only."""
        appointment_id = occurrence.appointment_id
        change = OccurrenceChange(
            original_start=occurrence.original_start,
            title=record.title,
            starts_at=record.starts_at,
            ends_at=record.ends_at,
            location=record.location,
            video_link=record.video_link,
            notes=record.notes,
            bring=record.bring,
            decisions=record.decisions,
            driver=record.driver,
            pickup_time=record.pickup_time,
        )
        before = {appointment_id: get_appointment(appointment_id)}
        text = QCoreApplication.translate("CalendarTab", "Change one visit of {title}").format(
            title=record.title
        )
        self._record(
            text,
            [appointment_id],
            before,
            lambda: change_occurrence(appointment_id, change, planned=record),
        )
        return appointment_id

    def save_following(self, occurrence: Occurrence, record: AppointmentRecord) -> int:
        """Save the form as a new series from this date; the old one ends before it."""
        appointment_id = occurrence.appointment_id
        before = {appointment_id: get_appointment(appointment_id)}
        text = QCoreApplication.translate(
            "CalendarTab", "Change {title} from this visit on"
        ).format(title=record.title)
        return self._record(
            text,
            [appointment_id],
            before,
            lambda: split_series(appointment_id, occurrence.original_start, record),
        )

    @staticmethod
    def following_record(occurrence: Occurrence) -> AppointmentRecord | None:
        """What the form starts with for "this and following"."""
        series = get_appointment(occurrence.appointment_id)
        if series is None:
            return None
        return replace(
            occurrence.record,
            rrule=following_rule(series, occurrence.original_start),
            changes=[],
        )

    # ------------------------------------------------------------ deleting

    def delete(self, occurrence: Occurrence, scope: str) -> None:
        """Delete one visit, this and the following ones, or the whole appointment/series."""
        appointment_id = occurrence.appointment_id
        title = shown_title(occurrence.record.title)
        before = {appointment_id: get_appointment(appointment_id)}
        if scope == "occurrence":
            text = QCoreApplication.translate("CalendarTab", "Delete one visit of {title}").format(
                title=title
            )
            run = lambda: cancel_occurrence(appointment_id, occurrence.original_start)  # noqa: E731
        elif scope == "following":
            text = QCoreApplication.translate(
                "CalendarTab", "Delete {title} from this visit on"
            ).format(title=title)
            run = lambda: end_series_before(appointment_id, occurrence.original_start)  # noqa: E731
        else:
            text = QCoreApplication.translate("CalendarTab", "Delete {title}").format(title=title)
            run = lambda: delete_appointment(appointment_id)  # noqa: E731
        self._record(text, [appointment_id], before, run)
