"""A fictional, realistic care record for newcomers and screenshots.

Every name, number and note here is invented. Phone numbers use the 555-01xx
range, which is set aside for fiction. Dates are relative to ``today`` so the
demo always looks current. Runs with the store already open.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from caregiver_app.services.calendar.demo import add_demo_calendar
from caregiver_app.store.diary import (
    DoseRecord,
    EntryRecord,
    MedicineRecord,
    save_dose,
    save_entries,
    save_medicine,
)
from caregiver_app.store.models import Appointment, Contact, ContactPhone
from caregiver_app.store.queries import ProfileData, save_profile
from caregiver_app.store.questions import QuestionRecord, answer_question, save_question

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
    # (days from today, hour, minutes long, title, kind, location); the infusions, every
    # three weeks, are a series added by services/calendar/demo.py
    (-84, 10, 45, "Oncology review", "oncology", "Lakeside Cancer Center, 3rd floor"),
    (
        -84,
        11,
        60,
        "Palliative care first visit",
        "palliative_care",
        "Riverside Palliative Care Clinic",
    ),
    (-56, 14, 30, "Palliative care video visit", "telehealth", "Video link from the clinic"),
    (-42, 8, 30, "CT scan, chest", "imaging", "Lakeside Imaging, ground floor"),
    (-35, 10, 45, "Oncology review", "oncology", "Lakeside Cancer Center, 3rd floor"),
    (-35, 11, 45, "Palliative care visit", "palliative_care", "Riverside Palliative Care Clinic"),
    (-14, 14, 30, "Palliative care video visit", "telehealth", "Video link from the clinic"),
    (-2, 8, 20, "Blood tests", "lab", "Lakeside Cancer Center lab"),
    (3, 10, 45, "Oncology review", "oncology", "Lakeside Cancer Center, 3rd floor"),
    (3, 11, 45, "Palliative care visit", "palliative_care", "Riverside Palliative Care Clinic"),
    (9, 13, 60, "Drain fluid around the lung", "procedure", "Lakeside Cancer Center, day unit"),
    (17, 14, 30, "Palliative care video visit", "telehealth", "Video link from the clinic"),
    (21, 15, 15, "Pick up new prescriptions", "pharmacy", "Riverside Pharmacy"),
    (28, 8, 30, "CT scan, chest", "imaging", "Lakeside Imaging, ground floor"),
)

# (name, strength, how taken, schedule, as needed, what for, prescriber, started and
# stopped, in days before today)
_MEDICINES = (
    (
        "Morphine extended-release tablets",
        "15 mg",
        "by mouth",
        "every 12 hours",
        False,
        "pain",
        "Dr. Amara Okafor",
        90,
        None,
    ),
    (
        "Morphine oral solution",
        "10 mg per 5 mL",
        "by mouth",
        "up to every 2 hours",
        True,
        "breakthrough pain or breathlessness",
        "Dr. Amara Okafor",
        90,
        None,
    ),
    (
        "Ondansetron",
        "4 mg",
        "under the tongue or in the cheek",
        "up to every 8 hours",
        True,
        "nausea",
        "Dr. Hiroshi Tanaka",
        95,
        20,
    ),
    (
        "Senna",
        "8.6 mg",
        "by mouth",
        "two tablets at bedtime",
        False,
        "constipation",
        "Dr. Amara Okafor",
        90,
        None,
    ),
    (
        "Dexamethasone",
        "4 mg",
        "by mouth",
        "once a day with breakfast",
        False,
        "appetite and energy",
        "Dr. Hiroshi Tanaka",
        40,
        None,
    ),
    (
        "Oxygen",
        "2 L/min",
        "nasal tubes",
        "when short of breath",
        True,
        "breathlessness",
        "Dr. Amara Okafor",
        60,
        None,
    ),
)

# (question, role to ask, Learn article it came from, answer if answered)
_QUESTIONS = (
    (
        "She needs the liquid morphine most evenings now. Should we talk about the regular dose?",
        "palliative care physician",
        "breakthrough-doses",
        "",
    ),
    ("Can the next scan be on the same day as the infusion?", "care coordinator", "", ""),
    (
        "Is there a way to get help with the stairs at home?",
        "nurse navigator",
        "",
        "A home safety visit is booked; a stair rail is on order.",
    ),
    ("What shakes or snacks help when she has no appetite?", "registered dietitian", "", ""),
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

        contact_ids = {contact.name: contact.id for contact in Contact.select()}
        entries = []
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
                scores = {
                    name: _score(
                        rng,
                        _BASELINE[name],
                        drift if name in ("tiredness", "shortness_of_breath") else 0,
                    )
                    for name in _SCORE_FIELDS
                }
                if rng.random() < 0.08:
                    scores["nausea"] = None  # not rated that time
                morning = at.hour < 12
                hoarse = rng.random() < 0.15
                note = rng.choice(_NOTES)
                entries.append(
                    EntryRecord(
                        recorded_at=recorded,
                        completed_by="patient" if rng.random() < 0.3 else "family_caregiver",
                        scores=scores,
                        other_problem="hoarseness" if hoarse else "",
                        other_problem_score=rng.randint(2, 5) if hoarse else None,
                        note=note,
                        for_team=bool(note) and rng.random() < 0.25,
                        oxygen_saturation=rng.randint(88, 95) if morning else None,
                        temperature_c=round(rng.uniform(36.4, 37.6), 1) if morning else None,
                        weight_kg=round(61.5 - (DEMO_DAYS - day_offset) * 0.03, 1)
                        if morning and day.weekday() == 0
                        else None,
                        trackers={"Cough": _score(rng, 4, 0)},
                    )
                )
        save_entries(entries)

        medicine_ids = {}
        for (
            name,
            strength,
            route,
            schedule,
            as_needed,
            purpose,
            who,
            started,
            stopped,
        ) in _MEDICINES:
            medicine_ids[name] = save_medicine(
                MedicineRecord(
                    name=name,
                    strength=strength,
                    route=route,
                    schedule=schedule,
                    as_needed=as_needed,
                    purpose=purpose,
                    prescriber_id=contact_ids.get(who),
                    started_on=today - timedelta(days=started),
                    stopped_on=today - timedelta(days=stopped) if stopped is not None else None,
                )
            )
        solution = medicine_ids["Morphine oral solution"]
        for day_offset in range(DEMO_DAYS - 10, -1, -1):
            day = today - timedelta(days=day_offset)
            for _dose in range(rng.choice((0, 1, 1, 2, 2, 3))):
                given = datetime.combine(day, time(rng.randint(7, 22), rng.choice((0, 15, 30, 45))))
                if given > now - timedelta(hours=1):
                    continue
                breath = rng.random() < 0.3
                before = rng.randint(5, 8)
                save_dose(
                    DoseRecord(
                        medicine_id=solution,
                        given_at=given,
                        dose="5 mg (2.5 mL)",
                        reason="shortness of breath" if breath else "pain",
                        symptom="shortness_of_breath" if breath else "pain",
                        score_before=before,
                        score_after=max(0, before - rng.randint(2, 4)),
                        after_recorded_at=given + timedelta(minutes=45),
                    )
                )
        # A dose given earlier today still waits for its "after" score.
        waiting = now - timedelta(minutes=50)
        if waiting.date() == today:
            save_dose(
                DoseRecord(
                    medicine_id=solution,
                    given_at=waiting.replace(second=0, microsecond=0),
                    dose="5 mg (2.5 mL)",
                    reason="pain",
                    symptom="pain",
                    score_before=7,
                )
            )

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
        add_demo_calendar(today, contact_ids)

        # The family's questions for the next visits; one already answered.
        for text, role, article, answer in _QUESTIONS:
            question_id = save_question(QuestionRecord(text=text, ask_role=role, article=article))
            if answer:
                answer_question(question_id, answer, now - timedelta(days=14))
