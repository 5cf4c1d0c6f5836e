"""File > Print medicine chart and Export medicine log: typed, clicked, read back."""

import csv
import io
from datetime import date, timedelta

import pypdfium2
import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import QPoint, Qt

from tests.helpers.keys import retype, type_date_as_hinted


@pytest.fixture
def window(demo_store, make_window, tmp_path):
    window = make_window(demo=True)
    window.show()
    return window


def files_of(window, target):
    files = window.medicine_files
    # The system's save dialog cannot be driven from a test: it answers with ``target``.
    files.ask_save_path = lambda title, name, kinds: target
    return files


def open_from_menu(qtbot, window, name):
    window.actions_by_name[name].trigger()
    dialog = window.medicine_files.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, radio):
    """Click a choice on its round button, where a person aims (its middle may be blank)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def test_the_file_menu_prints_a_filled_in_chart_of_a_typed_week(
    qtbot, window, make_window, tmp_path
):
    target = tmp_path / "chart.pdf"
    files_of(window, target)
    dialog = open_from_menu(qtbot, window, "printMedicineChart")
    assert (
        window.actions_by_name["printMedicineChart"]
        in window.menuBar().actions()[0].menu().actions()
    )
    week = date.today() - timedelta(days=14)
    type_date_as_hinted(qtbot, dialog.week_edit, week)
    choose(qtbot, dialog.filled_radio)
    click(qtbot, dialog.save_button)
    assert target.exists()
    assert make_window.opened_urls[-1].toLocalFile() == str(target)
    document = pypdfium2.PdfDocument(target)
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
        document[0].render(scale=1.5).to_pil().save(tmp_path / "chart.png")  # to look at
    finally:
        document.close()
    assert "what was logged" in " ".join(text.split())
    assert "Saved the medicine chart" in window.statusBar().currentMessage()


def test_a_week_that_is_not_a_date_is_said_at_the_field_and_nothing_is_written(
    qtbot, window, tmp_path
):
    target = tmp_path / "chart.pdf"
    files_of(window, target)
    dialog = open_from_menu(qtbot, window, "printMedicineChart")
    retype(qtbot, dialog.week_edit, "next monday")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.week_edit.line)
    assert not target.exists()


def test_a_week_past_what_a_record_holds_is_said_at_the_field_and_nothing_is_written(
    qtbot, window, tmp_path
):
    target = tmp_path / "chart.pdf"
    files_of(window, target)
    dialog = open_from_menu(qtbot, window, "printMedicineChart")
    type_date_as_hinted(qtbot, dialog.week_edit, date(9999, 12, 31))
    choose(qtbot, dialog.filled_radio)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Choose a date between 1900 and 2200."
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.week_edit.line)
    assert not target.exists()
    type_date_as_hinted(qtbot, dialog.week_edit, date(2200, 12, 31))  # the last week is fine
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and target.exists()


def test_the_log_is_exported_as_csv_for_typed_days(qtbot, window, tmp_path):
    target = tmp_path / "log.csv"
    files_of(window, target)
    dialog = open_from_menu(qtbot, window, "exportMedicineLog")
    first = date.today() - timedelta(days=6)
    type_date_as_hinted(qtbot, dialog.from_edit, first)
    click(qtbot, dialog.save_button)
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert table and all(
        (row["scheduled_time"] or row["time_given"])[:10] >= first.isoformat() for row in table
    )
    assert f"Saved {len(table)} doses" in window.statusBar().currentMessage()


def test_the_log_as_fhir_reads_back_and_reversed_days_are_refused(qtbot, window, tmp_path):
    target = tmp_path / "log.json"
    files_of(window, target)
    dialog = open_from_menu(qtbot, window, "exportMedicineLog")
    type_date_as_hinted(qtbot, dialog.from_edit, date.today())
    type_date_as_hinted(qtbot, dialog.to_edit, date.today() - timedelta(days=3))
    choose(qtbot, dialog.fhir_radio)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "must not be after" in dialog.error_label.text()
    assert not target.exists()
    retype(qtbot, dialog.to_edit, "")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    bundle = Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    assert bundle.entry[0].resource.get_resource_type() == "Patient"


def test_the_record_itself_is_refused_as_the_file_to_write(qtbot, window, data_dir):
    from caregiver_app.store.database import database_path

    record = database_path(data_dir)
    before = record.read_bytes()
    files = files_of(window, record)
    dialog = open_from_menu(qtbot, window, "exportMedicineLog")
    click(qtbot, dialog.save_button)
    assert files.message is not None and "would destroy it" in files.message.text()
    assert record.read_bytes() == before
