"""The other version's fields under the names the forms give them, not the record's columns."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.wording import QT_TRANSLATE_NOOP

# Bookkeeping the family never typed: left out of the other version. The pass of the hour the
# clocks go back through a dose's time is in is kept beside that time, not typed as a field.
HIDDEN = frozenset(
    ("created_at", "updated_at", "uid", "sequence", "position", "given_fold", "effective_fold")
)

LABELS = {
    "title": QT_TRANSLATE_NOOP("ShareWindow", "Title"),
    "kind": QT_TRANSLATE_NOOP("ShareWindow", "Kind"),
    "starts_at": QT_TRANSLATE_NOOP("ShareWindow", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("ShareWindow", "Ends"),
    "location": QT_TRANSLATE_NOOP("ShareWindow", "Place"),
    "notes": QT_TRANSLATE_NOOP("ShareWindow", "Notes"),
    "note": QT_TRANSLATE_NOOP("ShareWindow", "Note"),
    "name": QT_TRANSLATE_NOOP("ShareWindow", "Name"),
    "role": QT_TRANSLATE_NOOP("ShareWindow", "Role"),
    "number": QT_TRANSLATE_NOOP("ShareWindow", "Phone number"),
    "email": QT_TRANSLATE_NOOP("ShareWindow", "Email"),
    "address": QT_TRANSLATE_NOOP("ShareWindow", "Address"),
    "recorded_at": QT_TRANSLATE_NOOP("ShareWindow", "Date and time"),
    "given_at": QT_TRANSLATE_NOOP("ShareWindow", "Given at"),
    "dose": QT_TRANSLATE_NOOP("ShareWindow", "Dose"),
    "reason": QT_TRANSLATE_NOOP("ShareWindow", "Reason"),
    "performer": QT_TRANSLATE_NOOP("ShareWindow", "Given by"),
    "strength": QT_TRANSLATE_NOOP("ShareWindow", "Strength"),
    "schedule": QT_TRANSLATE_NOOP("ShareWindow", "Schedule"),
    # An earlier schedule of a medicine: the moment a change replaced it
    "in_force_until": QT_TRANSLATE_NOOP("ShareWindow", "In force until"),
    "status": QT_TRANSLATE_NOOP("ShareWindow", "Status"),
    # The profile
    "patient_name": QT_TRANSLATE_NOOP("ShareWindow", "Name of the person cared for"),
    "date_of_birth": QT_TRANSLATE_NOOP("ShareWindow", "Date of birth"),
    "diagnosis": QT_TRANSLATE_NOOP("ShareWindow", "Diagnosis"),
    "diagnosis_date": QT_TRANSLATE_NOOP("ShareWindow", "Date of diagnosis"),
    "allergies": QT_TRANSLATE_NOOP("ShareWindow", "Allergies"),
    "advance_directive_location": QT_TRANSLATE_NOOP(
        "ShareWindow", "Where the advance directive is kept"
    ),
    "preferred_pharmacy": QT_TRANSLATE_NOOP("ShareWindow", "Preferred pharmacy"),
    "caregiver_name": QT_TRANSLATE_NOOP("ShareWindow", "Caregiver's name"),
    "caregiver_phone": QT_TRANSLATE_NOOP("ShareWindow", "Caregiver's phone"),
    "other_caregivers": QT_TRANSLATE_NOOP("ShareWindow", "Other caregivers"),
    "home_time_zone": QT_TRANSLATE_NOOP("ShareWindow", "Home time zone"),
    # The care team
    "organisation": QT_TRANSLATE_NOOP("ShareWindow", "Organization or clinic"),
    "video_link": QT_TRANSLATE_NOOP("ShareWindow", "Video visit link"),
    "call_about": QT_TRANSLATE_NOOP("ShareWindow", "Call about"),
    "call_first": QT_TRANSLATE_NOOP("ShareWindow", "Call first for symptoms"),
    "emergency_contact": QT_TRANSLATE_NOOP("ShareWindow", "Emergency contact"),
    "office_days": QT_TRANSLATE_NOOP("ShareWindow", "Office days"),
    "office_opens": QT_TRANSLATE_NOOP("ShareWindow", "Office opens at"),
    "office_closes": QT_TRANSLATE_NOOP("ShareWindow", "Office closes at"),
    # The diary (the units are those the values are kept in)
    "completed_by": QT_TRANSLATE_NOOP("ShareWindow", "Completed by"),
    "pain": QT_TRANSLATE_NOOP("ShareWindow", "Pain"),
    "tiredness": QT_TRANSLATE_NOOP("ShareWindow", "Tiredness"),
    "drowsiness": QT_TRANSLATE_NOOP("ShareWindow", "Drowsiness"),
    "nausea": QT_TRANSLATE_NOOP("ShareWindow", "Nausea"),
    "lack_of_appetite": QT_TRANSLATE_NOOP("ShareWindow", "Lack of appetite"),
    "shortness_of_breath": QT_TRANSLATE_NOOP("ShareWindow", "Shortness of breath"),
    "depression": QT_TRANSLATE_NOOP("ShareWindow", "Depression"),
    "anxiety": QT_TRANSLATE_NOOP("ShareWindow", "Anxiety"),
    "wellbeing": QT_TRANSLATE_NOOP("ShareWindow", "Wellbeing"),
    "other_problem": QT_TRANSLATE_NOOP("ShareWindow", "Other problem"),
    "other_problem_score": QT_TRANSLATE_NOOP("ShareWindow", "Other problem score"),
    "temperature_c": QT_TRANSLATE_NOOP("ShareWindow", "Temperature (°C)"),
    "oxygen_saturation": QT_TRANSLATE_NOOP("ShareWindow", "Oxygen saturation (%)"),
    "oxygen_flow_lpm": QT_TRANSLATE_NOOP("ShareWindow", "Oxygen flow (L/min)"),
    "weight_kg": QT_TRANSLATE_NOOP("ShareWindow", "Weight (kg)"),
    "pulse_bpm": QT_TRANSLATE_NOOP("ShareWindow", "Pulse (beats a minute)"),
    "for_team": QT_TRANSLATE_NOOP("ShareWindow", "Marked for the care team"),
    "active": QT_TRANSLATE_NOOP("ShareWindow", "Still followed"),
    "score": QT_TRANSLATE_NOOP("ShareWindow", "Score"),
    # Appointments
    "all_day": QT_TRANSLATE_NOOP("ShareWindow", "All day"),
    "timezone": QT_TRANSLATE_NOOP("ShareWindow", "Time zone"),
    "rrule": QT_TRANSLATE_NOOP("ShareWindow", "Repeats"),
    "last_day": QT_TRANSLATE_NOOP("ShareWindow", "Last day"),
    "driver": QT_TRANSLATE_NOOP("ShareWindow", "Who drives"),
    "pickup_time": QT_TRANSLATE_NOOP("ShareWindow", "Pick-up time"),
    "bring": QT_TRANSLATE_NOOP("ShareWindow", "What to bring or prepare"),
    "decisions": QT_TRANSLATE_NOOP("ShareWindow", "What was decided at the visit"),
    "reminders": QT_TRANSLATE_NOOP("ShareWindow", "Reminders"),
    "original_start": QT_TRANSLATE_NOOP("ShareWindow", "Date and time it first had"),
    "cancelled": QT_TRANSLATE_NOOP("ShareWindow", "Canceled"),
    # Medicines and doses
    "route": QT_TRANSLATE_NOOP("ShareWindow", "How it is taken"),
    "as_needed": QT_TRANSLATE_NOOP("ShareWindow", "As needed (breakthrough)"),
    "purpose": QT_TRANSLATE_NOOP("ShareWindow", "What it is for"),
    "started_on": QT_TRANSLATE_NOOP("ShareWindow", "Started on"),
    "stopped_on": QT_TRANSLATE_NOOP("ShareWindow", "Stopped on"),
    # The moment a start or stop saved on its own day counts from
    "started_at": QT_TRANSLATE_NOOP("ShareWindow", "Started at"),
    "stopped_at": QT_TRANSLATE_NOOP("ShareWindow", "Stopped at"),
    # The family's usual times ("with breakfast"), and one a change replaced
    "anchor": QT_TRANSLATE_NOOP("ShareWindow", "Meal or bedtime"),
    "clock_time": QT_TRANSLATE_NOOP("ShareWindow", "Usual time"),
    "schedule_kind": QT_TRANSLATE_NOOP("ShareWindow", "Kind of schedule"),
    "dose_times": QT_TRANSLATE_NOOP("ShareWindow", "Dose times"),
    "every_hours": QT_TRANSLATE_NOOP("ShareWindow", "Every how many hours"),
    "first_time": QT_TRANSLATE_NOOP("ShareWindow", "Time of the first dose"),
    "weekdays": QT_TRANSLATE_NOOP("ShareWindow", "Days of the week"),
    "prn_reasons": QT_TRANSLATE_NOOP("ShareWindow", "Reasons for an as-needed dose"),
    "prn_min_interval_minutes": QT_TRANSLATE_NOOP(
        "ShareWindow", "Minutes at least between as-needed doses"
    ),
    "prn_max_per_day": QT_TRANSLATE_NOOP("ShareWindow", "As-needed doses a day at most"),
    "refill_warning_days": QT_TRANSLATE_NOOP(
        "ShareWindow", "Days before running out to warn about a refill"
    ),
    "symptom": QT_TRANSLATE_NOOP("ShareWindow", "Symptom the scores are for"),
    "score_before": QT_TRANSLATE_NOOP("ShareWindow", "Score before the dose"),
    "score_after": QT_TRANSLATE_NOOP("ShareWindow", "Score 30 to 60 minutes after the dose"),
    "after_recorded_at": QT_TRANSLATE_NOOP("ShareWindow", "Time of the score after the dose"),
    "scheduled_for": QT_TRANSLATE_NOOP("ShareWindow", "Due at"),
    "status_reason": QT_TRANSLATE_NOOP("ShareWindow", "Reason"),
    "effective_at": QT_TRANSLATE_NOOP("ShareWindow", "Given at"),
    "dosage": QT_TRANSLATE_NOOP("ShareWindow", "Dose"),
    "changed_at": QT_TRANSLATE_NOOP("ShareWindow", "Changed at"),
    "field": QT_TRANSLATE_NOOP("ShareWindow", "What was changed"),
    "old_value": QT_TRANSLATE_NOOP("ShareWindow", "Before"),
    "new_value": QT_TRANSLATE_NOOP("ShareWindow", "After"),
    "amount": QT_TRANSLATE_NOOP("ShareWindow", "Amount"),
    # Questions for the care team
    "text": QT_TRANSLATE_NOOP("ShareWindow", "Question"),
    "ask_role": QT_TRANSLATE_NOOP("ShareWindow", "Who to ask"),
    "article": QT_TRANSLATE_NOOP("ShareWindow", "Article in Learn"),
    "answer": QT_TRANSLATE_NOOP("ShareWindow", "Their answer"),
    "answered_at": QT_TRANSLATE_NOOP("ShareWindow", "Answered on"),
    "occurrence_start": QT_TRANSLATE_NOOP("ShareWindow", "Plan to ask at"),
}


def field_label(column: str) -> str:
    """The translated name of a record's column ("starts_at": "Starts"), else it spelled out."""
    label = LABELS.get(column)
    if label is not None:
        return QCoreApplication.translate("ShareWindow", label)
    return column.replace("_", " ").capitalize()


def in_form_order(columns: Iterable[str]) -> list[str]:
    """``columns`` in the order the table above gives them (as the forms do: the person's
    name before their pharmacy), the ones it does not name after, as they came."""
    order = {column: place for place, column in enumerate(LABELS)}
    return sorted(columns, key=lambda column: order.get(column, len(order)))
