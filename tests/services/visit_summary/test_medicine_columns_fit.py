"""The summary's medicine list breaks lines only between words: a strength such as
"5 mg/2.5 mL" stays on one line, and no column title is cut inside a word (the Spanish
"Concentración" was printed "Concentra" over "ción")."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pypdfium2
import pytest

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.text import translated_wording
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine

TODAY = date.today()
NOW = datetime.combine(TODAY, time(12, 0))


def _lines() -> list[str]:
    """Every printed line of the summary, as pdfium reads it."""
    data = collect_summary(SummaryRequest(TODAY - timedelta(days=29), TODAY), NOW)
    document = pypdfium2.PdfDocument(summary_pdf_bytes(data, translated_wording()))
    try:
        return [
            line.strip()
            for page in document
            for line in page.get_textpage().get_text_range().splitlines()
        ]
    finally:
        document.close()


def _record() -> None:
    save_medicine(MedicineRecord(name="Morphine SR", strength="15 mg", route="by mouth"))
    save_medicine(
        MedicineRecord(
            name="Morphine liquid",
            strength="5 mg/2.5 mL",
            purpose="Breakthrough pain",
            as_needed=True,
        )
    )


def test_a_strength_stays_on_one_line(store):
    _record()
    lines = _lines()
    assert any("5 mg/2.5 mL" in line for line in lines), lines


@pytest.mark.usefixtures("spanish")
def test_no_column_title_is_broken_inside_a_word(store):
    _record()
    lines = _lines()
    assert any("Concentración" in line for line in lines), lines
    assert any("5 mg/2.5 mL" in line for line in lines), lines
