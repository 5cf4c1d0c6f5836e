"""Breakthrough doses whose lines are taller than a page (each dose typed a little
differently, so each is its own "N x medicine dose"): the summary is made and every
line is printed. It used to fail with a layout error (traceback, exit 1; no pages)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from reportlab.lib.pagesizes import letter

from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.text import summary_bytes
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.opening import open_store
from tests.cli.test_cli import run_cli
from tests.services.visit_summary.test_visit_summary_pdf import text_of

END = date.today() - timedelta(days=1)
START = END - timedelta(days=13)
DOSES = 112  # eight a day for two weeks


def _fill() -> list[str]:
    medicine = save_medicine(
        MedicineRecord(name="Morphine oral solution", strength="10 mg per 5 mL", as_needed=True)
    )
    typed = []
    for n in range(DOSES):
        given = datetime.combine(START + timedelta(days=n // 8), time(n % 8 * 3, 0))
        dose = f"2.5 mL (dose {n + 1} of the fortnight)"
        save_dose(DoseRecord(medicine, given, dose=dose, reason="pain", score_before=7))
        typed.append(dose)
    return typed


def test_every_dose_line_is_printed(store):
    typed = _fill()
    text = text_of(summary_bytes(SummaryRequest(START, END), letter))
    assert f"Doses given: {DOSES}" in text
    assert f"1 × Morphine oral solution {typed[0]}" in text
    # Every dose's line, across the pages (a page may end inside a line, never in a word).
    assert text.count("fortnight)") == DOSES


def test_the_command_makes_the_summary(data_dir, tmp_path):
    database = open_store(data_dir)
    try:
        _fill()
    finally:
        database.close()
    out = tmp_path / "summary.pdf"
    period = ["--from", START.isoformat(), "--to", END.isoformat()]
    result = run_cli("--data-dir", str(data_dir), "summary", *period, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Doses given: {DOSES}" in text_of(out.read_bytes())
