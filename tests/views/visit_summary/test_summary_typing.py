"""The visit summary's options chosen and typed as a person does: the period, paper and parts."""

from __future__ import annotations

from datetime import date, timedelta

import pypdfium2
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtPdf import QPdfDocument
from reportlab.lib.pagesizes import A4

from tests.helpers.keys import retype, text_for_hint, type_date_as_hinted, wheel_changes_only
from tests.helpers.locales import LOCALES
from tests.helpers.visit_summary_record import fill_record

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today_as_the_test_runs():
    """Today read again before each test: the window reads it as it runs, and a run of the
    suite may cross midnight."""
    global TODAY
    TODAY = date.today()


def _first_page(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()


def _open(make_window, qtbot, locale: str = "en_US"):
    """Ctrl+P in a shown, active window: the summary dialog, its first pages made."""
    fill_record()
    window = make_window()
    QLocale.setDefault(LOCALES[locale])  # the window applied the system's; the test's wins
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.summary_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def _settled(qtbot, dialog) -> None:
    """Wait until the pause after the last key is over and its pages (if any) are shown."""
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)


def _choose_own_dates(qtbot, dialog) -> None:
    combo = dialog.ui.periodCombo
    combo.setFocus()
    qtbot.keyClicks(combo, "Dates")  # "Dates I choose", found by its first letters
    assert combo.currentData() == "custom"


def test_dates_i_choose_typed_as_the_hint_shows(store, make_window, qtbot, typing_locale):
    dialog = _open(make_window, qtbot, typing_locale)
    ui = dialog.ui
    assert not ui.fromEdit.isEnabled()
    _choose_own_dates(qtbot, dialog)
    assert ui.fromEdit.isEnabled() and ui.toEdit.isEnabled()
    first, last = TODAY - timedelta(days=40), TODAY - timedelta(days=5)
    builds = dialog.builds
    typed = type_date_as_hinted(qtbot, ui.fromEdit, first)
    assert typed == text_for_hint(ui.fromEdit.line.placeholderText(), first)
    type_date_as_hinted(qtbot, ui.toEdit, last)
    _settled(qtbot, dialog)
    assert dialog.builds > builds and not dialog.error_label.isVisible()
    request = dialog.request()
    assert (request.start, request.end) == (first, last)
    if typing_locale == "en_US":
        assert f"{first:%B} {first.day}, {first.year} to" in _first_page(dialog.pdf)


@pytest.mark.parametrize(
    ("which", "text", "sentence"),
    [
        ("toEdit", "reversed", "The first day must not be after the last day."),
        ("fromEdit", "2/30/2025", "There is no such date as “2/30/2025”. Type it as M/D/YYYY."),
        ("toEdit", "soon", "“soon” is not a date. Type it as M/D/YYYY, for example 3/14/1947."),
        ("toEdit", "3/14/25", "Type the year with all four digits, as M/D/YYYY"),
        ("toEdit", "", "is needed: type it as M/D/YYYY."),
        ("toEdit", "tomorrow", "The summary cannot end after today."),
    ],
)
def test_a_wrong_period_is_explained_and_no_pages_are_made(
    store, make_window, qtbot, which, text, sentence
):
    dialog = _open(make_window, qtbot)
    ui = dialog.ui
    _choose_own_dates(qtbot, dialog)
    _settled(qtbot, dialog)
    builds, pdf = dialog.builds, dialog.pdf
    if text == "reversed":
        type_date_as_hinted(qtbot, ui.fromEdit, TODAY - timedelta(days=2))
        type_date_as_hinted(qtbot, ui.toEdit, TODAY - timedelta(days=9))
    elif text == "tomorrow":
        type_date_as_hinted(qtbot, ui.toEdit, TODAY + timedelta(days=1))
    else:
        retype(qtbot, getattr(ui, which), text)
    _settled(qtbot, dialog)
    assert dialog.error_label.isVisible() and sentence in dialog.error_label.text()
    assert (dialog.builds, dialog.pdf) == (builds, pdf)
    assert not any(b.isEnabled() for b in (dialog.print_button, dialog.save_button))
    assert not dialog.open_button.isEnabled()
    type_date_as_hinted(qtbot, ui.fromEdit, TODAY - timedelta(days=9))
    type_date_as_hinted(qtbot, ui.toEdit, TODAY - timedelta(days=2))
    _settled(qtbot, dialog)
    assert dialog.builds == builds + 1 and not dialog.error_label.isVisible()
    assert dialog.save_button.isEnabled()


def test_paper_parts_and_notes_chosen_by_keyboard(store, make_window, qtbot):
    dialog = _open(make_window, qtbot)
    ui = dialog.ui
    paper = ui.paperCombo
    paper.setFocus()
    qtbot.keyClick(paper, Qt.Key.Key_Home)  # Letter
    qtbot.keyClick(paper, Qt.Key.Key_Down)  # A4
    ui.dosesCheck.setFocus()
    qtbot.keyClick(ui.dosesCheck, Qt.Key.Key_Space)
    ui.allDosesCheck.setFocus()
    qtbot.keyClick(ui.allDosesCheck, Qt.Key.Key_Space)
    assert ui.allDosesCheck.isChecked()
    period = ui.periodCombo
    period.setFocus()
    qtbot.keyClick(period, Qt.Key.Key_Home)
    qtbot.keyClick(period, Qt.Key.Key_Down)  # The last 7 days
    _settled(qtbot, dialog)
    request = dialog.request()
    assert (request.start, request.end) == (TODAY - timedelta(days=6), TODAY)
    assert "doses" not in request.sections and request.appendices == ("doses",)
    width, height = dialog.document.pagePointSize(0).toTuple()
    assert (round(width), round(height)) == (round(A4[0]), round(A4[1]))


def test_the_wheel_changes_only_the_choice_being_made(store, make_window, qtbot):
    dialog = _open(make_window, qtbot)
    dialog.ui.periodCombo.setFocus()
    names = wheel_changes_only(dialog, dialog.ui.periodCombo)
    assert set(names) == {"periodCombo", "paperCombo"}
