"""The fixed wording the weekly medicine chart prints, given already translated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from caregiver_app.services.dose_words import DoseWords
from caregiver_app.services.locale_dates import english_date, english_day
from caregiver_app.services.wording import QT_TRANSLATE_NOOP


def _clock(at: time) -> str:
    return at.strftime("%H:%M")


class ChartLabels(DoseWords):
    """Every fixed string the chart prints, already translated; ``{...}`` are filled in.

    The words about doses (intervals, skipped or refused and why, who gave it) are the
    shared :class:`DoseWords`.
    """

    title: str = QT_TRANSLATE_NOOP("MedicineChart", "Medicine chart")
    filled_title: str = QT_TRANSLATE_NOOP("MedicineChart", "Medicine chart: what was logged")
    for_patient: str = QT_TRANSLATE_NOOP("MedicineChart", "for {name}")
    week: str = QT_TRANSLATE_NOOP("MedicineChart", "Week of {first} to {last}")
    allergies: str = QT_TRANSLATE_NOOP("MedicineChart", "Allergies: {text}")
    allergies_unknown: str = QT_TRANSLATE_NOOP(
        "MedicineChart",
        "Allergies: not entered in the app. To find out, ask the family.",
    )
    call_first: str = QT_TRANSLATE_NOOP(
        "MedicineChart", "With a question about a dose, call first: {name}, {number}"
    )
    number_kind: str = QT_TRANSLATE_NOOP("MedicineChart", "{number} ({kind})")
    call_first_no_number: str = QT_TRANSLATE_NOOP(
        "MedicineChart", "With a question about a dose, call first: {name}"
    )
    call_first_none: str = QT_TRANSLATE_NOOP(
        "MedicineChart",
        "No one is marked “call first” in the app yet. Write the number here:",
    )
    how_to_blank: str = QT_TRANSLATE_NOOP(
        "MedicineChart",
        "When you give a dose, write your initials and the time in its box. If it "
        "was not given, write S (skipped) or R (refused) and why. Gray boxes: no "
        "dose due, or the medicine's times were not set up yet.",
    )
    how_to_filled: str = QT_TRANSLATE_NOOP(
        "MedicineChart",
        "As logged in the app on {date}. “Not logged” means nobody recorded whether "
        "the dose was given. Gray boxes: no dose due, or the medicine's times were not "
        "set up yet.",
    )
    column_medicine: str = QT_TRANSLATE_NOOP("MedicineChart", "Medicine")
    column_time: str = QT_TRANSLATE_NOOP("MedicineChart", "Time")
    no_rows: str = QT_TRANSLATE_NOOP(
        "MedicineChart", "No medicine has its times set up in the app yet."
    )
    given: str = QT_TRANSLATE_NOOP("MedicineChart", "Given {time}")
    given_late: str = QT_TRANSLATE_NOOP("MedicineChart", "Late {time}")
    not_logged: str = QT_TRANSLATE_NOOP("MedicineChart", "Not logged")
    dose_given: str = QT_TRANSLATE_NOOP("MedicineChart", "dose {dose}")
    not_set_up_title: str = QT_TRANSLATE_NOOP(
        "MedicineChart", "Also taken (the schedule is not set up in the app)"
    )
    not_set_up_line: str = QT_TRANSLATE_NOOP("MedicineChart", "as written: {schedule}")
    not_set_up_empty: str = QT_TRANSLATE_NOOP("MedicineChart", "no schedule written")
    as_needed_title: str = QT_TRANSLATE_NOOP("MedicineChart", "As-needed medicines")
    as_needed_none: str = QT_TRANSLATE_NOOP(
        "MedicineChart", "No as-needed medicine is on the list."
    )
    as_needed_for: str = QT_TRANSLATE_NOOP("MedicineChart", "For: {reasons}")
    as_needed_call: str = QT_TRANSLATE_NOOP(
        "MedicineChart",
        "If another dose would come sooner or go over the limit, call before giving it.",
    )
    column_day: str = QT_TRANSLATE_NOOP("MedicineChart", "Day")
    column_given_at: str = QT_TRANSLATE_NOOP("MedicineChart", "Time given")
    column_dose: str = QT_TRANSLATE_NOOP("MedicineChart", "Dose")
    column_reason: str = QT_TRANSLATE_NOOP("MedicineChart", "Why")
    column_given_by: str = QT_TRANSLATE_NOOP("MedicineChart", "Given by")
    no_doses_this_week: str = QT_TRANSLATE_NOOP("MedicineChart", "No dose logged this week.")
    footer: str = QT_TRANSLATE_NOOP("MedicineChart", "Made by Care Companion on {date}")
    format_date: Callable[[date], str] = english_date
    format_day: Callable[[date], str] = english_day  # "Nov 30"
    format_weekday: Callable[[date], str] = lambda day: f"{day:%a}"
    format_time: Callable[[time], str] = _clock
