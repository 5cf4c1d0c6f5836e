"""Appointments as plain values, and the checks every saved appointment passes."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.day_range import FIRST_DAY, LAST_DAY
from caregiver_app.store.errors import InvalidValueError

KINDS = (
    "oncology",
    "palliative_care",
    "telehealth",
    "infusion",
    "radiation",
    "imaging",
    "lab",
    "procedure",
    "pharmacy",
    "other",
)
DEFAULT_REMINDERS = (1440, 120)  # 1 day and 2 hours before, as the issue asks
MAX_REMINDER_MINUTES = 4 * 7 * 24 * 60
MAX_SPAN = timedelta(days=31)  # longer is a stay, not an appointment
_TEXT_FIELDS = ("title", "location", "video_link", "notes", "bring", "decisions", "driver")


@dataclass(kw_only=True)
class VisitDetails:
    """Where a visit is, how to join it, and what the family notes for it.

    An appointment has them, and one date of a series can have its own instead.
    """

    location: str = ""
    video_link: str = ""
    notes: str = ""
    bring: str = ""
    decisions: str = ""
    driver: str = ""
    pickup_time: time | None = None


VISIT_DETAILS = tuple(detail.name for detail in fields(VisitDetails))


@dataclass
class OccurrenceChange(VisitDetails):
    """One occurrence of a series moved, edited or cancelled; the values it has instead."""

    original_start: datetime  # the start the rule gives it (iCalendar's RECURRENCE-ID)
    cancelled: bool = False
    title: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None


@dataclass
class AppointmentRecord(VisitDetails):
    """An appointment or a series, as plain values. ``id`` is None until saved.

    Times are naive wall-clock times in ``timezone`` (an IANA name; empty means
    this computer's zone). An all-day appointment starts at midnight and runs to
    ``last_day`` (inclusive). ``rrule`` is an RFC 5545 RRULE value, empty for one
    visit. ``reminders`` are minutes before the start. ``question_ids`` are the
    questions planned for it; ``question_dates`` gives, for those planned for one date
    of a series, the start its rule gives that date.
    """

    title: str
    starts_at: datetime
    kind: str = "other"
    ends_at: datetime | None = None
    all_day: bool = False
    last_day: date | None = None
    timezone: str = ""
    rrule: str = ""
    reminders: tuple[int, ...] = DEFAULT_REMINDERS
    participant_ids: list[int] = field(default_factory=list)
    question_ids: list[int] = field(default_factory=list)
    question_dates: dict[int, datetime] = field(default_factory=dict)
    changes: list[OccurrenceChange] = field(default_factory=list)
    uid: str = ""
    sequence: int = 0
    id: int | None = None

    @property
    def recurring(self) -> bool:
        """True for a series."""
        return bool(self.rrule)

    @property
    def duration(self) -> timedelta | None:
        """How long one occurrence lasts (None when no end is known)."""
        if self.all_day:
            last = self.last_day or self.starts_at.date()
            return timedelta(days=(last - self.starts_at.date()).days + 1)
        return self.ends_at - self.starts_at if self.ends_at else None

    def change_for(self, original_start: datetime) -> OccurrenceChange | None:
        """The change made to one occurrence, if any."""
        return next((c for c in self.changes if c.original_start == original_start), None)


class Occurrence(NamedTuple):
    """One visit on the calendar: a single appointment or one date of a series.

    ``record`` holds this visit's values (a changed occurrence has its changes
    applied; ``record.starts_at`` is this visit's start). ``local_start`` and
    ``local_end`` are in this computer's zone, for showing and sorting.
    """

    record: AppointmentRecord
    original_start: datetime
    local_start: datetime
    local_end: datetime | None
    changed: bool = False

    @property
    def appointment_id(self) -> int:
        """The appointment (or series) this visit belongs to."""
        # Visits are made only from saved appointments (store/calendar/occurrences.py).
        assert self.record.id is not None
        return self.record.id

    @property
    def key(self) -> tuple[int, datetime]:
        """Identifies the visit: (appointment id, the start its rule gives it)."""
        return (self.appointment_id, self.original_start)

    def local_days(self) -> list[date]:
        """Every day (this computer's calendar) the visit covers."""
        end = self.local_end or self.local_start
        if end > self.local_start and end.time() == time() and end.date() > self.local_start.date():
            end -= timedelta(microseconds=1)  # ends at midnight: the next day is not covered
        days = (end.date() - self.local_start.date()).days
        return [self.local_start.date() + timedelta(days=n) for n in range(max(0, days) + 1)]


class ImportedAppointment(NamedTuple):
    """An appointment read from a file, and which of its fields the file gave."""

    record: AppointmentRecord
    carried: frozenset[str]


def clean(record: AppointmentRecord) -> AppointmentRecord:
    """Spaces trimmed, all-day times at midnight, reminders sorted; a copy."""
    values = {name: getattr(record, name).strip() for name in _TEXT_FIELDS}
    starts = record.starts_at.replace(microsecond=0)
    ends = record.ends_at.replace(microsecond=0) if record.ends_at else None
    last_day = record.last_day
    if record.all_day:
        starts = datetime.combine(starts.date(), time())
        ends = None
        if last_day is not None and last_day == starts.date():
            last_day = None
    else:
        last_day = None
        # A time the clocks skip is saved as the time it is, as the form said it would be.
        starts, ends = time_zones.existing_span(starts, ends, record.timezone.strip())
    reminders = tuple(sorted({int(m) for m in record.reminders}, reverse=True))
    return replace(
        record,
        **values,
        kind=record.kind or "other",
        timezone=record.timezone.strip(),
        starts_at=starts,
        ends_at=ends,
        last_day=last_day,
        rrule=recurrence.format_rule(recurrence.parse_rule(record.rrule)) if record.rrule else "",
        reminders=reminders,
        changes=[_existing_change(change, record) for change in record.changes],
        participant_ids=sorted(set(record.participant_ids)),
        question_ids=sorted(set(record.question_ids)),
        question_dates={
            question_id: start
            for question_id, start in record.question_dates.items()
            if question_id in record.question_ids and start is not None
        },
    )


def _existing_change(change: OccurrenceChange, record: AppointmentRecord) -> OccurrenceChange:
    """One date's change with a new start the clocks skip moved as the series' are."""
    if change.starts_at is None or change.cancelled or record.all_day:
        return change
    starts, ends = time_zones.existing_span(
        change.starts_at, change.ends_at, record.timezone.strip()
    )
    if (starts, ends) == (change.starts_at, change.ends_at):
        return change
    return replace(change, starts_at=starts, ends_at=ends)


def _check_times(starts: datetime, ends: datetime | None, field_name: str) -> None:
    if not FIRST_DAY.year <= starts.year <= LAST_DAY.year:
        raise InvalidValueError(
            "starts_at",
            QCoreApplication.translate("Appointments", "Choose a date between 1900 and 2200."),
        )
    if ends is not None:
        if ends <= starts:
            raise InvalidValueError(
                field_name,
                QCoreApplication.translate("Appointments", "The end must be after the start."),
            )
        if ends - starts > MAX_SPAN:
            raise InvalidValueError(
                field_name,
                QCoreApplication.translate(
                    "Appointments", "An appointment can last at most 31 days."
                ),
            )


def validate_appointment(record: AppointmentRecord) -> None:
    """Raise InvalidValueError naming the field for anything the calendar cannot hold.

    An empty title is held: an event imported from a calendar file or the family's server
    may come without one, and is kept so (the form asks a person typing for a title).
    """
    if record.kind not in KINDS:
        raise InvalidValueError(
            "kind",
            QCoreApplication.translate("Appointments", "Choose what kind of appointment this is."),
        )
    if record.timezone and not time_zones.is_known_zone(record.timezone):
        raise InvalidValueError(
            "timezone",
            QCoreApplication.translate(
                "Appointments", "{zone} is not a time zone this computer knows."
            ).format(zone=record.timezone),
        )
    if record.all_day:
        _check_times(record.starts_at, None, "last_day")
        if record.last_day is not None:
            if record.last_day < record.starts_at.date():
                raise InvalidValueError(
                    "last_day",
                    QCoreApplication.translate(
                        "Appointments", "The last day cannot be before the first day."
                    ),
                )
            if record.last_day - record.starts_at.date() >= MAX_SPAN:
                raise InvalidValueError(
                    "last_day",
                    QCoreApplication.translate(
                        "Appointments", "An appointment can last at most 31 days."
                    ),
                )
    else:
        _check_times(record.starts_at, record.ends_at, "ends_at")
    for minutes in record.reminders:
        if not 0 <= minutes <= MAX_REMINDER_MINUTES:
            raise InvalidValueError(
                "reminders",
                QCoreApplication.translate(
                    "Appointments", "A reminder can be at most four weeks before the visit."
                ),
            )
    if len(record.reminders) > 10:
        raise InvalidValueError(
            "reminders", QCoreApplication.translate("Appointments", "Choose at most ten reminders.")
        )
    if record.rrule:
        _check_rule(record)
    for change in record.changes:
        if change.starts_at is not None and not change.cancelled and not record.all_day:
            _check_times(change.starts_at, change.ends_at, "ends_at")


def _check_rule(record: AppointmentRecord) -> None:
    try:
        recurrence.check_rule(record.rrule)
        until, _count = recurrence.rule_end(record.rrule)
        first = recurrence.first_occurrence(record.rrule, record.starts_at)
    except recurrence.RuleError as error:
        raise InvalidValueError(
            "rrule",
            QCoreApplication.translate(
                "Appointments", "This repeat rule cannot be used ({reason})."
            ).format(reason=error),
        ) from error
    if until is not None and until < record.starts_at:
        raise InvalidValueError(
            "rrule",
            QCoreApplication.translate(
                "Appointments", "The repeats must end on or after the first appointment."
            ),
        )
    if first is None:
        raise InvalidValueError(
            "rrule", QCoreApplication.translate("Appointments", "This repeat rule gives no dates.")
        )
