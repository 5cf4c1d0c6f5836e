"""The printed pages name both lines of the person to call first, each labelled: a sheet
is printed once and read all week, day and night, so the moment it was printed must not
pick the number (an after-hours line printed at noon on a Monday, or the other way)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from reportlab.lib.pagesizes import LETTER

from caregiver_app.services.medication.chart import chart_bytes
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.contacts import ContactRecord, save_contact
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

MONDAY = date(2026, 12, 7)
# Monday 11:51 (office hours) and Saturday 23:30 (after hours): the same sheet either way.
MOMENTS = (datetime(2026, 12, 7, 11, 51), datetime(2026, 12, 12, 23, 30))


def _doctor(phones) -> None:
    save_contact(
        ContactRecord(
            name="Dr. Ruth Chen",
            role="palliative care physician",
            call_first=True,
            phones=list(phones),
        )
    )


def _chart_text(now: datetime) -> str:
    return " ".join(pages_of(chart_bytes(MONDAY, False, LETTER, now=now)))


@pytest.mark.parametrize("now", MOMENTS)
def test_the_chart_names_the_main_line_and_the_after_hours_line(store, now):
    _doctor([("after_hours", "555-201-9999"), ("fax", "555-201-1111"), ("main", "555-201-3300")])
    text = _chart_text(now)
    assert (
        "With a question about a dose, call first: Dr. Ruth Chen, "
        "555-201-3300 (main), 555-201-9999 (after hours)"
    ) in text
    assert "555-201-1111" not in text  # a fax is not a number to call


def test_a_contact_with_only_a_main_line_gets_it_labelled(store):
    _doctor([("main", "555-201-3300")])
    assert "call first: Dr. Ruth Chen, 555-201-3300 (main)" in _chart_text(MOMENTS[1])


@pytest.mark.parametrize("now", MOMENTS)
def test_the_summary_call_first_box_lists_the_main_line_first(store, now):
    _doctor([("after_hours", "555-201-9999"), ("main", "555-201-3300")])
    data = collect_summary(SummaryRequest(now.date() - timedelta(days=29), now.date()), now)
    text = " ".join(pages_of(summary_pdf_bytes(data)))
    box = text[text.index("Call first for symptoms") :]
    assert "555-201-3300 main 555-201-9999 after hours" in box, box[:200]


def test_the_window_still_puts_the_line_that_answers_now_first(store):
    from caregiver_app.services.diary.vital_routing import route_call
    from caregiver_app.store.contacts import first_call_first_contact

    _doctor([("after_hours", "555-201-9999"), ("main", "555-201-3300")])
    contact = first_call_first_contact()
    assert contact is not None
    assert route_call(contact, datetime.combine(MONDAY, time(11, 51))).number == "555-201-3300"
    assert route_call(contact, datetime(2026, 12, 12, 23, 30)).number == "555-201-9999"
