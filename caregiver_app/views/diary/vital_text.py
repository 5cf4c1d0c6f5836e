"""The banner's sentences for vital signs and for whom to call now, in the unit shown.

The texts keep the translation context "DiaryTab", with the other alert sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.contacts.display_labels import shown_number
from caregiver_app.services.diary.vital_alerts import VitalAlert
from caregiver_app.services.diary.vital_routing import route_call
from caregiver_app.services.diary.vital_thresholds import VitalThresholds
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.views.care_team.office_hours_text import hours_sentence
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.look.units import celsius_to_shown, uses_us_units


def temperature_unit() -> str:
    """The unit temperatures are shown and typed in: "°F" in the US, else "°C"."""
    return "°F" if uses_us_units() else "°C"


def shown_fever_threshold(thresholds: VitalThresholds) -> float:
    """The fever threshold in the unit shown, as the family typed it where they did."""
    if uses_us_units():
        if thresholds.fever_at_f is not None:
            return thresholds.fever_at_f
        return round(celsius_to_shown(thresholds.fever_at_c), 1)
    return round(thresholds.fever_at_c, 1)


def degrees(value: float) -> str:
    """A temperature already in the unit shown, with one decimal and the unit: 38.4 °C."""
    return f"{display_locale().toString(float(value), 'f', 1)}\u00a0{temperature_unit()}"


def vital_line(alert: VitalAlert) -> str:
    """What was recorded and the threshold it reached, without a word of advice."""
    if alert.kind == "fever":
        return QCoreApplication.translate(
            "DiaryTab", "Temperature {reading}, at or above your fever threshold of {threshold}."
        ).format(
            reading=degrees(round(celsius_to_shown(alert.value), 1)),
            threshold=degrees(shown_fever_threshold(alert.thresholds)),
        )
    return QCoreApplication.translate(
        "DiaryTab",
        "Oxygen saturation {reading}\u00a0%, below the threshold your team gave of "
        "{threshold}\u00a0%.",
    ).format(reading=int(alert.value), threshold=alert.thresholds.spo2_below)


def call_line(
    contact: ContactRecord, now: datetime, shown: Callable[[str], str] = shown_number
) -> str:
    """Whom to call at ``now``: the number that answers now first, the other under it.

    ``shown`` writes a number out (``str``: as typed, before the phone library is loaded).
    """
    route = route_call(contact, now)
    number = shown(route.number) if route.number else ""
    other = shown(route.other) if route.other else ""
    lines = []
    if not route.after_hours:
        lines.append(
            QCoreApplication.translate(
                "DiaryTab", "The person you chose to call first for symptoms: {name} {number}"
            )
            .format(name=contact.name, number=number)
            .strip()
        )
        if other:
            lines.append(
                QCoreApplication.translate(
                    "DiaryTab", "Their after-hours line, outside office hours: {number}"
                ).format(number=other)
            )
    elif not route.no_after_hours_line:
        lines.append(
            QCoreApplication.translate(
                "DiaryTab", "Outside office hours, call the after-hours line of {name}: {number}"
            ).format(name=contact.name, number=number)
        )
        if other:
            lines.append(
                QCoreApplication.translate(
                    "DiaryTab", "Their office number, for office hours: {number}"
                ).format(number=other)
            )
    elif number:
        lines.append(
            QCoreApplication.translate(
                "DiaryTab",
                "Outside office hours: {name}, the person you chose to call first, has no "
                "after-hours number in the Care team tab. Their number: {number}",
            ).format(name=contact.name, number=number)
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "DiaryTab",
                "Outside office hours: {name}, the person you chose to call first, has no "
                "phone number in the Care team tab.",
            ).format(name=contact.name)
        )
    lines.append(hours_sentence(contact.name, route.hours))
    return "\n".join(lines)
