"""What a conflict was about, in a phrase for the family: "the appointment on 12 March"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate

from caregiver_app.services.locale_dates import day_month_pattern, display_locale

# The column giving each table's date, and the phrase naming a row of it ({date}, {name}).
_DATED = {
    "diary_entry": "recorded_at",
    "breakthrough_dose": "given_at",
    "administration": "scheduled_for",
    "appointment": "starts_at",
    "appointment_change": "original_start",
    "supply_event": "recorded_at",
}


def _phrases() -> dict[str, str]:
    return {
        "profile": QCoreApplication.translate("Sharing", "the profile"),
        "contact": QCoreApplication.translate("Sharing", "the contact {name}"),
        "contact_phone": QCoreApplication.translate("Sharing", "a contact's phone number"),
        "diary_entry": QCoreApplication.translate("Sharing", "the diary entry of {date}"),
        "tracker": QCoreApplication.translate("Sharing", "the symptom {name}"),
        "tracker_score": QCoreApplication.translate("Sharing", "a symptom score in the diary"),
        "appointment": QCoreApplication.translate("Sharing", "the appointment on {date}"),
        "appointment_participant": QCoreApplication.translate(
            "Sharing", "who goes to an appointment"
        ),
        "appointment_change": QCoreApplication.translate("Sharing", "the appointment on {date}"),
        "medicine": QCoreApplication.translate("Sharing", "the medicine {name}"),
        "breakthrough_dose": QCoreApplication.translate("Sharing", "the as-needed dose of {date}"),
        "administration": QCoreApplication.translate("Sharing", "the dose due on {date}"),
        "administration_change": QCoreApplication.translate("Sharing", "a change to a dose"),
        "supply_event": QCoreApplication.translate("Sharing", "the supply count of {date}"),
        "question": QCoreApplication.translate("Sharing", "a question for the care team"),
    }


def plain_date(value: object) -> str:
    """A stored date or time as a day and month in the user's locale; "" when none."""
    if value is None or value == "":
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    locale = display_locale()
    day = QDate(moment.year, moment.month, moment.day)
    return locale.toString(day, day_month_pattern(locale))


def what_changed(table: str, values: dict[str, object]) -> str:
    """The phrase naming the row ``values`` belongs to (the row's values, either version)."""
    phrase = _phrases().get(table, QCoreApplication.translate("Sharing", "a part of the record"))
    column = _DATED.get(table)
    when = plain_date(values.get(column)) if column else ""
    if column and not when:
        # Unknown stays unknown: without its date, the row is named without one.
        phrase = _undated().get(table, phrase)
    return phrase.format(date=when, name=str(values.get("name") or ""))


def _undated() -> dict[str, str]:
    return {
        "diary_entry": QCoreApplication.translate("Sharing", "a diary entry"),
        "breakthrough_dose": QCoreApplication.translate("Sharing", "an as-needed dose"),
        "administration": QCoreApplication.translate("Sharing", "a scheduled dose"),
        "appointment": QCoreApplication.translate("Sharing", "an appointment"),
        "appointment_change": QCoreApplication.translate("Sharing", "an appointment"),
        "supply_event": QCoreApplication.translate("Sharing", "a supply count"),
    }
