"""The care team roles the app offers, each with one plain line on what that person does.

Source: ../shared/reference/domain.md (roles of the palliative care team), written
in the project's own words. Translated in the views (context "Roles").
"""

from __future__ import annotations

from typing import NamedTuple

from caregiver_app.services.wording import QT_TRANSLATE_NOOP


class Role(NamedTuple):
    """A role as stored (``name``) and its one-line explanation, both untranslated."""

    name: str
    explanation: str


ROLES = (
    Role(
        QT_TRANSLATE_NOOP("Roles", "palliative care physician"),
        QT_TRANSLATE_NOOP(
            "Roles", "Leads symptom relief and talks through goals of care and quality of life."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "nurse navigator"),
        QT_TRANSLATE_NOOP(
            "Roles",
            "Your main link to the team: follows symptoms and hospital stays, arranges "
            "equipment and transport.",
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "nurse"),
        QT_TRANSLATE_NOOP(
            "Roles", "Checks on symptoms and medicines and answers day-to-day care questions."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "social worker or counselor"),
        QT_TRANSLATE_NOOP("Roles", "Support with stress, anxiety, coping and practical worries."),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "pharmacist"),
        QT_TRANSLATE_NOOP(
            "Roles", "Finds hard-to-get medicines and advises on side effects and refills."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "chaplain"),
        QT_TRANSLATE_NOOP(
            "Roles", "Spiritual support for the patient and family, any faith or none."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "respiratory therapist"),
        QT_TRANSLATE_NOOP("Roles", "Breathing techniques, oxygen and breathing equipment."),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "pulmonologist"),
        QT_TRANSLATE_NOOP(
            "Roles", "Lung specialist; can drain fluid that builds up around the lungs."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "registered dietitian"),
        QT_TRANSLATE_NOOP(
            "Roles", "Help with appetite, weight loss, nutrition drinks and eating well."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "care coordinator"),
        QT_TRANSLATE_NOOP(
            "Roles",
            "First contact for booking visits and insurance questions, and for a move to "
            "hospice if it is ever needed.",
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "oncologist"),
        QT_TRANSLATE_NOOP(
            "Roles", "Leads the cancer treatment and can refer you to palliative care."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "primary care physician"),
        QT_TRANSLATE_NOOP("Roles", "The family doctor, for health needs outside the cancer care."),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "hospice team"),
        QT_TRANSLATE_NOOP(
            "Roles", "Comfort-focused care, often at home, if and when the time comes."
        ),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "home health"),
        QT_TRANSLATE_NOOP("Roles", "Nurses and aides who visit the home to help with care."),
    ),
    Role(
        QT_TRANSLATE_NOOP("Roles", "other"),
        QT_TRANSLATE_NOOP("Roles", "Family, friends and anyone else worth having at hand."),
    ),
)

ROLE_ORDER = {role.name: index for index, role in enumerate(ROLES)}

# The palliative care team: a visit with one of them is a palliative care visit, whatever
# kind it was booked as (a weekly video visit with the palliative physician is booked as
# "Telehealth video visit"). From ../shared/reference/domain.md: the palliative care
# physician, the nurse navigator who follows symptoms and hospital stays, the social
# worker or counselor and the chaplain work only within that team. Left out because they
# as often see the patient for something else: a plain "nurse" (infusion and oncology
# nurses), the pharmacist (pick-ups), the respiratory therapist and pulmonologist
# (procedures such as draining fluid), the dietitian (oncology clinics have them too), the
# care coordinator (bookings and insurance, not a visit), the oncologist (who refers to
# palliative care) and the hospice team (hospice is not palliative care).
PALLIATIVE_TEAM_ROLES = (
    "palliative care physician",
    "nurse navigator",
    "social worker or counselor",
    "chaplain",
)


def role_explanation(name: str) -> str:
    """The untranslated explanation for a role name, or "" for a role the family typed."""
    for role in ROLES:
        if role.name == name.strip().casefold():
            return role.explanation
    return ""


def role_sort_key(name: str) -> tuple[int, str]:
    """Offered roles in their list order, then typed roles alphabetically."""
    key = name.strip().casefold()
    return (ROLE_ORDER.get(key, len(ROLES)), key)
