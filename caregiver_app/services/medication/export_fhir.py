"""The medicine log as a FHIR R4 Bundle of MedicationAdministration resources (JSON).

Each administration carries its Medication and the MedicationRequest (the schedule as the
family set it up) as contained resources, and points at one Patient in the Bundle.

Statuses (FHIR R4 medication-admin-status): given and given late are ``completed``;
skipped and refused are ``not-done`` with the reason in ``statusReason``; a scheduled dose
nobody answered is ``unknown``, whose definition is "the authoring system does not know
which of the status values currently applies ... one of the listed statuses is presumed
to apply, it's just not known which one": exactly a dose that was given or not, with
nobody saying which. ``effective[x]`` is required in R4; a dose not given, or not logged,
carries the time it was due there, as its note says. The scheduled time of every
scheduled dose is kept in an extension, so a late dose reads as late.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.medication.dose_times import times_of_day
from caregiver_app.services.medication.export_log import (
    AS_NEEDED,
    LogEntry,
    local_iso,
    log_entries,
)
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.schedules import get_schedule, usual_times
from caregiver_app.store.queries import load_profile

SCHEDULED_TIME_URL = "https://caregiver-app.example.org/fhir/StructureDefinition/scheduled-time"
_NAMESPACE = uuid.UUID("6f1c3e0a-6b7e-5d7a-9a41-2d3a0c9b1e17")
_STATUS = {
    "given": "completed",
    "given_late": "completed",
    "skipped": "not-done",
    "refused": "not-done",
    "not_logged": "unknown",
}
_REASONS = {
    "asleep": "Asleep",
    "vomited": "Vomited",
    "refused": "Refused by the patient",
    "not_needed": "Not needed",
    "other": "Other reason",
}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Json = dict[str, Any]


def _urn(*parts: object) -> str:
    return "urn:uuid:" + str(uuid.uuid5(_NAMESPACE, "/".join(str(part) for part in parts)))


def _medication(medicine: MedicineRecord) -> Json:
    name = " ".join(part for part in (medicine.name, medicine.strength) if part)
    return {"resourceType": "Medication", "id": "medication", "code": {"text": name}}


def _timing(medicine: MedicineRecord) -> Json | None:
    """The schedule as FHIR Timing; None when it is not set up (or the dose is as-needed)."""
    if medicine.as_needed or medicine.id is None:
        return None
    schedule = get_schedule(medicine.id)
    repeat: Json = {}
    if schedule.kind == "times":
        times = times_of_day(schedule, usual_times())
        repeat["timeOfDay"] = [at.strftime("%H:%M:00") for at in times]
    elif schedule.kind == "interval" and schedule.every_hours:
        repeat.update(frequency=1, period=schedule.every_hours, periodUnit="h")
    else:
        return None
    if schedule.weekdays:
        repeat["dayOfWeek"] = [_WEEKDAYS[day - 1] for day in sorted(schedule.weekdays)]
    return {"repeat": repeat}


def _request(medicine: MedicineRecord, patient: str, today: date) -> Json:
    dosage: Json = {}
    if medicine.schedule:
        dosage["text"] = medicine.schedule  # as the family wrote it
    timing = _timing(medicine)
    if timing is not None:
        dosage["timing"] = timing
    dosage["asNeededBoolean"] = medicine.as_needed
    if medicine.route:
        dosage["route"] = {"text": medicine.route}
    stopped = medicine.stopped_on is not None and medicine.stopped_on <= today
    return {
        "resourceType": "MedicationRequest",
        "id": "request",
        "status": "stopped" if stopped else "active",
        "intent": "order",
        "medicationReference": {"reference": "#medication"},
        "subject": {"reference": patient},
        "dosageInstruction": [dosage],
    }


def _performer(token: str, patient: str) -> list[Json]:
    if not token:
        return []  # nobody said who gave it: no performer is invented
    if token == "patient":
        return [{"actor": {"reference": patient}}]
    if token == "nurse":
        return [{"actor": {"type": "Practitioner", "display": "nurse"}}]
    return [{"actor": {"type": "RelatedPerson", "display": token}}]


def administration(entry: LogEntry, patient: str, today: date) -> Json:
    """One MedicationAdministration for ``entry``, its Medication and request contained."""
    resource: Json = {
        "resourceType": "MedicationAdministration",
        "contained": [_medication(entry.medicine), _request(entry.medicine, patient, today)],
        "status": _STATUS[entry.status],
    }
    if entry.scheduled_for is not None:
        resource["extension"] = [
            {"url": SCHEDULED_TIME_URL, "valueDateTime": local_iso(entry.scheduled_for)}
        ]
    if entry.status_reason:
        resource["statusReason"] = [
            {"text": _REASONS.get(entry.status_reason, entry.status_reason)}
        ]
    resource["medicationReference"] = {"reference": "#medication"}
    resource["subject"] = {"reference": patient}
    resource["effectiveDateTime"] = local_iso(entry.given_at or entry.moment)
    performer = _performer(entry.performer, patient)
    if performer:
        resource["performer"] = performer
    if entry.reason:
        resource["reasonCode"] = [{"text": entry.reason}]
    resource["request"] = {"reference": "#request"}
    notes = []
    if entry.status == "not_logged":
        notes.append(
            "Not logged: nobody recorded whether this dose was given; the time is when it was due."
        )
    elif entry.given_at is None:
        notes.append("Not given; the time is when it was due.")
    if entry.dose:
        notes.append(f"Dose given: {entry.dose}")
    if entry.note:
        notes.append(entry.note)
    if notes:
        resource["note"] = [{"text": text} for text in notes]
    return resource


def log_bundle(entries: list[LogEntry], now: datetime) -> Json:
    """The Bundle (type collection) of the Patient and one administration per entry."""
    name = load_profile().patient_name.strip()
    patient: Json = {"resourceType": "Patient"}
    if name:
        patient["name"] = [{"text": name}]
    patient_urn = _urn("patient")
    resources = [{"fullUrl": patient_urn, "resource": patient}]
    for entry in entries:
        key: tuple[object, ...] = (
            entry.kind,
            entry.medicine.id,
            entry.medicine.name,
            entry.moment.isoformat(),
        )
        if entry.kind == AS_NEEDED:
            key += (entry.given_at,)
        resources.append(
            {"fullUrl": _urn(*key), "resource": administration(entry, patient_urn, now.date())}
        )
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": local_iso(now.replace(microsecond=0)),
        "entry": resources,
    }


def export_log_fhir(
    path: Path, start: date | None = None, end: date | None = None, now: datetime | None = None
) -> int:
    """Write the log from day ``start`` to day ``end`` to ``path`` as a FHIR R4 Bundle;
    return how many administrations it holds."""
    now = now or datetime.now()
    entries = log_entries(start, end, now)
    text = json.dumps(log_bundle(entries, now), ensure_ascii=False, indent=1)
    atomic_write_bytes(Path(path), (text + "\n").encode("utf-8"))
    return len(entries)
