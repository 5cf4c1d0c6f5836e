"""The calendar's appointments read once and their visits expanded once, kept until the
record changes.

The month view asks for six weeks at a time, again at every step: reading each
repeating series with its people, questions and changed dates, and working out each of
its visits, gave the same answer every time. What is kept here (the series' rows, each
appointment's record, each visit of a series, the visits of the last windows asked for,
whether there is any appointment at all) is dropped as a whole as soon as anything
is written to the record (``store/record_state.change_token``: a saved entry, an import
by another program, a restore) or this computer's time zone changes. Nothing is kept
from inside a transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.calendar.appointments import has_appointments, records_of
from caregiver_app.store.calendar.records import AppointmentRecord, Occurrence
from caregiver_app.store.models import Appointment, AppointmentChange
from caregiver_app.store.plain_rows import named_rows_of, tuples_of
from caregiver_app.store.record_state import change_token

# Enough for months of steps through a busy calendar; a read of years (the next visit,
# the last one of a kind) may pass it, and then what is kept starts again, so memory
# never grows with the record.
MAX_KEPT = 5000
# Windows whose visits are kept: the months stepped through and the days chosen in them;
# together they hold no more than MAX_KEPT visits (a read of years is not kept).
MAX_WINDOWS = 48


class KeptCalendar:
    """What is known of the calendar as the record was when ``token`` was taken."""

    def __init__(self, token: object) -> None:
        self.token = token
        self._series: list[Any] | None = None
        self._moved: list[tuple[int, datetime, datetime | None]] | None = None
        self._records: dict[int, AppointmentRecord] = {}
        self._visits: dict[tuple[int, datetime], Occurrence] = {}
        self._windows: dict[tuple[datetime, datetime, bool], list[Occurrence]] = {}
        self._window_visits = 0  # how many visits the kept windows hold
        self._any: bool | None = None

    def has_appointments(self) -> bool:
        """True when the calendar holds at least one appointment or series."""
        if self._any is None:
            self._any = has_appointments()
        return self._any

    def window(
        self,
        key: tuple[datetime, datetime, bool],
        make: Callable[[], list[Occurrence]],
    ) -> list[Occurrence]:
        """The visits of the window ``key`` (start, end, overlapping), made by ``make`` the
        first time; a new list each time, so a caller may change it."""
        found = self._windows.get(key)
        if found is None:
            found = make()
            if len(found) > MAX_KEPT:
                return found
            if len(self._windows) >= MAX_WINDOWS or self._window_visits + len(found) > MAX_KEPT:
                self._windows.clear()
                self._window_visits = 0
            self._windows[key] = found
            self._window_visits += len(found)
        return list(found)

    def series_rows(self) -> list[Any]:
        """Every series: named tuples of its id, rule, first start, end, all-day, last day."""
        if self._series is None:
            query = Appointment.select(
                Appointment.id,
                Appointment.rrule,
                Appointment.starts_at,
                Appointment.ends_at,
                Appointment.all_day,
                Appointment.last_day,
            ).where(Appointment.rrule != "")
            self._series = list(named_rows_of(query.order_by(Appointment.id)))
        return self._series

    def moved_dates(self) -> list[tuple[int, datetime, datetime | None]]:
        """(series id, new start, new end) of each date of a series given another time."""
        if self._moved is None:
            query = AppointmentChange.select(
                AppointmentChange.appointment,
                AppointmentChange.starts_at,
                AppointmentChange.ends_at,
            ).where(AppointmentChange.starts_at.is_null(False))
            self._moved = list(tuples_of(query))
        return self._moved

    def records(
        self, ids: Sequence[int], rows_of: Callable[[list[int]], list[Any]]
    ) -> list[AppointmentRecord]:
        """The records of the appointments ``ids``, in that order; those not kept yet are
        made from ``rows_of(missing ids)`` (rows of every column) and kept."""
        missing = [appointment_id for appointment_id in ids if appointment_id not in self._records]
        if len(self._records) + len(missing) > MAX_KEPT:
            self._records = {i: self._records[i] for i in ids if i in self._records}
        if missing:
            for record in records_of(rows_of(missing)):
                assert record.id is not None  # read from the record
                self._records[record.id] = record
        return [self._records[appointment_id] for appointment_id in ids]

    def visit(
        self, record: AppointmentRecord, original: datetime, make: Callable[[], Occurrence]
    ) -> Occurrence:
        """The visit of ``record`` (one appointment, or a series whose rule starts one at
        ``original``) made by ``make`` the first time, then kept."""
        assert record.id is not None  # read from the record
        key = (record.id, original)
        found = self._visits.get(key)
        if found is None:
            if len(self._visits) >= MAX_KEPT:
                self._visits.clear()
            found = self._visits[key] = make()
        return found


_kept: list[KeptCalendar] = [KeptCalendar(None)]


def kept_calendar() -> KeptCalendar:
    """What is kept of the calendar, emptied first if the record or the zone has changed
    since; inside a transaction, an empty one that is not kept."""
    token = change_token()
    if token is None:
        return KeptCalendar(None)
    key = (token, time_zones.home_zone_name())  # shown times follow the home zone
    if _kept[0].token != key:
        _kept[0] = KeptCalendar(key)
    return _kept[0]
