"""Every fixed word the visit summary prints, in English or the user's language.

Marked with ``QT_TRANSLATE_NOOP`` (context "VisitSummary") and translated by
:meth:`SummaryLabels.translated`, like the "Who to call" sheet's labels. Dates,
times and decimals follow the user's locale there; :meth:`SummaryLabels.english`
is what the tests and a bare "C" locale use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from caregiver_app.esas import ITEMS_BY_FIELD
from caregiver_app.plurals import VisitSummary
from caregiver_app.services.calendar.appointment_kinds import kind_label
from caregiver_app.services.dose_words import DoseWords
from caregiver_app.services.locale_dates import (
    date_pattern,
    day_month_pattern,
    display_locale,
    english_date,
    english_day,
)
from caregiver_app.services.wording import QT_TRANSLATE_NOOP, translated

CONTEXT = "VisitSummary"

COMPLETED_BY_LABELS = {
    "patient": QT_TRANSLATE_NOOP("VisitSummary", "the patient"),
    "family_caregiver": QT_TRANSLATE_NOOP("VisitSummary", "the family caregiver"),
    "health_professional": QT_TRANSLATE_NOOP("VisitSummary", "a health professional"),
    "": QT_TRANSLATE_NOOP("VisitSummary", "not recorded"),  # imported without saying who
}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _english_time(at: time) -> str:
    hour = at.hour % 12 or 12
    return f"{hour}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"


def _english_weekday(index: int) -> str:
    return _WEEKDAYS[index]


def _english_number(value: float) -> str:
    return f"{value:.1f}"


def _english_days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _sunday() -> int:
    return 6


class SummaryLabels(DoseWords):
    """Every fixed string of the summary, already translated; ``{...}`` are filled in.

    The time between doses is written in the shared :class:`DoseWords`.
    """

    title: str = QT_TRANSLATE_NOOP("VisitSummary", "Visit summary")
    born: str = QT_TRANSLATE_NOOP("VisitSummary", "Born {date}")
    # {days}: the count of days, written by count_days
    period: str = QT_TRANSLATE_NOOP("VisitSummary", "{start} to {end} ({days})")
    one_day: str = QT_TRANSLATE_NOOP("VisitSummary", "{date} (one day)")
    prepared_by: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Prepared by {name} (family caregiver) on {date}"
    )
    prepared_anonymous: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Prepared by the family caregiver on {date}"
    )
    footer: str = QT_TRANSLATE_NOOP(
        "VisitSummary",
        "Recorded at home by the family with Care Companion, which reports and does not advise.",
    )
    diagnosis: str = QT_TRANSLATE_NOOP("VisitSummary", "Diagnosis: {text}")
    allergies: str = QT_TRANSLATE_NOOP("VisitSummary", "Allergies: {text}")
    allergies_not_entered: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Allergies: not entered in this record."
    )
    concerns_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Main concerns")
    symptoms_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Symptoms (ESAS-r)")
    symptoms_intro: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Diary entries: {count}; completed by: {who}."
    )
    symptoms_previous: str = QT_TRANSLATE_NOOP(
        "VisitSummary",
        "Change: this period's average minus the average of {start} to {end} (in brackets).",
    )
    symptoms_none: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "No symptom scores were recorded in this period."
    )
    col_symptom: str = QT_TRANSLATE_NOOP("VisitSummary", "Symptom")
    col_latest: str = QT_TRANSLATE_NOOP("VisitSummary", "Latest")
    col_average: str = QT_TRANSLATE_NOOP("VisitSummary", "Average")
    col_highest: str = QT_TRANSLATE_NOOP("VisitSummary", "Highest")
    col_change: str = QT_TRANSLATE_NOOP("VisitSummary", "Change")
    no_earlier: str = QT_TRANSLATE_NOOP("VisitSummary", "no earlier scores")
    not_rated: str = QT_TRANSLATE_NOOP("VisitSummary", "not rated")
    other_problem: str = QT_TRANSLATE_NOOP("VisitSummary", "Other problem: {name}")
    own_tracker: str = QT_TRANSLATE_NOOP("VisitSummary", "{name} (family's tracker)")
    bands_legend: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Shading: severity bands (Selby et al. 2010)"
    )
    higher_is_worse: str = QT_TRANSLATE_NOOP(
        "VisitSummary",
        "Scores 0 to 10; higher is worse on every line (wellbeing: 0 is best).",
    )
    charts_intro: str = QT_TRANSLATE_NOOP(
        "VisitSummary",
        "Trends of the symptoms in the moderate or severe band, or that changed most.",
    )
    doses_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Breakthrough doses")
    doses_none: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "No breakthrough doses were recorded in this period."
    )
    doses_total: str = QT_TRANSLATE_NOOP(
        "VisitSummary",
        "Doses given: {count}, {average} a day on average, at most {most} in one day.",
    )
    doses_week: str = QT_TRANSLATE_NOOP("VisitSummary", "Week of")
    doses_total_column: str = QT_TRANSLATE_NOOP("VisitSummary", "Total")
    doses_given: str = QT_TRANSLATE_NOOP("VisitSummary", "{count} × {medicine} {dose}")
    doses_reasons: str = QT_TRANSLATE_NOOP("VisitSummary", "Reasons recorded: {list}")
    doses_no_symptom: str = QT_TRANSLATE_NOOP("VisitSummary", "Symptom not named")
    doses_awaiting: str = QT_TRANSLATE_NOOP("VisitSummary", "Doses with no score after: {count}")
    medicines_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Medicines")
    medicines_current: str = QT_TRANSLATE_NOOP("VisitSummary", "Medicine list on {date}")
    medicines_none: str = QT_TRANSLATE_NOOP("VisitSummary", "No medicines are on the list.")
    col_medicine: str = QT_TRANSLATE_NOOP("VisitSummary", "Medicine and what for")
    col_strength: str = QT_TRANSLATE_NOOP("VisitSummary", "Strength")
    col_route: str = QT_TRANSLATE_NOOP("VisitSummary", "How taken")
    col_schedule: str = QT_TRANSLATE_NOOP("VisitSummary", "How often")
    col_prescriber: str = QT_TRANSLATE_NOOP("VisitSummary", "Prescribed by")
    as_needed: str = QT_TRANSLATE_NOOP("VisitSummary", "as needed: {schedule}")
    # A schedule set up in the app: its clock times, on some days only, beside the words
    # of the prescription as the family typed them.
    times_on_days: str = QT_TRANSLATE_NOOP("VisitSummary", "{times} on {days}")
    words_and_times: str = QT_TRANSLATE_NOOP("VisitSummary", "{words} ({times})")
    # An as-needed medicine's limits entered in the app, beside the prescription's words
    # (the words may be older than a limit changed at a visit).
    limit_interval: str = QT_TRANSLATE_NOOP("VisitSummary", "at least {interval} between doses")
    limit_most: str = QT_TRANSLATE_NOOP("VisitSummary", "at most {count} in 24 hours")
    changes_title: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Started, stopped or changed in this period"
    )
    changes_none: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "No medicine was started, stopped or changed in this period."
    )
    # A medicine typed into the app in the period, with no start date in it: when it was
    # added is known, when it was started is not.
    changes_added_title: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Added to the app, started, stopped or changed in this period"
    )
    change_added: str = QT_TRANSLATE_NOOP("VisitSummary", "Added to the app")
    change_started: str = QT_TRANSLATE_NOOP("VisitSummary", "Started")
    change_stopped: str = QT_TRANSLATE_NOOP("VisitSummary", "Stopped")
    change_times: str = QT_TRANSLATE_NOOP("VisitSummary", "Times changed")
    change_edited: str = QT_TRANSLATE_NOOP("VisitSummary", "Details changed")
    notes_team_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Notes marked for the team")
    notes_none: str = QT_TRANSLATE_NOOP("VisitSummary", "No notes were written in this period.")
    notes_team_none: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "No notes were marked for the team in this period."
    )
    for_team: str = QT_TRANSLATE_NOOP("VisitSummary", "for the team")
    appointments_title: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Upcoming appointments (next four weeks)"
    )
    appointments_none: str = QT_TRANSLATE_NOOP(
        "VisitSummary", "Nothing is booked in the next four weeks."
    )
    # An event imported without a title: marked as such, never printed as if typed.
    no_title: str = QT_TRANSLATE_NOOP("VisitSummary", "(no title)")
    col_when: str = QT_TRANSLATE_NOOP("VisitSummary", "When")
    col_what: str = QT_TRANSLATE_NOOP("VisitSummary", "What")
    col_kind: str = QT_TRANSLATE_NOOP("VisitSummary", "Kind")
    col_where: str = QT_TRANSLATE_NOOP("VisitSummary", "Where")
    questions_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Questions for this visit")
    questions_none: str = QT_TRANSLATE_NOOP("VisitSummary", "No open questions for this visit.")
    ask_of: str = QT_TRANSLATE_NOOP("VisitSummary", "Ask: {who}")
    contacts_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Key contacts")
    plan_title: str = QT_TRANSLATE_NOOP("VisitSummary", "Plan agreed at this visit")
    plan_hint: str = QT_TRANSLATE_NOOP("VisitSummary", "For the care team to write in.")
    format_date: Callable[[date], str] = english_date
    format_day: Callable[[date], str] = english_day
    format_time: Callable[[time], str] = _english_time
    format_weekday: Callable[[int], str] = _english_weekday  # 0 is Monday
    format_number: Callable[[float], str] = _english_number
    count_days: Callable[[int], str] = _english_days  # "30 days", with the language's plural
    # 0 is Monday; 6 starts weeks on Sunday, as US calendars do. Asked only by the doses
    # appendix: the locale's answer is a Qt.DayOfWeek, and PySide6 makes the ~100 enums
    # of the Qt namespace on first use (tens of ms), which the default summary never needs.
    first_weekday: Callable[[], int] = _sunday

    @classmethod
    def translated(cls) -> SummaryLabels:
        """The wording in the user's language; dates, times and numbers in the user's locale."""
        locale = display_locale()
        return translated(
            cls.english(),
            CONTEXT,
            format_date=lambda day: locale.toString(
                QDate(day.year, day.month, day.day), date_pattern(locale)
            ),
            format_day=lambda day: locale.toString(
                QDate(day.year, day.month, day.day), day_month_pattern(locale)
            ),
            format_time=lambda at: locale.toString(
                QTime(at.hour, at.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
            ),
            format_weekday=lambda index: locale.dayName(index + 1, QLocale.FormatType.ShortFormat),
            format_number=lambda value: locale.toString(float(value), "f", 1),
            # PySide6 types tr() as a method; lupdate needs this class call for plurals.
            count_days=lambda count: VisitSummary.tr("%n days", None, count),  # type: ignore[arg-type]
            first_weekday=lambda: locale.firstDayOfWeek().value - 1,
        )

    def kind_label(self, kind: str) -> str:
        """An appointment kind as printed: the calendar's words for it."""
        return kind_label(kind)

    def completed_by(self, kind: str) -> str:
        """Who completed diary entries, as printed."""
        return QCoreApplication.translate(CONTEXT, COMPLETED_BY_LABELS.get(kind, kind))

    def item_name(self, field: str) -> str:
        """An ESAS-r item's exact name (the scale's own wording, context "Esas")."""
        item = ITEMS_BY_FIELD.get(field)
        return QCoreApplication.translate("Esas", item.name) if item else field

    def when(self, at: datetime) -> str:
        """A day and a time, as the notes and the appointments print them."""
        return f"{self.format_day(at.date())}, {self.format_time(at.time())}"

    def signed(self, value: float) -> str:
        """A change with its sign: "+1.2", "−0.4" (a true minus sign), "0.0"."""
        shown = self.format_number(abs(value))
        if shown.strip("0.,") == "":
            return shown
        return ("+" if value > 0 else "\u2212") + shown
