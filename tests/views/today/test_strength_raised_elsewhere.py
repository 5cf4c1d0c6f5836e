"""A strength raised on one family computer while a dose is given on another: once the family
folder has brought each to the other, in either order, both show the strength the dose was
given at, on Today, in the chart and in the log's exports."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from reportlab.lib.pagesizes import A4

from caregiver_app.services.medication.chart import chart_bytes
from caregiver_app.services.medication.export_csv import log_csv
from caregiver_app.services.medication.export_fhir import log_bundle
from caregiver_app.services.medication.export_log import log_entries
from caregiver_app.services.sharing import crypto
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.store.queries import ProfileData, save_profile
from caregiver_app.views.diary.medicine_dialog import MedicineDialog
from caregiver_app.views.today.today_page import TodayPage
from tests.helpers.keys import retype
from tests.helpers.today_page import shown_today_page
from tests.services.sharing.records import Computer, opened

DAY = date(2026, 11, 3)
MORNING = datetime.combine(DAY, time(8))
EVENING = datetime.combine(DAY, time(20))


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def _family(tmp_path: Path) -> tuple[Computer, Computer]:
    """Laura's laptop shares a record with morphine 15 mg at 8:00 and 20:00; Tom's joins."""
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    tom = Computer("Tom's laptop", tmp_path / "tom", folder)
    with opened(laura.data_dir):
        save_profile(ProfileData(patient_name="Rosa", caregiver_name="Laura"))
        morphine = save_medicine(
            MedicineRecord("Morphine SR", "15 mg", "by mouth", started_on=date(2026, 10, 1))
        )
        save_schedule(morphine, Schedule("times", ("08:00", "20:00")), datetime(2026, 10, 1))
    laura.start()
    tom.join()
    return laura, tom


def _rows(page: TodayPage) -> dict[datetime, str]:
    return {row.slot.scheduled_for: row.label.text().replace("\u202f", " ") for row in page.rows}


def _raise_strength(qtbot, laura: Computer) -> None:
    """On Laura's laptop at 7:30, after a visit, the strength typed as 30 mg and saved."""
    with opened(laura.data_dir):
        (medicine,) = list_medicines()
        dialog = MedicineDialog(medicine)
        dialog.clock = lambda: datetime.combine(DAY, time(7, 30))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        retype(qtbot, dialog.ui.strengthEdit, "30 mg")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.error_label.text()


def _give_morning_dose(qtbot, tom: Computer) -> None:
    """On Tom's laptop at 8:05, not yet in step with Laura's: Given on the 8:00 dose, whose
    line reads 15 mg."""
    with opened(tom.data_dir):
        page = shown_today_page(qtbot, lambda: datetime.combine(DAY, time(8, 5)))
        assert _rows(page)[MORNING].startswith("8:00 AM  Morphine SR 15 mg\n")
        (row,) = [row for row in page.rows if row.slot.scheduled_for == MORNING]
        qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
        page.close()
        page.deleteLater()


def _shows_what_was_given(qtbot, computer: Computer, tmp_path: Path) -> None:
    with opened(computer.data_dir):
        now = datetime.combine(DAY, time(21))
        page = shown_today_page(qtbot, lambda: now)
        rows = _rows(page)
        page.close()
        page.deleteLater()
        assert rows[MORNING].startswith("8:00 AM  Morphine SR 15 mg\nGiven at 8:05 AM")
        assert rows[EVENING].startswith("8:00 PM  Morphine SR 30 mg\n")
        entries = log_entries(DAY, DAY, now)
        chart = chart_bytes(DAY, True, A4, now=now)
        table = log_csv(entries).decode("utf-8")
        bundle = log_bundle(entries, now)
    (morning,) = [entry for entry in entries if entry.scheduled_for == MORNING]
    assert (morning.status, morning.dose) == ("given", "15 mg")
    csv_rows = list(csv.DictReader(io.StringIO(table)))
    given = [row for row in csv_rows if row["time_given"]]
    assert [(row["strength"], row["dose_given"]) for row in given] == [("30 mg", "15 mg")]
    notes = [
        note["text"] for entry in bundle["entry"] for note in entry["resource"].get("note", [])
    ]
    assert "Dose given: 15 mg" in notes
    path = tmp_path / f"chart-{computer.name}.pdf"
    path.write_bytes(chart)
    document = pypdfium2.PdfDocument(path)
    try:
        text = " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()
    # The row names today's strength; the box of the dose given says what it was.
    assert "Morphine SR 30 mg · by mouth 8:00 AM Not logged Given 8:05 AM dose 15 mg" in text


@pytest.mark.parametrize("first", ["laura", "tom"])
def test_a_dose_given_on_one_computer_keeps_its_strength_raised_on_the_other(
    qtbot, tmp_path: Path, first: str
):
    laura, tom = _family(tmp_path)
    _raise_strength(qtbot, laura)
    _give_morning_dose(qtbot, tom)
    one, other = (laura, tom) if first == "laura" else (tom, laura)
    one.sync()
    other.sync()
    one.sync()
    # Before, the dose kept "the dose on the list" and read 30 mg on both computers.
    _shows_what_was_given(qtbot, laura, tmp_path)
    _shows_what_was_given(qtbot, tom, tmp_path)
    assert laura.dump() == tom.dump()
