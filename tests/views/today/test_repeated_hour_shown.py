"""Which of the two 1:15 AMs a dose was given at, said wherever the time is shown: the night
New York's clocks go back (Sunday 1 November 2026, 1:00 to 1:59 AM twice), on a laptop in
London, and the night Lord Howe Island's go back half an hour (Sunday 5 April 2026, 1:30 to
1:59 AM twice). The doses are typed as a caregiver types them; the clock is set in UTC and
moved by the test, nothing waits."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from reportlab.lib.pagesizes import LETTER

from caregiver_app.services.medication.chart import chart_bytes
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import administrations_between
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
)
from tests.helpers.keys import retype
from tests.helpers.time_zone import LONDON, NEW_YORK, frozen_clock, home_away
from tests.helpers.today_page import shown_today_page
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

SECOND_1_40 = datetime(2026, 11, 1, 6, 40, tzinfo=UTC)  # the second 1:40 AM in New York
NIGHT = date(2026, 11, 1)
BEFORE = "(before the clocks went back)"
AFTER = "(after the clocks went back)"
LORD_HOWE = "Australia/Lord_Howe"
# 2 AM daylight time (+11) on 5 April 2026 is 15:00 UTC: the clocks go back to 1:30 (+10:30).
LORD_HOWE_SECOND_1_50 = datetime(2026, 4, 4, 15, 20, tzinfo=UTC)


def _plain(text: str) -> str:
    """Qt writes "1:15\u202fAM"; a person reads a space."""
    return text.replace("\u202f", " ")


def _type_dose(qtbot, window, typed: str, second: bool | None) -> None:
    """Record an as-needed dose from the Diary's button: the time typed, the pass chosen
    from the keyboard when asked, the dose typed, Enter."""
    qtbot.mouseClick(window.diary_tab.dose_button, Qt.MouseButton.LeftButton)
    dialog = window.diary_tab.doses.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    time_line = dialog.ui.givenAtEdit.time_field.line
    retype(qtbot, time_line, typed)
    choice = dialog.pass_choice
    assert choice.isVisible() == (second is not None)
    if second is not None:
        assert not choice.first.isChecked() and not choice.second.isChecked()  # asked afresh
        qtbot.keyClick(time_line, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is choice.first
        if second:
            qtbot.keyClick(choice.first, Qt.Key.Key_Down)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    retype(qtbot, dialog.ui.doseEdit, "5 mg")
    qtbot.keyClick(dialog.ui.doseEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def _diary_times(window) -> list[str]:
    panel = window.diary_tab.doses
    panel.refresh()
    model = panel.table.model()
    return [_plain(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_two_passes_read_apart_on_screen_and_on_paper(store, make_window, qtbot, monkeypatch):
    solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=60))
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("01:00",)), datetime(2026, 1, 1))
    with home_away(NEW_YORK, LONDON), frozen_clock(monkeypatch, SECOND_1_40):
        window = make_window()
        window.show()
        _type_dose(qtbot, window, "1:45 AM", second=False)
        _type_dose(qtbot, window, "1:15 AM", second=True)
        _type_dose(qtbot, window, "12:50 AM", second=None)  # before the hour: one 12:50
        assert [
            (d.given_at.hour, d.given_at.minute, d.given_at.fold) for d in doses_between(None, None)
        ] == [(0, 50, 0), (1, 45, 0), (1, 15, 1)]

        # The diary's list, newest first. Before: "1:15 AM" over "1:45 AM", nothing to say
        # the 1:15 came half an hour after the 1:45.
        assert _diary_times(window) == [
            f"11/1/2026 1:15 AM {AFTER}",
            f"11/1/2026 1:45 AM {BEFORE}",
            "11/1/2026 12:50 AM",  # every other time exactly as before
        ]

        # Today: the last dose, and the end of the interval, an ordinary time, as before.
        page = shown_today_page(qtbot)
        (line,) = [_plain(label.text()) for label in page.findChildren(QLabel, "asNeededLine")]
        assert line.startswith(f"Last dose 1:15 AM {AFTER}, 25 min ago.")
        limits = " ".join(_plain(label.text()) for label in page.findChildren(QLabel))
        assert "(that time ends at 2:15 AM)" in limits

        # The 1:00 AM dose, answered in its window: the second 1:15 typed and chosen.
        (row,) = [row for row in page.rows if row.slot.scheduled_for.date() == NIGHT]
        dialog = page.open_answer(row.slot)
        qtbot.waitExposed(dialog)
        retype(qtbot, dialog.given_at.date_field.line, "11/1/2026")
        retype(qtbot, dialog.given_at.time_field.line, "1:15 AM")
        choice = dialog.pass_choice
        choice.second.setFocus()
        qtbot.keyClick(choice.second, Qt.Key.Key_Space)
        qtbot.keyClick(choice.second, Qt.Key.Key_Return)
        page.refresh()
        (row,) = [row for row in page.rows if row.slot.scheduled_for.date() == NIGHT]
        assert _plain(row.label.text()).endswith(f"Given late, at 1:15 AM {AFTER}")

        # Opened again, the window says which 1:15 it kept; the first is chosen instead, and
        # nothing else changed.
        dialog = page.open_answer(row.slot)
        qtbot.waitExposed(dialog)
        choice = dialog.pass_choice
        assert choice.isVisible() and choice.second.isChecked()
        choice.second.setFocus()
        qtbot.keyClick(choice.second, Qt.Key.Key_Up)
        qtbot.keyClick(choice.first, Qt.Key.Key_Space)
        assert choice.first.isChecked()
        qtbot.keyClick(choice.first, Qt.Key.Key_Return)
        [answer] = administrations_between(datetime(2026, 11, 1), datetime(2026, 11, 2))
        assert answer.effective_at is not None and answer.effective_at.fold == 0
        assert answer.status == "given"  # 15 minutes after the first 1:00
        page.refresh()
        (row,) = [row for row in page.rows if row.slot.scheduled_for.date() == NIGHT]
        dialog = page.open_answer(row.slot)
        qtbot.waitExposed(dialog)
        # Before, the history read "from “11/1/2026 1:15 AM” to “11/1/2026 1:15 AM”".
        assert (
            f"time given changed from \u201c11/1/2026 1:15 AM {AFTER}\u201d to "
            f"\u201c11/1/2026 1:15 AM {BEFORE}\u201d"
        ) in _plain(dialog.history_label.text())
        assert dialog.pass_choice.first.isChecked()
        dialog.reject()

        # The filled-in medicine chart, read back.
        chart = _plain(" ".join(pages_of(chart_bytes(NIGHT, True, LETTER))))
        assert f"Given 1:15 AM {BEFORE}" in chart
        assert f"1:45 AM {BEFORE}" in chart and f"1:15 AM {AFTER}" in chart
        assert chart.index(f"1:45 AM {BEFORE}") < chart.index(f"1:15 AM {AFTER}")
        assert "12:50 AM (" not in chart

        # The visit summary's appendix of every dose, newest first.
        request = SummaryRequest(NIGHT, NIGHT, appendices=("doses",))
        summary = _plain(" ".join(pages_of(summary_pdf_bytes(collect_summary(request)))))
        appendix = summary[summary.index("Appendix: every breakthrough dose") :]
        after, before = appendix.index(f"1:15 AM {AFTER}"), appendix.index(f"1:45 AM {BEFORE}")
        assert after < before < appendix.index("12:50 AM Morphine")


def test_lord_howe_islands_repeated_half_hour(store, make_window, qtbot, monkeypatch):
    save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    with home_away(LORD_HOWE, LONDON), frozen_clock(monkeypatch, LORD_HOWE_SECOND_1_50):
        window = make_window()
        window.show()
        _type_dose(qtbot, window, "1:40 AM", second=True)
        _type_dose(qtbot, window, "1:20 AM", second=None)  # before the half hour: once
        assert _diary_times(window) == [f"4/5/2026 1:40 AM {AFTER}", "4/5/2026 1:20 AM"]
