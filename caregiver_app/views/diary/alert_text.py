"""The alert banner's sentences: which score, why, who to call first, and the emergency number.

The texts keep the translation context "DiaryTab", where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.esas import BAND_LOWEST, BAND_SEVERE
from caregiver_app.services.contacts.display_labels import shown_number
from caregiver_app.services.diary.alerts import Alert, load_alert_settings
from caregiver_app.store.contacts import first_call_first_contact
from caregiver_app.views.diary.diary_labels import item_name

SEVERE_BAND_START = BAND_LOWEST[BAND_SEVERE]  # Selby 2010: 7-10 is the severe band


def alert_text(alerts: list[Alert]) -> str:
    """Plain sentences for the banner: which score, why, and who to call first."""
    settings = load_alert_settings()
    lines = []
    for alert in alerts:
        name = item_name(alert.field)
        if alert.reason == "severe" and alert.score >= SEVERE_BAND_START:
            lines.append(
                QCoreApplication.translate(
                    "DiaryTab", "{symptom} is {score}, in the severe band (7 to 10)."
                ).format(symptom=name, score=alert.score)
            )
        elif alert.reason == "severe":
            lines.append(
                QCoreApplication.translate(
                    "DiaryTab", "{symptom} is {score}, at or above your alert level of {level}."
                ).format(symptom=name, score=alert.score, level=settings.severe_at)
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "DiaryTab",
                    "{symptom} is {score}, {rise:.1f} points above its average of the "
                    "days before ({average:.1f}).",
                ).format(
                    symptom=name,
                    score=alert.score,
                    rise=alert.score - alert.baseline,
                    average=alert.baseline,
                )
            )
    first = first_call_first_contact()
    if first is not None:
        numbers = sorted(first.phones, key=lambda phone: phone[0] != "after_hours")
        number = shown_number(numbers[0][1]) if numbers else ""
        lines.append(
            QCoreApplication.translate(
                "DiaryTab", "The person you chose to call first for symptoms: {name} {number}"
            )
            .format(name=first.name, number=number)
            .strip()
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "DiaryTab",
                "No one is marked to call first for symptoms yet: choose them in the "
                "Care team tab.",
            )
        )
    lines.append(
        QCoreApplication.translate(
            "DiaryTab", "In an emergency, call 911 (or your local emergency number)."
        )
    )
    return "\n".join(lines)
