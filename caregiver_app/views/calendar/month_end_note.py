"""The appointment form's note for a monthly series that starts on day 29, 30 or 31.

"Every month, on the same date" follows RFC 5545 (3.3.10), as Google, Outlook and Apple
read the rule: a month without that date gets no visit. Started on January 31, six visits
run to October, with none in February, April or June. The form says so while the family
chooses, before they save.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.views.look.locale_format import display_locale

if TYPE_CHECKING:
    from caregiver_app.views.forms.ui_appointment_form import Ui_AppointmentForm

LAST_DAY_IN_EVERY_MONTH = 28
_NOT_LEAP = 2027  # any common year: which months lack a day


def month_end_sentence(start: date) -> str | None:
    """What a monthly series from ``start`` skips; None when every month has its day."""
    day = start.day
    if day <= LAST_DAY_IN_EVERY_MONTH:
        return None
    if day == 29:
        return QCoreApplication.translate(
            "AppointmentDialog",
            "February has a day 29 only in leap years, so in other years this series has "
            "no visit in February. For a visit every month, start on day 28 or earlier.",
        )
    locale = display_locale()
    months = [
        locale.standaloneMonthName(month)
        for month in range(1, 13)
        if monthrange(_NOT_LEAP, month)[1] < day
    ]
    return QCoreApplication.translate(
        "AppointmentDialog",
        "Not every month has a day {day}, so this series has no visit in {months}. "
        "For a visit every month, start on day 28 or earlier.",
    ).format(day=day, months=locale.createSeparatedList(months))


def show_month_end(ui: Ui_AppointmentForm) -> None:
    """Show (or hide) the note for what the form holds now."""
    start = ui.startDateEdit.value_or_none()
    sentence = None
    if start is not None and ui.repeatCombo.currentData() == "monthly":
        sentence = month_end_sentence(start)
    ui.repeatNote.setText(sentence or "")
    ui.repeatNote.setVisible(sentence is not None)
    # A screen reader hears it with the repeat choice, where it was made.
    ui.repeatCombo.setAccessibleDescription(sentence or "")


def follow_month_ends(ui: Ui_AppointmentForm) -> None:
    """Keep the note up to date as the start or the repeat choice change."""
    ui.startDateEdit.changed.connect(lambda: show_month_end(ui))
    ui.repeatCombo.currentIndexChanged.connect(lambda _index: show_month_end(ui))
