"""A fictional, realistic care record for newcomers and screenshots.

Every name, number and note here is invented. Phone numbers use the 555-01xx
range, which is set aside for fiction. Dates are relative to ``today`` so the
demo always looks current. Runs with the store already open.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from caregiver_app.services.calendar.demo import add_demo_calendar
from caregiver_app.services.record.demo_content import (
    APPOINTMENTS,
    BASELINE,
    DEMO_DAYS,
    DEMO_SCORE_FIELDS,
    MEDICINES,
    NOTES,
    PROFILE,
    QUESTIONS,
    SEED,
    TEAM,
)
from caregiver_app.services.record.demo_medication import add_demo_medication
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, save_entries
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.home_clock import home_now, home_today
from caregiver_app.store.models import Appointment, Contact, ContactPhone
from caregiver_app.store.queries import ProfileData, save_profile
from caregiver_app.store.questions import QuestionRecord, answer_question, save_question

# What each entry of TEAM (demo_content) holds before its phones, in order.
_CONTACT_COLUMNS = ("name", "role", "organisation", "call_about", "call_first", "emergency_contact")


def _score(rng: random.Random, base: int, drift: float) -> int:
    return max(0, min(10, round(base + drift + rng.gauss(0, 1.2))))


def create_demo_record(today: date | None = None) -> None:
    """Fill the open (empty) store with the demo family's record."""
    today = today or home_today()
    rng = random.Random(SEED)
    now = home_now()
    database = Contact._meta.database
    with database.atomic():
        save_profile(
            ProfileData(**{**PROFILE.__dict__, "diagnosis_date": today - timedelta(days=230)})
        )
        for *person, phones in TEAM:
            details = dict(zip(_CONTACT_COLUMNS, person, strict=True))
            contact = Contact.create(**details, created_at=now, updated_at=now)
            for position, (kind, number) in enumerate(phones):
                ContactPhone.create(contact=contact, kind=kind, number=number, position=position)

        contact_ids = {
            contact.name: contact.id
            for contact in Contact.select()
        }
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
                scores: dict[str, int | None] = {
                    name: _score(
                        rng,
                        BASELINE[name],
                        drift if name in ("tiredness", "shortness_of_breath") else 0,
                    )
                    for name in DEMO_SCORE_FIELDS
                }
                if rng.random() < 0.08:
                    scores["nausea"] = None  # not rated that time
                morning = at.hour < 12
                hoarse = rng.random() < 0.15
                note = rng.choice(NOTES)
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
        for name, strength, route, schedule, as_needed, purpose, who, started, stopped in MEDICINES:
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
        caregivers = ProfileData(**PROFILE.__dict__).caregivers()
        add_demo_medication(medicine_ids, caregivers, today, now)
        who_gave = random.Random(SEED + 1)  # its own stream: the doses stay as they were
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
                        performer=who_gave.choice(caregivers),
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

        for offset, hour, minutes, title, kind, location in APPOINTMENTS:
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
        for text, role, article, answer in QUESTIONS:
            question_id = save_question(QuestionRecord(text=text, ask_role=role, article=article))
            if answer:
                answer_question(question_id, answer, now - timedelta(days=14))
