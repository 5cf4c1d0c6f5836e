"""The weekly medicine chart in the user's language, as the window and the command line make it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTime

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.locale_dates import date_pattern, day_month_pattern, display_locale
from caregiver_app.services.medication.chart_data import gather_chart
from caregiver_app.services.medication.chart_labels import ChartLabels
from caregiver_app.services.medication.chart_pdf import chart_pdf
from caregiver_app.services.wording import translated


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def chart_labels() -> ChartLabels:
    """The chart's wording translated for the current language; dates and times as the
    locale writes them."""
    locale = display_locale()
    return translated(
        ChartLabels.english(),
        "MedicineChart",
        format_date=lambda day: locale.toString(_qdate(day), "dddd " + date_pattern(locale)),
        format_day=lambda day: locale.toString(_qdate(day), day_month_pattern(locale)),
        format_weekday=lambda day: locale.toString(_qdate(day), "ddd"),
        format_time=lambda at: locale.toString(
            QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat
        ),
    )


def chart_bytes(
    day: date, filled: bool, page_size: tuple[float, float], now: datetime | None = None
) -> bytes:
    """The chart of the week ``day`` falls in (the store is open), blank or filled in."""
    return chart_pdf(gather_chart(day, filled, now), chart_labels(), page_size)


def write_chart(
    path: Path,
    day: date,
    filled: bool,
    page_size: tuple[float, float],
    now: datetime | None = None,
) -> None:
    """Write the chart to ``path`` all at once (a failure leaves any earlier file as it was)."""
    atomic_write_bytes(Path(path), chart_bytes(day, filled, page_size, now))
