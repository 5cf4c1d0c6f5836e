"""What the visit summary says, worked out from the care record for a period: plain values only.

This is the data step; ``visit_summary.py`` lays it out as a PDF. Nothing here knows
about pages or fonts, so every number the team reads (averages, changes, counts) is
tested on its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from caregiver_app.esas import BAND_MODERATE, BAND_SEVERE, SCORE_FIELDS, band
from caregiver_app.services.contacts.roles import PALLIATIVE_TEAM_ROLES
from caregiver_app.services.diary.trend_series import (
    TRACKER_PREFIX,
    TrendPoint,
    build_series,
    doses_for,
    summarise,
)

# The calendar's queries (recurring appointments expanded into visits).
from caregiver_app.store import appointments as calendar
from caregiver_app.store.appointment_records import Occurrence
from caregiver_app.store.contacts import ContactRecord, list_contacts
from caregiver_app.store.diary import (
    DoseRecord,
    EntryRecord,
    MedicineRecord,
    doses_between,
    entries_between,
    list_medicines,
)
from caregiver_app.store.queries import load_profile
from caregiver_app.store.questions import open_questions
from caregiver_app.store.summary_queries import covered_days, medicines_edited_between
from caregiver_app.store.visit_people import attended_by

SECTIONS = (
    "concerns",
    "symptoms",
    "doses",
    "medicines",
    "notes",
    "appointments",
    "questions",
    "contacts",
)
MAX_CONCERNS = 3
UPCOMING = timedelta(days=28)  # "upcoming appointments in the next four weeks"
MAX_CHARTS = 4
DEFAULT_VISIT_KIND = "palliative_care"
# Hui D et al., Cancer 2015 (minimal clinically important difference in ESAS): a
# change of 1 point is the smallest a patient notices; smaller changes are not
# singled out for a chart.
MEANINGFUL_CHANGE = 1.0
# Who a palliative care visit brings together (../shared/reference/domain.md, "The team
# and what each role does"); an oncology visit is with the oncologist.
VISIT_ROLES = {
    "palliative_care": (
        "palliative care physician",
        "nurse navigator",
        "nurse",
        "social worker or counselor",
        "chaplain",
        "registered dietitian",
        "care coordinator",
    ),
    "oncology": ("oncologist",),
}
# Whose taking part makes a visit one of that kind, whatever kind it was booked as.
VISIT_TEAMS = {"palliative_care": PALLIATIVE_TEAM_ROLES}
OTHER_PREFIX = "other:"


class InvalidPeriodError(ValueError):
    """A period that ends before it starts."""


@dataclass(frozen=True)
class SummaryRequest:
    """What the caregiver chose: the days (both included), the sections, the concerns."""

    start: date
    end: date
    sections: tuple[str, ...] = SECTIONS
    concerns: tuple[str, ...] = ()
    team_notes_only: bool = False
    visit_kind: str = DEFAULT_VISIT_KIND

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidPeriodError(
                f"The period ends ({self.end}) before it starts ({self.start})."
            )
        unknown = [name for name in self.sections if name not in SECTIONS]
        if unknown:
            raise ValueError(f"Unknown sections: {', '.join(unknown)}")

    @property
    def days(self) -> int:
        """How many days the period covers, both ends included."""
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end) as times: from the first day's midnight to the midnight after the last."""
        start = datetime.combine(self.start, time())
        return start, datetime.combine(self.end + timedelta(days=1), time())

    def previous(self) -> tuple[date, date]:
        """The days just before, as many as this period has: what "change" compares with."""
        return self.start - timedelta(days=self.days), self.start - timedelta(days=1)


# ---------------------------------------------------------------- symptoms


@dataclass(frozen=True)
class SymptomRow:
    """One line of the ESAS-r table.

    ``key`` is the ESAS-r field, ``other:NAME`` or ``tracker:NAME``; ``change`` is this
    period's average minus the previous period's, None when either has no score.
    """

    key: str
    name: str
    count: int
    latest: int | None
    latest_at: datetime | None
    average: float | None
    highest: int | None
    previous_average: float | None
    change: float | None

    @property
    def is_esas(self) -> bool:
        """One of the nine ESAS-r items (not "other problem" or a family's tracker)."""
        return self.key in SCORE_FIELDS


@dataclass(frozen=True)
class SymptomChart:
    """The scores and breakthrough doses one trend chart shows."""

    key: str
    points: tuple[TrendPoint, ...]
    doses: tuple[datetime, ...]


@dataclass(frozen=True)
class SymptomsSection:
    """The ESAS-r table, who completed the entries, and the charts."""

    entry_count: int
    completed_by: tuple[tuple[str, int], ...]  # (who, entries), most first
    rows: tuple[SymptomRow, ...]
    charts: tuple[SymptomChart, ...]
    previous: tuple[date, date]
    span: tuple[datetime, datetime] | None = None  # what the charts cover (None: the period)


def _other_series(entries: list[EntryRecord], name: str) -> list[TrendPoint]:
    wanted = name.casefold()
    return [
        TrendPoint(entry.recorded_at, entry.other_problem_score)
        for entry in entries
        if entry.other_problem_score is not None
        and " ".join(entry.other_problem.split()).casefold() == wanted
    ]


def _series(entries: list[EntryRecord], key: str) -> list[TrendPoint]:
    if key.startswith(OTHER_PREFIX):
        return _other_series(entries, key[len(OTHER_PREFIX) :])
    return build_series(entries, key)


def _row_keys(entries: list[EntryRecord]) -> list[tuple[str, str]]:
    """(key, name): the nine items, then each named other problem, then each tracker."""
    keys = [(name, name) for name in SCORE_FIELDS]
    others: dict[str, str] = {}
    trackers: dict[str, str] = {}
    for entry in entries:
        other = " ".join(entry.other_problem.split())
        if other and entry.other_problem_score is not None:
            others.setdefault(other.casefold(), other)
        for tracker in entry.trackers:
            trackers.setdefault(tracker.casefold(), tracker)
    keys += [(OTHER_PREFIX + name, name) for name in others.values()]
    keys += [(TRACKER_PREFIX + name, name) for name in trackers.values()]
    return keys


def symptom_rows(
    entries: list[EntryRecord], previous_entries: list[EntryRecord]
) -> list[SymptomRow]:
    """The table's rows; a named problem or tracker appears only when scored in the period."""
    rows = []
    for key, name in _row_keys(entries):
        stats = summarise(_series(entries, key))
        before = summarise(_series(previous_entries, key))
        change = None
        if stats.average is not None and before.average is not None:
            change = round(stats.average, 1) - round(before.average, 1)
        rows.append(
            SymptomRow(
                key=key,
                name=name,
                count=stats.count,
                latest=stats.latest.score if stats.latest else None,
                latest_at=stats.latest.at if stats.latest else None,
                average=stats.average,
                highest=stats.highest.score if stats.highest else None,
                previous_average=before.average,
                change=round(change, 1) if change is not None else None,
            )
        )
    return rows


def _bands(row: SymptomRow) -> set[str | None]:
    """The Selby bands of the row's latest score and of its average (rounded)."""
    scores = [row.latest, round(row.average) if row.average is not None else None]
    return {band(score) for score in scores if score is not None}


def charted_rows(
    rows: list[SymptomRow], dosed: frozenset[str] = frozenset(), limit: int = MAX_CHARTS
) -> list[SymptomRow]:
    """The ESAS-r items to chart, at most ``limit``, shown in the scale's own order.

    Those in the moderate or severe band (Selby et al., J Pain Symptom Manage 2010:
    4-6 moderate, 7-10 severe), by their latest score or their average: severe ones
    first, then those ``dosed`` (breakthrough doses were given for them, so the chart
    shows the doses beside the scores), then the highest average. The item whose
    average changed most is always among them when it changed by a meaningful amount.
    """
    scored = [row for row in rows if row.is_esas and row.count]
    ranked = sorted(
        (row for row in scored if _bands(row) & {BAND_MODERATE, BAND_SEVERE}),
        key=lambda row: (
            BAND_SEVERE not in _bands(row),
            row.key not in dosed,
            -(row.average or 0),
        ),
    )
    changes = [row for row in scored if row.change is not None]
    if changes:
        most = max(changes, key=lambda row: abs(row.change))
        if abs(most.change) >= MEANINGFUL_CHANGE and most not in ranked[: limit - 1]:
            ranked = [*ranked[: limit - 1], most]
    chosen = {row.key for row in ranked[:limit]}
    return [row for row in scored if row.key in chosen]


def _symptoms(
    request: SummaryRequest,
    entries: list[EntryRecord],
    doses: list[DoseRecord],
    days: tuple[date, date] | None,
) -> SymptomsSection:
    previous = request.previous()
    previous_start = datetime.combine(previous[0], time())
    previous_entries = entries_between(previous_start, request.bounds()[0])
    rows = symptom_rows(entries, previous_entries)
    charts = tuple(
        SymptomChart(
            key=row.key,
            points=tuple(_series(entries, row.key)),
            doses=tuple(doses_for(doses, row.key)),
        )
        for row in charted_rows(rows, frozenset(dose.symptom for dose in doses))
    )
    who = Counter(entry.completed_by for entry in entries)
    return SymptomsSection(
        entry_count=len(entries),
        completed_by=tuple(who.most_common()),
        rows=tuple(rows),
        charts=charts,
        previous=previous,
        span=SummaryRequest(*days).bounds() if days else None,
    )


# ---------------------------------------------------------------- breakthrough doses


@dataclass(frozen=True)
class Relief:
    """Average scores before and after the doses for one symptom that have both."""

    symptom: str  # an ESAS-r field, or "" when the dose named none
    count: int
    before: float
    after: float


@dataclass(frozen=True)
class DosesSection:
    """Breakthrough doses in the period: how many each day, why, and the scores around them."""

    total: int
    per_day: tuple[tuple[date, int], ...]  # every day covered (covered_days), none included
    by_medicine: tuple[tuple[str, str, int], ...]  # (medicine, dose as written, count)
    reasons: tuple[tuple[str, int], ...]  # as typed, most frequent first
    relief: tuple[Relief, ...]
    without_after: int

    @property
    def average_per_day(self) -> float:
        """Doses per day over the whole period."""
        return self.total / len(self.per_day) if self.per_day else 0.0

    @property
    def most_in_a_day(self) -> int:
        """The most doses given on one day."""
        return max((count for _day, count in self.per_day), default=0)


def _grouped(texts: list[str]) -> list[tuple[str, int]]:
    """Texts counted without regard to case and spacing, the first spelling kept."""
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for text in texts:
        shown = " ".join(text.split())
        if shown:
            key = shown.casefold()
            spelling.setdefault(key, shown)
            counts[key] += 1
    return [(spelling[key], count) for key, count in counts.most_common()]


def dose_summary(doses: list[DoseRecord], covered: tuple[date, date] | None) -> DosesSection:
    """Count, reasons and before/after averages of the period's breakthrough doses.

    ``covered`` are the days the count per day runs over (``covered_days``).
    """
    per_day = Counter(dose.given_at.date() for dose in doses)
    days: list[date] = []
    if covered is not None:
        first, last = covered
        days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
    medicines: Counter[tuple[str, str]] = Counter(
        (dose.medicine_name, " ".join(dose.dose.split())) for dose in doses
    )
    scored: dict[str, list[DoseRecord]] = {}
    for dose in doses:
        if dose.score_before is not None and dose.score_after is not None:
            scored.setdefault(dose.symptom or "", []).append(dose)
    order = {name: index for index, name in enumerate(SCORE_FIELDS)}
    relief = [
        Relief(
            symptom=symptom,
            count=len(items),
            before=sum(item.score_before for item in items) / len(items),
            after=sum(item.score_after for item in items) / len(items),
        )
        for symptom, items in sorted(
            scored.items(), key=lambda pair: order.get(pair[0], len(order))
        )
    ]
    return DosesSection(
        total=len(doses),
        per_day=tuple((day, per_day.get(day, 0)) for day in days),
        by_medicine=tuple((name, dose, count) for (name, dose), count in medicines.most_common()),
        reasons=tuple(_grouped([dose.reason for dose in doses])),
        relief=tuple(relief),
        without_after=sum(1 for dose in doses if dose.score_after is None),
    )


# ---------------------------------------------------------------- medicines


@dataclass(frozen=True)
class MedicineChange:
    """A medicine started, stopped or edited (``kind``) on ``day``."""

    day: date
    kind: str  # "started", "stopped" or "changed"
    medicine: MedicineRecord


@dataclass(frozen=True)
class MedicinesSection:
    """The list as it stood on the period's last day, and what changed in the period."""

    on: date
    current: tuple[MedicineRecord, ...]
    prescribers: dict[int, str]
    changes: tuple[MedicineChange, ...]


def _taken_on(medicine: MedicineRecord, day: date) -> bool:
    started = medicine.started_on is None or medicine.started_on <= day
    return started and (medicine.stopped_on is None or medicine.stopped_on > day)


def medicines_section(request: SummaryRequest) -> MedicinesSection:
    """Regular medicines first, then as-needed ones, each by name; then the period's changes."""
    medicines = list_medicines()
    current = sorted(
        (medicine for medicine in medicines if _taken_on(medicine, request.end)),
        key=lambda medicine: (medicine.as_needed, medicine.name.casefold()),
    )
    changes = []
    listed = set()
    for medicine in medicines:
        for day, kind in ((medicine.started_on, "started"), (medicine.stopped_on, "stopped")):
            if day is not None and request.start <= day <= request.end:
                changes.append(MedicineChange(day, kind, medicine))
                listed.add(medicine.id)
    by_id = {medicine.id: medicine for medicine in medicines}
    for medicine_id, edited_at in medicines_edited_between(*request.bounds()).items():
        if medicine_id not in listed and medicine_id in by_id:
            changes.append(MedicineChange(edited_at.date(), "changed", by_id[medicine_id]))
    changes.sort(key=lambda change: (change.day, change.medicine.name.casefold()))
    return MedicinesSection(
        on=request.end,
        current=tuple(current),
        prescribers={contact.id: contact.name for contact in list_contacts()},
        changes=tuple(changes),
    )


# ---------------------------------------------------------------- notes, visits, questions


@dataclass(frozen=True)
class NoteLine:
    """A diary note, when it was written, and whether the family marked it for the team."""

    at: datetime
    text: str
    for_team: bool


@dataclass(frozen=True)
class AppointmentLine:
    """One upcoming appointment."""

    starts_at: datetime
    all_day: bool
    title: str
    kind: str
    location: str


@dataclass(frozen=True)
class QuestionLine:
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


def question_lines(visit_kind: str, visits: list[Occurrence], role_label) -> list[QuestionLine]:
    """Open questions for the people at the next visit of ``visit_kind``.

    Those asked of the visit's roles (or of a contact in one), those planned for
    that appointment, and those that name no one.
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
    for record in records:
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


# ---------------------------------------------------------------- the whole summary


@dataclass(frozen=True)
class VisitSummaryData:
    """Everything the summary prints; a section left out of the request is None."""

    request: SummaryRequest
    prepared_at: datetime
    patient_name: str
    date_of_birth: date | None
    caregiver_name: str
    diagnosis: str
    allergies: str
    concerns: tuple[str, ...] = ()
    symptoms: SymptomsSection | None = None
    doses: DosesSection | None = None
    medicines: MedicinesSection | None = None
    notes: tuple[NoteLine, ...] | None = None
    appointments: tuple[AppointmentLine, ...] | None = None
    questions: tuple[QuestionLine, ...] | None = None
    contacts: tuple[ContactRecord, ...] | None = None
    sections: tuple[str, ...] = field(default=())


def clean_concerns(concerns) -> tuple[str, ...]:
    """Up to three concerns, blank ones dropped, each as typed (ends trimmed)."""
    return tuple(text.strip() for text in concerns if text.strip())[:MAX_CONCERNS]


def collect_summary(
    request: SummaryRequest, now: datetime | None = None, role_label=lambda role: role
) -> VisitSummaryData:
    """Read the store (already open) and work out every chosen section."""
    now = now or datetime.now()
    wanted = set(request.sections)
    profile = load_profile()
    start, end = request.bounds()
    entries = entries_between(start, end) if wanted & {"symptoms", "notes"} else []
    doses = doses_between(start, end) if wanted & {"symptoms", "doses"} else []
    days = covered_days(request.start, request.end, now.date())
    booked = upcoming(now) if wanted & {"appointments", "questions"} else []
    return VisitSummaryData(
        request=request,
        prepared_at=now,
        patient_name=profile.patient_name.strip(),
        date_of_birth=profile.date_of_birth,
        caregiver_name=profile.caregiver_name.strip(),
        diagnosis=profile.diagnosis.strip(),
        allergies=profile.allergies.strip(),
        concerns=clean_concerns(request.concerns) if "concerns" in wanted else (),
        symptoms=_symptoms(request, entries, doses, days) if "symptoms" in wanted else None,
        doses=dose_summary(doses, days) if "doses" in wanted else None,
        medicines=medicines_section(request) if "medicines" in wanted else None,
        notes=tuple(note_lines(entries, request.team_notes_only)) if "notes" in wanted else None,
        appointments=tuple(appointment_lines(booked)) if "appointments" in wanted else None,
        questions=tuple(question_lines(request.visit_kind, booked, role_label))
        if "questions" in wanted
        else None,
        contacts=tuple(list_contacts()) if "contacts" in wanted else None,
        sections=tuple(name for name in SECTIONS if name in wanted),
    )
