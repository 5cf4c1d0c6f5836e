"""A period whose symptom table is taller than a page (many "other problems" named
differently, or many trackers of the family's own): the summary is made, every row is
printed from page 1 on, and the trend charts still come. It used to end in a layout error
(the command printed a traceback, exit 1; the window showed no pages)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from reportlab.lib.pagesizes import A4, letter

from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.text import summary_bytes
from caregiver_app.store.diary.entries import EntryRecord, save_entries
from caregiver_app.store.opening import open_store
from tests.cli.test_cli import run_cli
from tests.services.visit_summary.test_visit_summary_pdf import pages_of, text_of

END = date.today() - timedelta(days=1)
START = END - timedelta(days=13)
NAMES = [f"problem {n}: hiccups after meals" for n in range(26)]


def _fill() -> None:
    entries = []
    for n, name in enumerate(NAMES):
        day = START + timedelta(days=n % 14)
        entries.append(
            EntryRecord(
                recorded_at=datetime.combine(day, time(8 + n // 14, 0)),
                scores={"pain": 5 + n % 5, "tiredness": 8},
                other_problem=name,
                other_problem_score=n % 11,
            )
        )
    save_entries(entries)


@pytest.mark.parametrize("paper", [letter, A4])
def test_every_row_and_the_charts_are_printed(store, paper):
    _fill()
    data = summary_bytes(SummaryRequest(START, END), paper)
    assert "Symptoms (ESAS-r)" in pages_of(data)[0]  # page 1 is not left empty
    text = text_of(data)
    for name in NAMES:
        assert f"Other problem: {name}" in text
    assert "Trends of the symptoms" in text  # the charts' caption: they were drawn


def test_the_command_makes_the_summary(data_dir, tmp_path):
    database = open_store(data_dir)
    try:
        _fill()
    finally:
        database.close()
    out = tmp_path / "summary.pdf"
    result = run_cli(
        "--data-dir",
        str(data_dir),
        "summary",
        "--from",
        START.isoformat(),
        "--to",
        END.isoformat(),
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"Other problem: {NAMES[-1]}" in text_of(out.read_bytes())
