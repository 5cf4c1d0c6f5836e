"""A fictional, realistic care record for newcomers and screenshots.

Every name, number and note here is invented. Phone numbers use the 555-01xx
range, which is set aside for fiction. Dates are relative to ``today`` so the
demo always looks current. Runs with the store already open.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from caregiver_app.store.models import Appointment, Contact, ContactPhone, DiaryEntry
from caregiver_app.store.queries import ProfileData, save_profile

DEMO_DAYS = 100
_SEED = 20261129

_PROFILE = ProfileData(
    patient_name="Rosa Delgado",
    date_of_birth=date(1956, 3, 14),
    diagnosis="Non-small cell lung cancer (adenocarcinoma), stage 4, spread to bone",
    allergies="Penicillin (rash)",
    advance_directive_location="Blue folder in the kitchen drawer; copy with Dr. Okafor",
    preferred_pharmacy="Riverside Pharmacy, 12 Mill Street, 555-0147",
    caregiver_name="Daniel Delgado",
    caregiver_phone="555-0101",
)

# (name, role, organisation, call about, call first, emergency, phones)
_TEAM = (
    (
        "Dr. Amara Okafor",
        "palliative care physician",
        "Riverside Palliative Care Clinic",
        "Goals of care, pain and breathlessness plan",
        False,
        False,
        (("main", "555-0110"), ("after_hours", "555-0111")),
    ),
    (
        "Grace Lindqvist, RN",
        "nurse navigator",
        "Riverside Palliative Care Clinic",
        "New or worse symptoms, hospital stays, equipment, rides",
        True,
        False,
        (("main", "555-0112"), ("after_hours", "555-0111")),
    ),
    (
        "Dr. Hiroshi Tanaka",
        "oncologist",
        "Lakeside Cancer Center",
        "Treatment plan, scan results, infusion schedule",
        False,
        False,
        (("main", "555-0120"), ("fax", "555-0121")),
    ),
    (
        "Marisol Vega, LCSW",
        "social worker or counselor",
        "Riverside Palliative Care Clinic",
        "Stress and coping, family meetings, paperwork help",
        False,
        False,
        (("main", "555-0113"),),
    ),
    (
        "Ben Adeyemi, PharmD",
        "pharmacist",
        "Riverside Pharmacy",
        "Refills, side effects, hard-to-find medicines",
        False,
        False,
        (("main", "555-0147"), ("mobile", "555-0148")),
    ),
    (
        "Rev. Ellen Marsh",
        "chaplain",
        "Riverside Palliative Care Clinic",
        "Spiritual support for Rosa and the family",
        False,
        False,
        (("main", "555-0114"),),
    ),
    (
        "Priya Raman, RD",
        "registered dietitian",
        "Lakeside Cancer Center",
        "Appetite, weight loss, nutrition shakes",
        False,
        False,
        (("main", "555-0122"),),
    ),
    (
        "Tom Brennan, RRT",
        "respiratory therapist",
        "Lakeside Home Oxygen",
        "Oxygen equipment and breathing exercises",
        False,
        False,
        (("main", "555-0130"), ("after_hours", "555-0131")),
    ),
    (
        "Lucia Ferreira",
        "care coordinator",
        "Riverside Palliative Care Clinic",
        "Booking visits, insurance questions",
        False,
        False,
        (("main", "555-0115"),),
    ),
    (
        "Carmen Delgado",
        "other",
        "",
        "Daughter; can drive on Tuesdays and Fridays",
        False,
        True,
        (("mobile", "555-0102"),),
    ),
)

_NOTES = (
    "Slept most of the afternoon. Ate half a bowl of soup.",
    "Short of breath climbing the stairs; used the oxygen for an hour.",
    "Good morning, sat in the garden for a while.",
    "Pain in the right hip worse at night.",
    "Nauseous after lunch, better by evening.",
    "Worried about the scan next week; talked with Marisol on the phone.",
    "Constipated for two days.",
    "Visit from the grandchildren, tired but happy.",
    "Cough kept her awake.",
    "",
)

_APPOINTMENTS = (
    # (days from today, hour, minutes long, title, kind, location)
    (-84, 10, 45, "Oncology review", "oncology", "Lakeside Cancer Center, 3rd floor"),
    (
        -84,
        11,
        60,
        "Palliative care first visit",
        "palliative_care",
        "Riverside Palliative Care Clinic",
    ),
    (-70, 9, 180, "Infusion", "infusion", "Lakeside Cancer Center, infusion suite"),
    (-56, 14, 30, "Palliative care video visit", "telehealth", "Video link from the clinic"),
    (-49, 9, 180, "Infusion", "infusion", "Lakeside Cancer Center, infusion suite"),
    (-42, 8, 30, "CT scan, chest", "imaging", "Lakeside Imaging, ground floor"),
    (-35, 10, 45, "Oncology review", "oncology", "Lakeside Cancer Center, 3rd floor"),
    (-35, 11, 45, "Palliative care visit", "palliative_care", "Riverside Palliative Care Clinic"),
    (-28, 9, 180, "Infusion", "infusion", "Lakeside Cancer Center, infusion suite"),
    (-14, 14, 30, "Palliative care video visit", "telehealth", "Video link from the clinic"),
    (-7, 9, 180, "Infusion", "infusion", "Lakeside Cancer Center, infusion suite"),
    (-2, 8, 20, "Blood tests", "lab", "Lakeside Cancer Center lab"),
    (3, 10, 45, "Oncology review", "oncology", "Lakeside Cancer Center, 3rd floor"),
    (3, 11, 45, "Palliative care visit", "palliative_care", "Riverside Palliative Care Clinic"),
    (9, 13, 60, "Drain fluid around the lung", "procedure", "Lakeside Cancer Center, day unit"),
    (14, 9, 180, "Infusion", "infusion", "Lakeside Cancer Center, infusion suite"),
    (17, 14, 30, "Palliative care video visit", "telehealth", "Video link from the clinic"),
    (21, 15, 15, "Pick up new prescriptions", "pharmacy", "Riverside Pharmacy"),
    (28, 8, 30, "CT scan, chest", "imaging", "Lakeside Imaging, ground floor"),
)

_SCORE_FIELDS = (
    "pain",
    "tiredness",
    "drowsiness",
    "nausea",
    "lack_of_appetite",
    "shortness_of_breath",
    "depression",
    "anxiety",
    "wellbeing",
)
# Typical levels for this fictional person; the diary wanders around them.
_BASELINE = {
    "pain": 4,
    "tiredness": 6,
    "drowsiness": 3,
    "nausea": 2,
    "lack_of_appetite": 5,
    "shortness_of_breath": 5,
    "depression": 3,
    "anxiety": 4,
    "wellbeing": 5,
}


def _score(rng: random.Random, base: int, drift: float) -> int:
    return max(0, min(10, round(base + drift + rng.gauss(0, 1.2))))


def create_demo_record(today: date | None = None) -> None:
    """Fill the open (empty) store with the demo family's record."""
    today = today or date.today()
    rng = random.Random(_SEED)
    now = datetime.now()
    database = Contact._meta.database
    with database.atomic():
        save_profile(
            ProfileData(**{**_PROFILE.__dict__, "diagnosis_date": today - timedelta(days=230)})
        )
        for name, role, org, about, first, emergency, phones in _TEAM:
            contact = Contact.create(
                name=name,
                role=role,
                organisation=org,
                call_about=about,
                call_first=first,
                emergency_contact=emergency,
                created_at=now,
                updated_at=now,
            )
            for position, (kind, number) in enumerate(phones):
                ContactPhone.create(contact=contact, kind=kind, number=number, position=position)

        rows = []
        for day_offset in range(DEMO_DAYS, -1, -1):
            day = today - timedelta(days=day_offset)
            # A slow rise in breathlessness and tiredness over the months.
            drift = (DEMO_DAYS - day_offset) / DEMO_DAYS * 1.5
            times = [time(9, rng.randint(0, 40))]
            if rng.random() < 0.6:
                times.append(time(20, rng.randint(0, 50)))
            for at in times:
                recorded = datetime.combine(day, at)
                if recorded > now:
                    continue
                row = {
                    name: _score(
                        rng,
                        _BASELINE[name],
                        drift if name in ("tiredness", "shortness_of_breath") else 0,
                    )
                    for name in _SCORE_FIELDS
                }
                if rng.random() < 0.08:
                    row["nausea"] = None  # not rated that time
                row.update(
                    recorded_at=recorded,
                    completed_by="patient" if rng.random() < 0.3 else "family_caregiver",
                    other_problem="cough" if rng.random() < 0.4 else "",
                    note=rng.choice(_NOTES),
                    created_at=recorded,
                )
                row["other_problem_score"] = rng.randint(2, 7) if row["other_problem"] else None
                rows.append(row)
        for start in range(0, len(rows), 200):
            DiaryEntry.insert_many(rows[start : start + 200]).execute()

        for offset, hour, minutes, title, kind, location in _APPOINTMENTS:
            starts = datetime.combine(today + timedelta(days=offset), time(hour, 0))
            Appointment.create(
                title=title,
                kind=kind,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=minutes),
                location=location,
                created_at=now,
            )
