"""The "Who to call" sheet in the user's language, as the window and the command line make it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.services.contacts.display_labels import role_label, shown_number
from caregiver_app.services.locale_dates import display_locale
from caregiver_app.services.who_to_call.labels import WhoToCallLabels
from caregiver_app.services.who_to_call.pdf import build_who_to_call_pdf
from caregiver_app.services.who_to_call.sheet import SheetContent
from caregiver_app.services.wording import translated
from caregiver_app.store.contacts import ContactRecord

# Countries that use US Letter paper; everywhere else uses A4.
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "DO", "CR", "PA", "SV"}


def paper_for_locale(locale_name: str) -> tuple[float, float]:
    """Letter for the countries that use it, A4 otherwise (``"en_US"`` gives Letter)."""
    parts = locale_name.replace("-", "_").split("_")
    country = parts[1].upper() if len(parts) > 1 else ""
    if locale_name in ("C", "POSIX", ""):
        country = "US"
    return LETTER if country in LETTER_COUNTRIES else A4


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
