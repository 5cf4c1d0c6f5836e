"""The first evening with the app: medicines typed in at 8:40 PM, then the Today page and
the filled-in medicine chart read back.

Before, Today said only "No scheduled doses today." for a medicine whose 8 AM and 8 PM had
just been set up (their times count from the moment they are saved), with nothing about
when its first dose comes; an as-needed medicine's limits typed in its form did not show;
and the chart greyed that evening's 8 PM box without saying why.
"""

from __future__ import annotations

from datetime import datetime

import pypdfium2
from PySide6.QtWidgets import QLabel
from reportlab.lib.pagesizes import A4

from caregiver_app.services.medication.chart import chart_bytes
from caregiver_app.store.diary.medicines import list_medicines
from tests.helpers.keys import retype
from tests.helpers.today_page import shown_today_page
from tests.views.diary.test_medicine_in_force_typing import saved_at  # noqa: F401 (fixture)
from tests.views.diary.test_medicine_schedule_typing import (
    _as_needed,
    _check,
    _click,
    _new_medicine,
    _saved,
)

EVENING = datetime(2026, 12, 1, 20, 40)  # a Tuesday, after its 8 PM


def _morphine_sr(make_window, qtbot, saved_at):  # noqa: F811
    """Morphine SR 15 mg typed in with 8 AM and 8 PM and no start date, saved at 8:40 PM."""
    window, _panel, dialog = _new_medicine(make_window, qtbot, "Morphine SR")
    retype(qtbot, dialog.ui.strengthEdit, "15 mg")
    editor = dialog.ui.scheduleEditor
    _check(qtbot, editor.at_times)
    retype(qtbot, editor.time_fields[0], "8:00 AM")
    _click(qtbot, editor.add_time_button)
    retype(qtbot, editor.time_fields[1], "8:00 PM")
    saved_at(EVENING)
    _click(qtbot, dialog.save_button)
    _saved(dialog)
    return window


def _as_needed_medicine(make_window, qtbot, name, interval="", most=""):
    _window, _panel, dialog = _new_medicine(make_window, qtbot, name)
    fields = _as_needed(qtbot, dialog)
    if interval:
        retype(qtbot, fields.interval, interval)
    if most:
        retype(qtbot, fields.max_per_day, most)
    _click(qtbot, dialog.save_button)
    _saved(dialog)


def _page_lines(page) -> list[str]:
    # The locale puts a narrow space before AM; read as a plain one.
    return [
        label.text().replace("\u202f", " ")
        for label in page.findChildren(QLabel)
        if label.isVisible()
    ]


def test_today_says_when_the_first_dose_comes_of_times_set_up_tonight(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
):
    _morphine_sr(make_window, qtbot, saved_at)
    page = shown_today_page(qtbot, clock=lambda: EVENING)
    lines = _page_lines(page)
    assert "The medicine times are set up. No dose is due today." in lines
    assert "Morphine SR 15 mg: first dose tomorrow at 8:00 AM." in lines
    # Tonight's 8 PM came before the times were saved: neither given nor missed.
    text = " ".join(lines)
    for claim in ("No scheduled doses today.", "Overdue", "not logged", "Given", "Skipped"):
        assert claim not in text
    assert not page.rows


def test_the_filled_in_chart_says_why_tonights_box_is_grey(
    store,
    make_window,
    qtbot,
    saved_at,  # noqa: F811
    tmp_path,
):
    _morphine_sr(make_window, qtbot, saved_at)
    path = tmp_path / "chart.pdf"
    path.write_bytes(chart_bytes(EVENING.date(), True, A4, now=EVENING))
    document = pypdfium2.PdfDocument(path)
    try:
        text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()
    assert "Gray boxes: no dose due, or the medicine's times were not set up yet." in text


def test_an_as_needed_medicine_just_added_shows_the_limits_typed(store, make_window, qtbot):
    _as_needed_medicine(make_window, qtbot, "Oxycodone", interval="2", most="6")
    _as_needed_medicine(make_window, qtbot, "Lorazepam")
    assert sorted(medicine.name for medicine in list_medicines()) == ["Lorazepam", "Oxycodone"]
    page = shown_today_page(qtbot, clock=lambda: EVENING)
    lines = _page_lines(page)
    oxycodone = lines.index("Oxycodone")
    assert lines[oxycodone + 1] == "No dose in the last 7 days. 0 doses in the last 24 hours."
    # The chart's words for them (services/dose_words.py).
    assert lines[oxycodone + 2] == "At least 2 h between doses · At most 6 doses in 24 hours"
    lorazepam = lines.index("Lorazepam")
    assert lines[lorazepam + 2] == "No interval or daily limit entered in the app."
