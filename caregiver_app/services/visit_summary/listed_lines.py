"""The summary's listed lines: diary notes, upcoming visits and open questions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import NamedTuple

from caregiver_app.services.visit_summary.request import UPCOMING, VISIT_ROLES, VISIT_TEAMS

# The calendar's queries (recurring appointments expanded into visits).
from caregiver_app.store.calendar import occurrences as calendar
from caregiver_app.store.calendar.question_visits import waiting_for
from caregiver_app.store.calendar.records import Occurrence
from caregiver_app.store.calendar.visit_people import attended_by
from caregiver_app.store.diary.entries import EntryRecord
from caregiver_app.store.questions import open_questions


class NoteLine(NamedTuple):
    """A diary note, when it was written, and whether the family marked it for the team."""

    at: datetime
    text: str
    for_team: bool


class AppointmentLine(NamedTuple):
    """One upcoming appointment."""

    starts_at: datetime
    all_day: bool
    title: str
    kind: str
    location: str


class QuestionLine(NamedTuple):
    """An open question and whom it is for ("" when anyone)."""

    text: str
    ask_of: str


def note_lines(entries: list[EntryRecord], team_only: bool) -> list[NoteLine]:
    """The period's notes, newest first (all of them, or only those marked for the team)."""
    notes = [
        NoteLine(entry.recorded_at, entry.note.strip(), entry.for_team)
        for entry in entries
        if entry.note.strip() and (entry.for_team or not team_only)
    ]
    return sorted(notes, key=lambda note: note.at, reverse=True)


def upcoming(now: datetime) -> list[Occurrence]:
    """The visits on the calendar in the four weeks from ``now``, soonest first."""
    return list(calendar.occurrences_between(now, now + UPCOMING))


def appointment_lines(visits: list[Occurrence]) -> list[AppointmentLine]:
    """Plain lines for the calendar's visits (a series gives one line per date)."""
    return [
        AppointmentLine(
            starts_at=visit.local_start,
            all_day=visit.record.all_day,
            title=visit.record.title.strip(),
            kind=visit.record.kind or "other",
            location=(visit.record.location or visit.record.video_link).strip(),
        )
        for visit in visits
    ]


def question_lines(
    visit_kind: str, visits: list[Occurrence], role_label: Callable[[str], str]
) -> list[QuestionLine]:
    """Open questions for the people at the next visit of ``visit_kind``.

    Those asked of the visit's roles (or of a contact in one), those planned for
    that appointment, and those that name no one; not those planned for a later visit
    (they wait for that one, and Today does not count them either).
    """
    team = {item.key for item in attended_by(visits, VISIT_TEAMS.get(visit_kind, ()))}
    visit = next(
        (item for item in visits if item.record.kind == visit_kind or item.key in team), None
    )
    visit_id = visit.appointment_id if visit is not None else None
    records = open_questions(
        roles=VISIT_ROLES.get(visit_kind, ()),
        appointment_id=visit_id,
        include_unassigned=True,
        # One date of a series: only the questions planned for that date (or the series).
        occurrence_start=visit.original_start if visit is not None and visit.record.rrule else None,
    )
    lines = []
    for record in waiting_for(visit, records):
        who = record.contact_name or (role_label(record.ask_role) if record.ask_role else "")
        lines.append(QuestionLine(record.text.strip(), who))
    return lines


def last_visit_day(visit_kind: str, now: datetime) -> date | None:
    """The day of the last visit of ``visit_kind`` before ``now`` (None if there was none).

    A palliative care visit is one booked as such, or any visit with a member of the
    palliative care team taking part (a telehealth visit with the palliative physician).
    """
    visit = calendar.last_appointment_before(now, visit_kind, roles=VISIT_TEAMS.get(visit_kind, ()))
    return visit.local_start.date() if visit is not None else None


class AppointmentGroup(NamedTuple):
    """Upcoming appointments with the same title, kind and place (a series, or repeats)."""

    title: str
    kind: str
    location: str
    visits: tuple[AppointmentLine, ...]


def grouped_appointments(lines: list[AppointmentLine]) -> list[AppointmentGroup]:
    """The appointments grouped by title, kind and place, soonest group first."""
    groups: dict[tuple[str, str, str], list[AppointmentLine]] = {}
    for line in lines:
        key = (" ".join(line.title.split()).casefold(), line.kind, line.location.casefold())
        groups.setdefault(key, []).append(line)
    return [
        AppointmentGroup(visits[0].title, visits[0].kind, visits[0].location, tuple(visits))
        for visits in groups.values()
    ]
