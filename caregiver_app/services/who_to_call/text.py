"""The "Who to call" sheet in the user's language, as the window and the command line make it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale

from caregiver_app.services.contacts.display_labels import role_label, shown_number
from caregiver_app.services.locale_dates import display_locale
from caregiver_app.services.who_to_call.labels import WhoToCallLabels
from caregiver_app.services.who_to_call.pdf import build_who_to_call_pdf
from caregiver_app.services.who_to_call.sheet import SheetContent
from caregiver_app.services.wording import translated
from caregiver_app.store.contacts import ContactRecord


def _locale_date(day: date) -> str:
    return display_locale().toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )


def sheet_labels() -> WhoToCallLabels:
    """The sheet's wording translated for the current language, dates in the locale's form."""
    return translated(WhoToCallLabels.english(), "WhoToCall", format_date=_locale_date)


def build_sheet(
    path: Path,
    contacts: list[ContactRecord],
    patient_name: str,
    today: date,
    page_size: tuple[float, float],
) -> None:
    """Write the sheet to ``path`` (all or nothing)."""
    content = SheetContent(
        contacts, patient_name, today, sheet_labels(), role_label, shown_number
    )
    build_who_to_call_pdf(path, content, page_size)
