"""The visit summary's vital-signs table, read back from the PDF with pdfium."""

from __future__ import annotations

import re
from datetime import timedelta

import pypdfium2
import pytest
from PySide6.QtCore import QLocale

from caregiver_app.services.diary.vital_thresholds import VitalThresholds, save_vital_thresholds
from caregiver_app.services.locale_dates import english_day
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.store.diary.entries import EntryRecord, save_entries
from tests.helpers.visit_summary_record import END, NOW, START, at, request


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


def _day(offset: int):
    return END - timedelta(days=offset)


@pytest.fixture(autouse=True)
def metric():
    """A family in the UK: Celsius and kilograms."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def _fill() -> None:
    save_entries(
        [
            EntryRecord(at(_day(9)), scores={"pain": 4}, temperature_c=36.9, pulse_bpm=96),
            EntryRecord(at(_day(6)), temperature_c=38.4, oxygen_saturation=87, pulse_bpm=118),
            EntryRecord(at(_day(4)), temperature_c=38.0, oxygen_saturation=93),
            EntryRecord(at(_day(1)), scores={"pain": 3}, temperature_c=37.2, oxygen_saturation=91),
            # Outside the period: neither counted nor the lowest.
            EntryRecord(at(START - timedelta(days=2)), temperature_c=35.5, weight_kg=60.0),
        ]
    )


def _table(pdf: bytes) -> str:
    text = _text(pdf)
    assert "Vital signs" in text
    table = text[text.index("Vital signs") :]
    for heading in ("Breakthrough doses", "Medicines", "Notes from the diary"):
        if heading in table:
            table = table[: table.index(heading)]
    return table


def test_the_table_has_latest_lowest_highest_and_readings_over_threshold(store):
    _fill()
    save_vital_thresholds(VitalThresholds(fever_at_c=38.0, spo2_below=90))
    table = _table(summary_pdf_bytes(collect_summary(request(), NOW)))
    for header in ("Vital sign", "Latest", "Lowest", "Highest", "Over threshold"):
        assert header in table
    d = lambda offset: english_day(_day(offset))  # noqa: E731
    temperature = (
        f"Temperature (4) 37.2 °C {d(1)} 36.9 °C {d(9)} 38.4 °C {d(6)} 2/4 38.0 °C or more"
    )
    assert temperature in table  # 38.0 is a fever at 38.0: at or over
    assert f"Oxygen saturation (3) 91 % {d(1)} 87 % {d(6)} 93 % {d(4)} 1/3 under 90 %" in table
    assert re.search(
        rf"Pulse \(2\) 118 beats/min {d(6)} 96 beats/min {d(9)} 118 beats/min "
        rf"{d(6)} –",
        table,
    )
    assert "Weight" not in table  # weighed only before the period
    assert "35.5" not in table


def test_without_the_teams_oxygen_threshold_no_low_oxygen_count_is_shown(store):
    _fill()
    table = _table(summary_pdf_bytes(collect_summary(request(), NOW)))
    assert "2/4 38.0 °C or more" in table  # the default fever threshold
    assert "under" not in table
    assert re.search(r"Oxygen saturation \(3\) .* 93 % \S+ \S+ – Pulse", table)


def test_temperature_is_in_the_unit_shown(store):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _fill()
    table = _table(summary_pdf_bytes(collect_summary(request(), NOW)))
    assert "99.0 °F" in table and "98.4 °F" in table and "101.1 °F" in table
    assert "2/4 100.4 °F or more" in table
    assert "°C" not in table


def test_no_table_when_no_vital_was_recorded(store):
    save_entries([EntryRecord(at(_day(2)), scores={"pain": 5}, note="Slept well")])
    data = collect_summary(request(), NOW)
    assert data.vitals is None
    text = _text(summary_pdf_bytes(data))
    assert "Symptoms (ESAS-r)" in text
    assert "Vital signs" not in text and "Over threshold" not in text


def test_no_table_when_the_symptoms_are_left_out(store):
    _fill()
    data = collect_summary(request(sections=("medicines",)), NOW)
    assert data.vitals is None
    assert "Vital signs" not in _text(summary_pdf_bytes(data))


def test_vital_signs_only_say_no_symptom_was_scored_instead_of_a_table_of_not_rated(store):
    """A month of temperatures and no scores: the symptom section says no scores were
    recorded (it printed nine lines of "not rated"), then the vital signs."""
    save_entries(
        [EntryRecord(at(START + timedelta(days=day)), temperature_c=37.2) for day in range(5)]
    )
    text = _text(summary_pdf_bytes(collect_summary(request(), NOW)))
    assert "Diary entries: 5" in text
    assert "No symptom scores were recorded in this period." in text
    assert "not rated" not in text
    assert "Temperature (5)" in text
