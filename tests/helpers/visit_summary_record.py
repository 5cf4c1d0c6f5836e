"""A small care record with known numbers, for the visit summary's tests.

The period is the 14 days ending yesterday (so nothing is in the future, whatever
day the tests run); the previous period is the 14 days before it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, save_entries
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.models import Medicine
from caregiver_app.store.queries import ProfileData, save_profile
from caregiver_app.store.questions import QuestionRecord, save_question

END = date.today() - timedelta(days=1)
START = END - timedelta(days=13)
NOW = datetime.combine(date.today(), time(8, 0))

HOSTILE = [
    "<b>x</b>",
    "a < b & c",
    '<img src="x"/>',
    "unclosed <font",
    "She said \"stop\" & it's 'fine'",
]
SCRIPTS = ["王小明", "Μαρία", "Zoë Ñúñez", "山田花子", "김민수", "Иван Петров"]


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour, 0))


def request(**overrides) -> SummaryRequest:
    values = {"start": START, "end": END}
    values.update(overrides)
    return SummaryRequest(**values)


def fill_record(patient_name: str = "Zoë Ñúñez", caregiver_name: str = "王小明") -> dict:
    """Profile, diary, doses, medicines, calendar, questions and contacts; returns ids."""
    save_profile(
        ProfileData(
            patient_name=patient_name,
            date_of_birth=date(1950, 2, 3),
            caregiver_name=caregiver_name,
            diagnosis="Lung adenocarcinoma, stage 4",
            allergies="Penicillin",
        )
    )
    nurse = save_contact(
        ContactRecord(
            name="Grace Lindqvist, RN",
            role="nurse navigator",
            call_first=True,
            phones=[("main", "555-0112"), ("after_hours", "555-0111")],
        )
    )
    save_contact(
        ContactRecord(name="Dr. Hiroshi Tanaka", role="oncologist", phones=[("main", "555-0120")])
    )
    previous = START - timedelta(days=14)
    save_entries(
        [
            # The previous period: pain 2 and 4 (average 3.0), nausea 3.
            EntryRecord(at(previous), scores={"pain": 2, "nausea": 3}),
            EntryRecord(at(previous + timedelta(days=3)), scores={"pain": 4}),
            # This period: pain 3, 5, 8 (average 5.3, highest and latest 8).
            EntryRecord(
                at(START),
                completed_by="patient",
                scores={"pain": 3, "nausea": 1, "tiredness": 6},
                note="Slept most of the day.",
            ),
            EntryRecord(
                at(START + timedelta(days=5)),
                completed_by="family_caregiver",
                scores={"pain": 5, "nausea": 1},
                other_problem="hoarseness",
                other_problem_score=4,
                trackers={"Cough": 6},
                note="Cough at night; used the fan.",
                for_team=True,
            ),
            EntryRecord(
                at(END, 20),
                completed_by="family_caregiver",
                scores={"pain": 8},
                note="Hip pain worse.",
            ),
            # Outside the period: never counted.
            # Just after the period, at midnight: never in the future, whatever the hour.
            EntryRecord(at(END + timedelta(days=1), 0), scores={"pain": 0}, note="Tomorrow's"),
        ]
    )
    morphine = save_medicine(
        MedicineRecord(
            name="Morphine oral solution",
            strength="10 mg per 5 mL",
            route="by mouth",
            schedule="up to every 2 hours",
            as_needed=True,
            purpose="breakthrough pain",
            prescriber_id=nurse,
            started_on=START - timedelta(days=60),
        )
    )
    save_medicine(
        MedicineRecord(name="Senna", strength="8.6 mg", started_on=START - timedelta(days=60))
    )
    save_medicine(
        MedicineRecord(name="Dexamethasone", strength="4 mg", started_on=START + timedelta(days=2))
    )
    save_medicine(
        MedicineRecord(
            name="Ondansetron",
            strength="4 mg",
            started_on=START - timedelta(days=60),
            stopped_on=START + timedelta(days=3),
        )
    )
    oxygen = save_medicine(
        MedicineRecord(name="Oxygen", strength="2 L/min", started_on=START - timedelta(days=60))
    )
    # Edited (the flow changed) during the period, long after it was added.
    Medicine.update(
        created_at=at(START - timedelta(days=60)), updated_at=at(START + timedelta(days=4))
    ).where(Medicine.id == oxygen).execute()
    Medicine.update(created_at=at(START - timedelta(days=60))).where(
        Medicine.id != oxygen
    ).execute()
    for given, reason, symptom, before, after in (
        (at(START, 10), "pain", "pain", 7, 3),
        (at(START, 18), "Pain ", "pain", 6, 4),
        (at(END, 12), "shortness of breath", "shortness_of_breath", 8, None),
    ):
        save_dose(
            DoseRecord(
                medicine_id=morphine,
                given_at=given,
                dose="5 mg",
                reason=reason,
                symptom=symptom,
                score_before=before,
                score_after=after,
            )
        )
    palliative = save_appointment(
        AppointmentRecord(
            title="Palliative care visit",
            kind="palliative_care",
            starts_at=NOW + timedelta(days=3, hours=3),
            location="Riverside Palliative Care Clinic",
        )
    )
    save_appointment(
        AppointmentRecord(
            title="Oncology review", kind="oncology", starts_at=NOW + timedelta(days=10)
        )
    )
    save_appointment(
        AppointmentRecord(title="CT scan", kind="imaging", starts_at=NOW + timedelta(days=40))
    )
    save_appointment(
        AppointmentRecord(
            title="Last palliative visit",
            kind="palliative_care",
            starts_at=NOW - timedelta(days=20),
        )
    )
    save_question(QuestionRecord(text="Can we change the night dose?", ask_role="nurse navigator"))
    save_question(QuestionRecord(text="When is the next scan?", ask_role="oncologist"))
    save_question(QuestionRecord(text="Is a fan all right?"))
    save_question(QuestionRecord(text="Bring the diary?", appointment_id=palliative))
    return {"nurse": nurse, "morphine": morphine, "palliative": palliative}
