"""File > Visit summary...: options, live preview, printing, saving and opening."""

import os
import stat
from datetime import date, timedelta

import pypdfium2
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.services.visit_summary.text import load_concerns
from caregiver_app.views.visit_summary.summary_printing import PRINT_DPI, make_printer
from tests.helpers.keys import type_date
from tests.helpers.visit_summary_record import fill_record


def page_texts(pdf) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


@pytest.fixture
def dialog(store, make_window, qtbot):
    fill_record()
    window = make_window()
    window.show()
    window.actions_by_name["visitSummary"].trigger()
    dialog = window.summary_dialog
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def wait_for_build(qtbot, dialog, builds: int) -> None:
    qtbot.waitUntil(lambda: dialog.builds >= builds, timeout=5000)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)


def test_the_menu_opens_the_dialog_with_a_preview_since_the_last_visit(dialog):
    assert dialog.isVisible() and dialog.windowTitle() == "Visit summary"
    assert dialog.ui.periodCombo.currentData() == "since_last_visit"
    last_visit = date.today() - timedelta(days=20)
    assert dialog.period() == (last_visit, date.today())
    assert not dialog.ui.periodNote.isVisible()
    assert dialog.document.pageCount() >= 1
    assert dialog.view.document() is dialog.document
    first = page_texts(dialog.pdf)[0]
    assert first.startswith("Zoë Ñúñez")
    assert dialog.pages_label.text().endswith(str(dialog.document.pageCount()))


def test_changing_the_period_rebuilds_the_preview_after_a_pause(dialog, qtbot):
    builds = dialog.builds
    combo = dialog.ui.periodCombo
    combo.setCurrentIndex(combo.findData("7"))
    assert dialog.builds == builds  # not at once: a short pause first
    wait_for_build(qtbot, dialog, builds + 1)
    start = date.today() - timedelta(days=6)
    assert dialog.period() == (start, date.today())
    assert f"{start:%B} {start.day}, {start.year} to" in page_texts(dialog.pdf)[0]
    assert not dialog.ui.fromEdit.isEnabled()


def test_custom_dates_and_a_reversed_period_is_explained(dialog, qtbot):
    ui = dialog.ui
    ui.periodCombo.setCurrentIndex(ui.periodCombo.findData("custom"))
    assert ui.fromEdit.isEnabled() and ui.toEdit.isEnabled()
    type_date(qtbot, ui.fromEdit, date.today())
    type_date(qtbot, ui.toEdit, date.today() - timedelta(days=3))
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "first day must not be after the last day" in dialog.error_label.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    builds = dialog.builds
    type_date(qtbot, ui.toEdit, date.today())
    wait_for_build(qtbot, dialog, builds + 1)
    assert not dialog.error_label.isVisible() and dialog.save_button.isEnabled()


def test_a_first_day_typed_in_the_future_is_named_as_the_start(dialog, qtbot):
    """The first day typed after today: the sentence speaks of the start (it said the
    summary "cannot end after today", about the day the family had not touched)."""
    ui = dialog.ui
    ui.periodCombo.setFocus()
    qtbot.keyClicks(ui.periodCombo, "Dates")
    type_date(qtbot, ui.fromEdit, date.today() + timedelta(days=3))
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "cannot start after today" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled()
    type_date(qtbot, ui.fromEdit, date.today() - timedelta(days=3))
    type_date(qtbot, ui.toEdit, date.today() + timedelta(days=1))
    qtbot.waitUntil(lambda: "cannot end after today" in dialog.error_label.text())


def test_sections_concerns_notes_and_paper_reach_the_pages(dialog, qtbot):
    ui = dialog.ui
    builds = dialog.builds
    ui.concern1Edit.setText("Breathless <b>at night</b>")
    ui.concern2Edit.setText("王小明 worries")
    ui.dosesCheck.setChecked(False)
    # On the box itself, where a person clicks (the row is wider than its words).
    box = QPoint(8, ui.allNotesCheck.height() // 2)
    qtbot.mouseClick(ui.allNotesCheck, Qt.MouseButton.LeftButton, pos=box)
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData("a4"))
    wait_for_build(qtbot, dialog, builds + 1)
    text = " ".join(page_texts(dialog.pdf))
    assert "Breathless <b>at night</b>" in text and "王小明 worries" in text
    assert "Breakthrough doses" not in text
    assert "Appendix: all diary notes" in text
    assert "Appendix: every breakthrough dose" not in text
    width, height = dialog.document.pagePointSize(0).toTuple()
    assert (round(width), round(height)) == (round(A4[0]), round(A4[1]))
    box = QPoint(8, ui.concernsCheck.height() // 2)
    qtbot.mouseClick(ui.concernsCheck, Qt.MouseButton.LeftButton, pos=box)  # ticked: untick it
    assert not ui.concernsGroup.isEnabled()


def test_concerns_are_kept_for_next_time(dialog, qtbot, make_window):
    dialog.ui.concern1Edit.setText("Pain at night")
    dialog.ui.concern3Edit.setText("Appetite")
    dialog.reject()
    assert load_concerns() == ("Pain at night", "Appetite")
    window = make_window()
    again = window.open_visit_summary()
    assert again.ui.concern1Edit.text() == "Pain at night"
    assert again.ui.concern2Edit.text() == "Appetite"
    again.reject()


def test_print_draws_every_page_on_a_pdf_printer(dialog, tmp_path):
    printer = make_printer(LETTER, "Visit summary")
    assert printer.resolution() == PRINT_DPI
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = dialog.print_to(printer)
    assert pages == dialog.document.pageCount()
    document = pypdfium2.PdfDocument(tmp_path / "printed.pdf")
    try:
        assert len(document) == pages
        width, height = document[0].get_size()
        assert (round(width), round(height)) == (612, 792)
        image = document[0].render(scale=0.5).to_pil().convert("L")
        assert image.getextrema()[0] < 100  # something dark was printed, on white
        assert image.getpixel((2, 2)) > 250
    finally:
        document.close()


def test_print_opens_the_system_print_dialog_without_blocking(dialog):
    print_dialog = dialog.choose_printer()
    assert print_dialog.isVisible()
    assert print_dialog.maxPage() == dialog.document.pageCount()
    print_dialog.reject()


def test_save_writes_the_previewed_pdf_privately(dialog, tmp_path):
    path = tmp_path / "visit-summary.pdf"
    assert dialog.save_to(path)
    assert path.read_bytes() == dialog.pdf
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_folder_that_cannot_be_written_says_so_and_leaves_nothing(dialog, tmp_path, qtbot):
    path = tmp_path / "missing" / "visit-summary.pdf"
    assert not dialog.save_to(path)
    qtbot.waitUntil(lambda: dialog.message is not None and dialog.message.isVisible())
    assert "could not be saved" in dialog.message.text()
    dialog.message.close()
    assert not path.parent.exists()


def test_open_in_viewer_hands_a_private_copy_to_the_system(dialog, make_window, data_dir):
    path = dialog.open_in_viewer()
    assert path.parent == data_dir / "printouts"
    assert path.read_bytes() == dialog.pdf
    assert [url.toLocalFile() for url in make_window.opened_urls] == [str(path)]
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_every_control_has_an_accessible_name(dialog):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget

    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName() == "qt_spinbox_lineedit":
            continue  # inside a date box, which has the name
        if isinstance(widget, QCheckBox | QRadioButton) or type(widget).__name__ in (
            "QScrollBar",
            "QWidget",
            "QScrollArea",
        ):
            continue  # their own text is their name
        assert widget.accessibleName(), (type(widget).__name__, widget.objectName())
