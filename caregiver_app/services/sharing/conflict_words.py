"""What a conflict was about, in a phrase for the family: "the appointment on 12 March"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate

from caregiver_app.services.locale_dates import day_month_pattern, display_locale


def _phrases() -> dict[str, str]:
    """The phrase naming a row of each table that is not named by a date ({name})."""
    return {
        "profile": QCoreApplication.translate("Sharing", "the profile"),
        "contact": QCoreApplication.translate("Sharing", "the contact {name}"),
        "contact_phone": QCoreApplication.translate("Sharing", "a contact's phone number"),
        "tracker": QCoreApplication.translate("Sharing", "the symptom {name}"),
        "tracker_score": QCoreApplication.translate("Sharing", "a symptom score in the diary"),
        "appointment_participant": QCoreApplication.translate(
            "Sharing", "who goes to an appointment"
        ),
        "medicine": QCoreApplication.translate("Sharing", "the medicine {name}"),
        "earlier_schedule": QCoreApplication.translate("Sharing", "a medicine's earlier schedule"),
        "administration_change": QCoreApplication.translate("Sharing", "a change to a dose"),
        "question": QCoreApplication.translate("Sharing", "a question for the care team"),
    }


def _dated_phrases() -> dict[str, tuple[str, str, str]]:
    """For each table whose rows are named by a date: the column giving it, the phrase
    with the date ({date}), and the phrase for a row whose date is not known."""
    translate = QCoreApplication.translate
    return {
        "diary_entry": (
            "recorded_at",
            translate("Sharing", "the diary entry of {date}"),
            translate("Sharing", "a diary entry"),
        ),
        "appointment": (
            "starts_at",
            translate("Sharing", "the appointment on {date}"),
            translate("Sharing", "an appointment"),
        ),
        "appointment_change": (
            "original_start",
            translate("Sharing", "the appointment on {date}"),
            translate("Sharing", "an appointment"),
        ),
        "breakthrough_dose": (
            "given_at",
            translate("Sharing", "the as-needed dose of {date}"),
            translate("Sharing", "an as-needed dose"),
        ),
        "administration": (
            "scheduled_for",
            translate("Sharing", "the dose due on {date}"),
            translate("Sharing", "a scheduled dose"),
        ),
        "supply_event": (
            "recorded_at",
            translate("Sharing", "the supply count of {date}"),
            translate("Sharing", "a supply count"),
        ),
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


def _usual_time_phrases() -> dict[str, str]:
    """The phrase naming a usual time (or one a change replaced), by its anchor."""
    translate = QCoreApplication.translate
    return {
        "breakfast": translate("Sharing", "the usual breakfast time"),
        "lunch": translate("Sharing", "the usual lunch time"),
        "dinner": translate("Sharing", "the usual dinner time"),
        "bedtime": translate("Sharing", "the usual bedtime"),
    }


def what_changed(table: str, values: dict[str, object]) -> str:
    """The phrase naming the row ``values`` belongs to (the row's values, either version)."""
    if table in ("usual_time", "earlier_usual_time"):
        named = _usual_time_phrases().get(str(values.get("anchor") or ""))
        if named is not None:
            return named
    dated = _dated_phrases().get(table)
    if dated is None:
        phrase = _phrases().get(
            table, QCoreApplication.translate("Sharing", "a part of the record")
        )
        return phrase.format(name=str(values.get("name") or ""))
    column, phrase, undated = dated
    when = plain_date(values.get(column))
    # Unknown stays unknown: without its date, the row is named without one.
    return phrase.format(date=when) if when else undated
