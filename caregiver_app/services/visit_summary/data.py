"""What the visit summary says, worked out from the care record for a period: plain values only.

This is the data step; ``visit_summary/pdf.py`` lays it out as a PDF. Nothing here knows
about pages or fonts, so every number the team reads (averages, changes, counts) is
tested on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from caregiver_app.services.diary.alerts import load_alert_settings
from caregiver_app.services.diary.trend_vitals import fahrenheit_shown
from caregiver_app.services.diary.vital_thresholds import load_vital_thresholds
from caregiver_app.services.visit_summary.adherence_data import (
    AdherenceSection,
    adherence_section,
)
from caregiver_app.services.visit_summary.digest_data import (
    AlertsSection,
    DoseHours,
    alerts_section,
    digest_notes,
    dose_hours,
    severe_days,
)
from caregiver_app.services.visit_summary.listed_lines import (
    AppointmentLine,
    NoteLine,
    QuestionLine,
    appointment_lines,
    note_lines,
    question_lines,
    upcoming,
)
from caregiver_app.services.visit_summary.medication_data import (
    DosesSection,
    MedicinesSection,
    dose_summary,
    medicines_section,
)
from caregiver_app.services.visit_summary.request import MAX_CONCERNS, SECTIONS, SummaryRequest
from caregiver_app.services.visit_summary.symptom_data import SymptomsSection, symptoms_section
from caregiver_app.services.visit_summary.vital_data import VitalsSection, vitals_section
from caregiver_app.store.contacts import ContactRecord, list_contacts
from caregiver_app.store.diary.doses import DoseRecord, doses_between
from caregiver_app.store.diary.entries import entries_between
from caregiver_app.store.diary.medicines import list_medicines
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.queries import load_profile
from caregiver_app.store.summary_queries import covered_days, score_averages


class VisitSummaryData(NamedTuple):
    """Everything the summary prints; a section left out of the request is None.

    ``notes`` are the digest's (marked for the team, or on a day with a severe score)
    and ``notes_in_period`` how many the period has in all; ``all_notes`` and
    ``dose_list`` are the appendices, None unless asked for.
    """

    request: SummaryRequest
    prepared_at: datetime
    patient_name: str
    date_of_birth: date | None
    caregiver_name: str
    diagnosis: str
    allergies: str
    concerns: tuple[str, ...] = ()
    symptoms: SymptomsSection | None = None
    vitals: VitalsSection | None = None  # with the symptoms; None when none were recorded
    doses: DosesSection | None = None
    medicines: MedicinesSection | None = None
    notes: tuple[NoteLine, ...] | None = None
    notes_in_period: int = 0
    all_notes: tuple[NoteLine, ...] | None = None
    dose_hours: DoseHours | None = None
    dose_list: tuple[DoseRecord, ...] | None = None
    alerts: AlertsSection | None = None
    adherence: AdherenceSection | None = None  # with the medicines, when a schedule is set up
    appointments: tuple[AppointmentLine, ...] | None = None
    questions: tuple[QuestionLine, ...] | None = None
    contacts: tuple[ContactRecord, ...] | None = None
    sections: tuple[str, ...] = ()


def clean_concerns(concerns: Iterable[str]) -> tuple[str, ...]:
    """Up to three concerns, blank ones dropped, each as typed (ends trimmed)."""
    return tuple(text.strip() for text in concerns if text.strip())[:MAX_CONCERNS]


def collect_summary(
    request: SummaryRequest,
    now: datetime | None = None,
    role_label: Callable[[str], str] = lambda role: role,
) -> VisitSummaryData:
    """Read the store (already open) and work out every chosen section.

    The diary is read once, from the alerts' baseline days before the period to its
    end; the period before it (the "change" column) only as SQLite's averages.
    """
    now = now or home_now()
    wanted = set(request.sections)
    profile = load_profile()
    start, end = request.bounds()
    settings = load_alert_settings()
    thresholds = load_vital_thresholds()
    diary = bool(wanted & {"symptoms", "notes"}) or "notes" in request.appendices
    earliest = start - timedelta(days=settings.baseline_days)
    read = entries_between(earliest, end) if diary else []
    cut = next((index for index, entry in enumerate(read) if entry.recorded_at >= start), len(read))
    earlier, entries = read[:cut], read[cut:]
    previous = (
        score_averages(datetime.combine(request.previous()[0], time()), start)
        if "symptoms" in wanted
        else {}
    )
    dosed = bool(wanted & {"symptoms", "doses"}) or "doses" in request.appendices
    doses = doses_between(start, end) if dosed else []
    days = covered_days(request.start, request.end, now.date())
    booked = upcoming(now) if wanted & {"appointments", "questions"} else []
    noted = [entry for entry in entries if entry.note.strip()]
    listed = list_medicines() if "medicines" in wanted else []
    team = list_contacts() if wanted & {"medicines", "contacts"} else []  # read once for both
    return VisitSummaryData(
        request=request,
        prepared_at=now,
        patient_name=profile.patient_name.strip(),
        date_of_birth=profile.date_of_birth,
        caregiver_name=profile.caregiver_name.strip(),
        diagnosis=profile.diagnosis.strip(),
        allergies=profile.allergies.strip(),
        concerns=clean_concerns(request.concerns) if "concerns" in wanted else (),
        symptoms=symptoms_section(request, entries, doses, days, previous)
        if "symptoms" in wanted
        else None,
        vitals=vitals_section(entries, thresholds, fahrenheit_shown())
        if "symptoms" in wanted
        else None,
        alerts=alerts_section(earlier, entries, settings, thresholds)
        if "symptoms" in wanted
        else None,
        doses=dose_summary(doses, days) if "doses" in wanted else None,
        dose_hours=dose_hours(dose.given_at for dose in doses) if "doses" in wanted else None,
        dose_list=tuple(doses) if "doses" in request.appendices else None,
        medicines=medicines_section(request, listed, team) if "medicines" in wanted else None,
        adherence=adherence_section(request, now, listed) if "medicines" in wanted else None,
        notes=tuple(
            digest_notes(noted, severe_days(entries, settings.severe_at), request.team_notes_only)
        )
        if "notes" in wanted
        else None,
        notes_in_period=len(noted),
        all_notes=tuple(note_lines(noted, False)) if "notes" in request.appendices else None,
        appointments=tuple(appointment_lines(booked)) if "appointments" in wanted else None,
        questions=tuple(question_lines(request.visit_kind, booked, role_label))
        if "questions" in wanted
        else None,
        contacts=tuple(team) if "contacts" in wanted else None,
        sections=tuple(name for name in SECTIONS if name in wanted),
    )
