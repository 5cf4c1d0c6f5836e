"""The visit summary as the window and the command line make it: the user's language, kept concerns.

Also the period presets the dialog offers and the "main concerns" kept for next
time (JSON under one key of the record's ``setting`` table).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from caregiver_app.services.contacts.display_labels import role_label, shown_number
from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.services.visit_summary.data import clean_concerns, collect_summary
from caregiver_app.services.visit_summary.labels import SummaryLabels
from caregiver_app.services.visit_summary.listed_lines import last_visit_day
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import (
    DEFAULT_VISIT_KIND,
    MAX_CONCERNS,
    SummaryRequest,
)
from caregiver_app.services.visit_summary.style import SummaryWording
from caregiver_app.services.who_to_call.text import sheet_labels
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.settings import get_setting, set_setting

CONCERNS_KEY = "visit_summary.concerns"
SINCE_LAST_VISIT = "since_last_visit"
CUSTOM = "custom"
PRESET_DAYS = {"7": 7, "14": 14, "30": 30, "90": 90}
FALLBACK_DAYS = 30  # "since the last visit" when the calendar has none


def translated_wording() -> SummaryWording:
    """Every label in the user's language; roles and phone numbers as the window shows them."""
    return SummaryWording(
        SummaryLabels.translated(),
        TrendLabels.translated(),
        sheet_labels(),
        role_label,
        shown_number,
    )


def summary_bytes(
    request: SummaryRequest, page_size: tuple[float, float], now: datetime | None = None
) -> bytes:
    """The summary of ``request`` as PDF bytes, worded for the user (the store must be open)."""
    data = collect_summary(request, now, role_label=role_label)
    return summary_pdf_bytes(data, translated_wording(), page_size)


def preset_period(
    preset: str, today: date, now: datetime | None = None, visit_kind: str = DEFAULT_VISIT_KIND
) -> tuple[date, date, bool]:
    """(first day, last day, found) for a preset; both days are included.

    ``"7"``, ``"14"``, ``"30"`` and ``"90"`` are that many days up to today. "Since the
    last visit" starts on the day of the last visit of ``visit_kind``; ``found`` is
    False when the calendar has none, and the last 30 days are given instead.
    """
    if preset in PRESET_DAYS:
        return today - timedelta(days=PRESET_DAYS[preset] - 1), today, True
    if preset != SINCE_LAST_VISIT:
        raise ValueError(f"Unknown period: {preset!r}")
    day = last_visit_day(visit_kind, now or home_now())
    if day is None or day > today:
        return today - timedelta(days=FALLBACK_DAYS - 1), today, False
    return day, today, True


def load_concerns() -> tuple[str, ...]:
    """The main concerns typed last time (up to three); none when nothing usable is stored."""
    try:
        stored = json.loads(get_setting(CONCERNS_KEY, "[]"))
    except ValueError:
        return ()
    if not isinstance(stored, list):
        return ()
    return clean_concerns(str(item) for item in stored)


def save_concerns(concerns: Iterable[str]) -> None:
    """Keep the main concerns for next time."""
    kept = list(clean_concerns(concerns))[:MAX_CONCERNS]
    set_setting(CONCERNS_KEY, json.dumps(kept, ensure_ascii=False))
