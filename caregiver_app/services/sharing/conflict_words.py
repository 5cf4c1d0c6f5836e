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
    def tr(text: str) -> str:
        return QCoreApplication.translate("Sharing", text)

    return {
        "profile": tr("the profile"),
        "contact": tr("the contact {name}"),
        "contact_phone": tr("a contact's phone number"),
        "diary_entry": tr("the diary entry of {date}"),
        "tracker": tr("the symptom {name}"),
        "tracker_score": tr("a symptom score in the diary"),
        "appointment": tr("the appointment on {date}"),
        "appointment_participant": tr("who goes to an appointment"),
        "appointment_change": tr("the appointment on {date}"),
        "medicine": tr("the medicine {name}"),
        "breakthrough_dose": tr("the as-needed dose of {date}"),
        "administration": tr("the dose due on {date}"),
        "administration_change": tr("a change to a dose"),
        "supply_event": tr("the supply count of {date}"),
        "question": tr("a question for the care team"),
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
    def tr(text: str) -> str:
        return QCoreApplication.translate("Sharing", text)

    return {
        "diary_entry": tr("a diary entry"),
        "breakthrough_dose": tr("an as-needed dose"),
        "administration": tr("a scheduled dose"),
        "appointment": tr("an appointment"),
        "appointment_change": tr("an appointment"),
        "supply_event": tr("a supply count"),
    }
