"""The default visit summary is a two-page digest; the appendices add what they name.

Run as the family runs it (``caregiver-app summary`` in a subprocess) on the benchmarks'
heavy record at a small scale (the same density of entries and doses a day, half a
year long), and read back with pdfium. Speed is measured in ``benchmarks/``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta

import pypdfium2
import pytest

from benchmarks import heavy_record
from caregiver_app.services.visit_summary.text import save_concerns
from caregiver_app.store.database import database_path
from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.entries import entries_between
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import load_profile, save_profile

# The ten-year record's density (5.5 entries and 13.7 doses a day), over half a year.
SMALL = heavy_record.Scale(
    entries=1_000, doses=2_500, appointments=150, series=6, contacts=20, questions=30, days=183
)
LAST = date.today() - timedelta(days=1)
FIRST = LAST - timedelta(days=89)


@pytest.fixture(scope="module")
def heavy(tmp_path_factory):
    """The small heavy record, with allergies and main concerns as a family would add them."""
    folder = tmp_path_factory.mktemp("heavy")
    heavy_record.generate(folder, SMALL)
    database = open_store(folder)
    try:
        save_profile(replace(load_profile(), allergies="Penicillin (rash)"))
        save_concerns(["Breathless at night", "Not eating much"])
    finally:
        database.close()
    assert database_path(folder).exists()
    return folder


def summary(
    folder, tmp_path, *extra: str, language: str = ""
) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run ``summary`` for the 90 days to yesterday; the exit and each page's text.
    ``language`` ("es", "zh_CN") is the system's, as tests/cli/test_cli_language.py sets it."""
    out = tmp_path / "summary.pdf"
    env = None
    if language:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        env.update(LC_ALL="C.UTF-8", LANGUAGE=language)
    result = subprocess.run(
        [
            sys.executable, "-m", "caregiver_app", "--data-dir", str(folder), "summary",
            "--from", FIRST.isoformat(), "--to", LAST.isoformat(), "-o", str(out), *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )  # fmt: skip
    if not out.exists():
        return result, []
    document = pypdfium2.PdfDocument(out)
    try:
        pages = [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()
    return result, pages


def without_page_numbers(pages: list[str]) -> list[str]:
    """The pages' text without "Page X of Y", which an appendix changes."""
    return [re.sub(r" Page \d+ of \d+$", "", page) for page in pages]


def test_the_default_summary_is_two_pages_with_the_digest_on_page_one(heavy, tmp_path):
    result, pages = summary(heavy, tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(pages) == 2
    first, second = pages
    for fact in (
        "Heavy Record",  # who
        f"{FIRST:%B} {FIRST.day}, {FIRST.year} to {LAST:%B} {LAST.day}, {LAST.year} (90 days)",
        "Diagnosis: Non-small cell lung cancer, stage 4",
        "Allergies: Penicillin (rash)",
        "Main concerns",
        "Breathless at night",
        "Symptoms (ESAS-r)",
        "Change",  # the ESAS-r table's change against the 90 days before
        "Trends of the symptoms",  # the charts of those moderate, severe or changing
        "Vital signs",
        "Breakthrough doses",
        "Doses each day",
        "Doses by hour of the day",
        "Most often between",  # the hours the doses cluster in
        "Medicines",
        "Alerts raised in the period",
    ):
        assert fact in first, fact
    for heading in (
        "Upcoming appointments",
        "Questions for this visit",
        "Key contacts",
        "Diary notes for the team and from days with a severe score",
        "Plan agreed at this visit",
    ):
        assert heading in second and heading not in first, heading
    assert "Appendix" not in " ".join(pages)


def test_the_digest_s_notes_are_the_newest_for_the_team_or_of_severe_days(heavy, tmp_path):
    _result, pages = summary(heavy, tmp_path)
    database = open_store(heavy)
    try:
        entries = entries_between(*_bounds())
    finally:
        database.close()
    severe = {
        entry.recorded_at.date()
        for entry in entries
        if any((score or 0) >= 7 for score in entry.scores.values())
    }
    kept = [e for e in entries if e.note.strip() and (e.for_team or e.recorded_at.date() in severe)]
    newest = max(kept, key=lambda entry: entry.recorded_at)
    assert newest.note.strip() in pages[1]
    assert "more of these notes did not fit here" in pages[1]  # and how to print them all


def _bounds():
    from datetime import datetime, time

    return datetime.combine(FIRST, time()), datetime.combine(LAST + timedelta(days=1), time())


def test_the_appendix_options_add_what_they_name(heavy, tmp_path):
    database = open_store(heavy)
    try:
        notes = [entry for entry in entries_between(*_bounds()) if entry.note.strip()]
        doses = doses_between(*_bounds())
    finally:
        database.close()
    _result, digest = summary(heavy, tmp_path)

    result, with_notes = summary(heavy, tmp_path, "--appendix", "notes")
    assert result.returncode == 0, result.stderr
    # the digest unchanged, the appendix after it
    assert without_page_numbers(with_notes[:2]) == without_page_numbers(digest)
    appendix = " ".join(with_notes[2:])
    assert "Appendix: all diary notes" in with_notes[2]
    assert "Appendix: every breakthrough dose" not in appendix
    oldest = min(notes, key=lambda entry: entry.recorded_at)
    assert oldest.note.strip() in appendix

    result, with_doses = summary(heavy, tmp_path, "--appendix", "doses")
    assert result.returncode == 0, result.stderr
    assert without_page_numbers(with_doses[:2]) == without_page_numbers(digest)
    appendix = " ".join(with_doses[2:])
    assert "Appendix: every breakthrough dose" in with_doses[2]
    assert "Appendix: all diary notes" not in appendix
    assert f"{len(doses)} doses" in appendix
    assert appendix.count(" \u2192 ") >= len(doses)  # a line a dose, its scores before → after

    result, both = summary(heavy, tmp_path, "--appendix", " doses,NOTES ")
    assert result.returncode == 0, result.stderr
    assert len(both) == len(with_notes) + len(with_doses) - 2
    text = " ".join(both)
    assert text.index("Appendix: all diary notes") < text.index("Appendix: every breakthrough")


def test_an_unknown_appendix_is_refused_and_nothing_written(heavy, tmp_path):
    result, pages = summary(heavy, tmp_path, "--appendix", "notes,letters")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "caregiver-app: unknown appendix letters; choose from notes,doses"
    ]
    assert pages == [] and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("language", ["es_ES", "zh_CN"])
def test_the_default_summary_is_two_pages_in_every_language(heavy, tmp_path, language):
    """Spanish words take more lines: the digest's last section (the alerts) went on to page
    2 alone and page 2's sections to a page 3."""
    result, pages = summary(heavy, tmp_path, language=language)
    assert result.returncode == 0, result.stderr
    assert len(pages) == 2
