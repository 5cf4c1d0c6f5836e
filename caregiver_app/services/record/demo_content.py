"""The demo record's invented content: the person, the team, notes, visits, medicines, questions."""

from __future__ import annotations

from datetime import date

from caregiver_app.store.queries import ProfileData

DEMO_DAYS = 100
SEED = 20261129

PROFILE = ProfileData(
    patient_name="Rosa Delgado",
    date_of_birth=date(1956, 3, 14),
    diagnosis="Non-small cell lung cancer (adenocarcinoma), stage 4, spread to bone",
    allergies="Penicillin (rash)",
    advance_directive_location="Blue folder in the kitchen drawer; copy with Dr. Okafor",
    preferred_pharmacy="Riverside Pharmacy, 12 Mill Street, 555-0147",
    caregiver_name="Daniel Delgado",
    caregiver_phone="555-0101",
    other_caregivers="Lucia Delgado\nMarco Delgado",
)

# (name, role, organisation, call about, call first, emergency, phones)
TEAM = (
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

NOTES = (
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

APPOINTMENTS = (
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
MEDICINES = (
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
QUESTIONS = (
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

DEMO_SCORE_FIELDS = (
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
BASELINE = {
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
