"""The alert banner's sentences: what was recorded, why, whom to call now, the emergency number.

The texts keep the translation context "DiaryTab", where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from caregiver_app.esas import BAND_LOWEST, BAND_SEVERE
from caregiver_app.services.contacts.display_labels import shown_number
from caregiver_app.services.diary.alerts import Alert, load_alert_settings
from caregiver_app.services.diary.vital_alerts import VitalAlert
from caregiver_app.store.contacts import first_call_first_contact
from caregiver_app.store.home_clock import home_now
from caregiver_app.views.diary.diary_labels import item_name
from caregiver_app.views.diary.vital_text import call_line, vital_line

SEVERE_BAND_START = BAND_LOWEST[BAND_SEVERE]  # Selby 2010: 7-10 is the severe band


def alert_text(
    alerts: Sequence[Alert],
    vitals: Sequence[VitalAlert] = (),
    now: datetime | None = None,
    shown: Callable[[str], str] = shown_number,
) -> str:
    """Plain sentences for the banner: what was recorded, why, and whom to call at ``now``.

    ``shown`` writes the numbers out (by default in their usual form; ``str``: as typed).
    """
    settings = load_alert_settings()
    lines = [vital_line(vital) for vital in vitals]
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
        lines.append(call_line(first, now or home_now(), shown))
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
