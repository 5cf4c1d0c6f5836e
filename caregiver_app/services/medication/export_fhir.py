"""The medicine log as a FHIR R4 Bundle of MedicationAdministration resources (JSON).

Each administration carries its Medication and the MedicationRequest (the schedule as the
family set it up, the one in force when the dose was due) as contained resources, and
points at one Patient in the Bundle.

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
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.local_time import local_iso
from caregiver_app.services.medication.dose_times import times_of_day
from caregiver_app.services.medication.export_log import (
    AS_NEEDED,
    LogEntry,
    log_entries,
)
from caregiver_app.services.medication.schedule_versions import ScheduleVersion, versions_of
from caregiver_app.services.medication.usual_versions import with_usual_times
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.schedule_history import earlier_schedules
from caregiver_app.store.medication.schedules import Schedule, schedules_by_medicine, usual_times
from caregiver_app.store.medication.usual_history import earlier_usual_times
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


def _timing(
    medicine: MedicineRecord, schedule: Schedule, usual: dict[str, time | None]
) -> Json | None:
    """The schedule as FHIR Timing; None when it is not set up (an as-needed dose: a
    medicine switched to as-needed had, before, the schedule of its scheduled doses)."""
    if medicine.id is None:
        return None
    repeat: Json = {}
    if schedule.kind == "times":
        times = times_of_day(schedule, usual)
        repeat["timeOfDay"] = [at.strftime("%H:%M:00") for at in times]
    elif schedule.kind == "interval" and schedule.every_hours:
        repeat.update(frequency=1, period=schedule.every_hours, periodUnit="h")
    else:
        return None
    if schedule.weekdays:
        repeat["dayOfWeek"] = [_WEEKDAYS[day - 1] for day in sorted(schedule.weekdays)]
    return {"repeat": repeat}


def request_of(
    medicine: MedicineRecord,
    patient: str,
    today: date,
    usual: dict[str, time | None],
    schedule: Schedule,
) -> Json:
    """The MedicationRequest (contained, id "request"): the medicine's schedule as set up
    (``schedule``: the one in force when the dose was due)."""
    dosage: Json = {}
    if medicine.schedule:
        dosage["text"] = medicine.schedule  # as the family wrote it
    timing = _timing(medicine, schedule, usual)
    if timing is not None:
        dosage["timing"] = timing
    dosage["asNeededBoolean"] = timing is None and medicine.as_needed
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


def administration(entry: LogEntry, patient: str, request: Json) -> Json:
    """One MedicationAdministration for ``entry``, its Medication and ``request`` contained."""
    resource: Json = {
        "resourceType": "MedicationAdministration",
        "contained": [_medication(entry.medicine), request],
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


def bundle_entries(entries: list[LogEntry], now: datetime) -> Iterator[Json]:
    """The Bundle's entries: the Patient, then one administration per log entry."""
    name = load_profile().patient_name.strip()
    patient: Json = {"resourceType": "Patient"}
    if name:
        patient["name"] = [{"text": name}]
    patient_urn = _urn("patient")
    yield {"fullUrl": patient_urn, "resource": patient}
    usual = usual_times()
    schedules = _Schedules(usual)
    # One per medicine and schedule it had: made once.
    requests: dict[tuple[int | None, str, ScheduleVersion], Json] = {}
    repeats: Counter[tuple[object, ...]] = Counter()
    for entry in entries:
        medicine = entry.medicine
        version = schedules.at(medicine.id, entry.scheduled_for or now)
        which = (medicine.id, medicine.name, version)
        if which not in requests:
            requests[which] = request_of(
                medicine, patient_urn, now.date(), version.usual(usual), version.schedule
            )
        key: tuple[object, ...] = (kind := entry.kind, medicine.id, medicine.name, entry.moment)
        if kind == AS_NEEDED and entry.given_at is not None:
            key += (entry.given_at,)
            if entry.given_at.fold:  # the second 1:15 of the night the clocks go back
                key += ("second pass",)
        # Two doses logged the same minute are two administrations: each fullUrl once in a
        # Bundle (bdl-7), else a reader keeps one of them. The first keeps its usual id.
        repeats[key] += 1
        if repeats[key] > 1:
            key += (repeats[key],)
        yield {
            "fullUrl": _urn(*key),
            "resource": administration(entry, patient_urn, requests[which]),
        }


class _Schedules:
    """Each medicine's schedules (read once), and which was in force at a moment."""

    def __init__(self, usual: dict[str, time | None]) -> None:
        now = schedules_by_medicine()
        earlier = earlier_schedules()
        moved_usual = earlier_usual_times()
        self.versions: dict[int, tuple[ScheduleVersion, ...]] = {
            medicine_id: with_usual_times(
                versions_of(schedule, earlier.get(medicine_id, ())), usual, moved_usual
            )
            for medicine_id, schedule in now.items()
        }

    def at(self, medicine_id: int | None, moment: datetime) -> ScheduleVersion:
        """The schedule in force at ``moment``, with the usual times then ("not set up"
        when none was)."""
        versions = self.versions.get(medicine_id, ()) if medicine_id is not None else ()
        return next((v for v in versions if v.holds_at(moment)), ScheduleVersion(Schedule()))


def _head(now: datetime) -> Json:
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": local_iso(now.replace(microsecond=0)),
    }


def _encode(value: Json) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def log_bundle(entries: list[LogEntry], now: datetime) -> Json:
    """The Bundle (type collection) of the Patient and one administration per entry."""
    return {**_head(now), "entry": list(bundle_entries(entries, now))}


def bundle_bytes(entries: list[LogEntry], now: datetime) -> bytes:
    """The Bundle as UTF-8 JSON, one entry a line.

    Each entry is encoded on its own by the json module's C encoder (an indented dump of
    the whole Bundle goes through its pure-Python one, ten times slower), and no tree of
    the whole log is held in memory.
    """
    head = _encode(_head(now))[:-1]  # without its closing brace
    lines = [_encode(entry) for entry in bundle_entries(entries, now)]
    return (head + ',"entry":[\n' + ",\n".join(lines) + "\n]}\n").encode("utf-8")


def export_log_fhir(
    path: Path, start: date | None = None, end: date | None = None, now: datetime | None = None
) -> int:
    """Write the log from day ``start`` to day ``end`` to ``path`` as a FHIR R4 Bundle;
    return how many administrations it holds."""
    now = now or home_now()
    entries = log_entries(start, end, now)
    atomic_write_bytes(Path(path), bundle_bytes(entries, now))
    return len(entries)
