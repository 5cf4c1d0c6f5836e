"""A summary of a very long period: the work follows the record's days, not the calendar's.

``summary --from 1900-01-01`` on a record of a few weeks used to lay out a dose grid
of 6,600 empty weeks. Speed is measured in ``benchmarks/`` (docs/benchmarks.md).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time, timedelta

import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.services.diary.trend_ticks import _month_ticks
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.store.opening import open_store
from caregiver_app.store.summary_queries import covered_days
from tests.helpers.visit_summary_record import END, NOW, START, fill_record, request

# The record's first entry (tests/helpers/visit_summary_record.py).
FIRST = START - timedelta(days=14)
TODAY = NOW.date()


@pytest.fixture
def record(data_dir):
    database = open_store(data_dir)
    try:
        fill_record()
    finally:
        database.close()
    return data_dir


@pytest.fixture
def filled(store):
    fill_record()
    return store


def _summary(tmp_path, first: date, last: date) -> tuple[int, str]:
    out = tmp_path / f"{first}.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "caregiver_app",
            "summary",
            "--from",
            first.isoformat(),
            "--to",
            last.isoformat(),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    document = pypdfium2.PdfDocument(out)
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
        return len(document), text
    finally:
        document.close()


def _doses_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("Doses given"))


def test_a_summary_from_1900_is_as_long_as_one_from_before_the_first_entry(record, tmp_path):
    pages, text = _summary(tmp_path, date(1900, 1, 1), END)
    # From the first medicine started (START - 60): the same changes, the same days of diary.
    own_pages, own_text = _summary(tmp_path, START - timedelta(days=60), END)
    assert "January 1, 1900 to" in text  # the period asked for is what the header says
    assert pages == own_pages
    assert _doses_line(text) == _doses_line(own_text)
    assert f"Doses given: 3, {3 / ((END - FIRST).days + 1):.1f} a day" in _doses_line(text)


def test_the_dose_grid_and_charts_cover_the_record_s_days_within_the_period(filled):
    data = collect_summary(request(start=date(1900, 1, 1)), NOW)
    assert data.doses.per_day[0] == (FIRST, 0) and data.doses.per_day[-1] == (END, 1)
    assert len(data.doses.per_day) == (END - FIRST).days + 1
    assert data.symptoms.span == (
        datetime.combine(FIRST, time()),
        datetime.combine(END + timedelta(days=1), time()),
    )
    assert data.symptoms.charts  # the scores are still charted


def test_a_period_within_the_record_is_covered_whole(filled):
    data = collect_summary(request(), NOW)
    assert len(data.doses.per_day) == 14 and data.doses.per_day[0][0] == START
    assert data.symptoms.span == request().bounds()


def test_a_period_ending_in_the_future_is_covered_up_to_today(filled):
    data = collect_summary(request(end=TODAY + timedelta(days=400)), NOW)
    assert data.doses.per_day[-1][0] == TODAY  # the entry kept for today is the last data


def test_covered_days_follow_the_diary_and_the_doses(store):
    assert covered_days(date(1900, 1, 1), TODAY, TODAY) is None  # an empty record
    fill_record()
    assert covered_days(date(1900, 1, 1), date(2999, 1, 1), TODAY) == (FIRST, TODAY)
    assert covered_days(START, END, TODAY) == (START, END)
    assert covered_days(date(1900, 1, 1), FIRST - timedelta(days=1), TODAY) is None


def _walked(start: datetime, end: datetime, step: int) -> list[datetime]:
    """Every first of a month in [start, end) whose month is a multiple of ``step`` from January."""
    ticks, at = [], datetime(start.year, start.month, 1)
    while at < end:
        if at >= start and (at.month - 1) % step == 0:
            ticks.append(at)
        at = datetime(at.year + at.month // 12, at.month % 12 + 1, 1)
    return ticks


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=4000)),
    st.sampled_from([1, 2, 3, 6, 12]),
)
def test_month_ticks_are_counted_as_every_month_walked_would_give(start, length, step):
    assert _month_ticks(start, start + length, step) == _walked(start, start + length, step)
