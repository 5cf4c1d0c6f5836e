"""The appointment kinds in words: as the calendar lists them and the visit summary prints them.

QtCore only, so the window and the summary's PDF name a kind in the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.wording import QT_TRANSLATE_NOOP

CONTEXT = "AppointmentKinds"

# One for each kind the calendar stores (store/calendar/records.py KINDS): the kinds a
# family juggles (../shared/reference/domain.md, "Calendar conventions").
KIND_LABELS = {
    "oncology": QT_TRANSLATE_NOOP("AppointmentKinds", "Oncology"),
    "palliative_care": QT_TRANSLATE_NOOP("AppointmentKinds", "Palliative care"),
    "telehealth": QT_TRANSLATE_NOOP("AppointmentKinds", "Telehealth video visit"),
    "infusion": QT_TRANSLATE_NOOP("AppointmentKinds", "Infusion or treatment"),
    "radiation": QT_TRANSLATE_NOOP("AppointmentKinds", "Radiation"),
    "imaging": QT_TRANSLATE_NOOP("AppointmentKinds", "Imaging or scan"),
    "lab": QT_TRANSLATE_NOOP("AppointmentKinds", "Lab work"),
    "procedure": QT_TRANSLATE_NOOP("AppointmentKinds", "Procedure"),
    "pharmacy": QT_TRANSLATE_NOOP("AppointmentKinds", "Pharmacy"),
    "other": QT_TRANSLATE_NOOP("AppointmentKinds", "Other"),
}


def kind_label(kind: str) -> str:
    """An appointment kind in the user's language; one the calendar does not know reads "Other"."""
    return QCoreApplication.translate(CONTEXT, KIND_LABELS.get(kind, KIND_LABELS["other"]))
