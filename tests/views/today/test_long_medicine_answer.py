"""A medicine with a very long name keeps the dose answer dialog on a small screen: the
name wraps in its heading, the dose hint still shows the strength, at twice the text size,
in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import administrations_between
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from tests.helpers.clipping import problems
from tests.helpers.large_text import no_sideways_scroll, shown_active, window_at

UNBROKEN = "Oxycodone" * 22  # 198 letters, no space to wrap at
SPACED = " ".join(["Oxycodone hydrochloride oral solution for breakthrough pain"] * 3)


def _answer_dialog(make_window, qtbot, name, percent):
    medicine = save_medicine(MedicineRecord(name=name, strength="5 mg/5 mL"))
    save_schedule(medicine, Schedule("times", ("08:00",)))
    page = window_at(make_window, qtbot, percent, tab="today_tab").today_tab
    page.refresh()
    row = next(row for row in page.rows if row.slot.medicine.name == name)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    return shown_active(qtbot, page.dialog)


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("name", [UNBROKEN, SPACED], ids=["unbroken", "spaced"])
def test_a_long_name_keeps_the_answer_dialog_on_the_screen(
    store, make_window, qtbot, each_language, name, percent
):
    # The heading asked to be as wide as the 198-letter name (1663 px at 200%), so the
    # dialog was wider than a 1366 px screen and the name ran off its edge; the dose
    # hint was cut before the strength it is there to show.
    dialog = _answer_dialog(make_window, qtbot, name, percent)
    screen = dialog.screen().availableGeometry()
    assert dialog.minimumSizeHint().width() <= screen.width()
    assert dialog.frameGeometry().width() <= screen.width()
    no_sideways_scroll(qtbot, dialog)
    assert problems(dialog) == []
    assert dialog.heading.accessibleName().startswith(f"{name} 5 mg/5 mL")
    assert dialog.dose_edit.placeholderText().endswith("5 mg/5 mL")
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.dose_edit, "2.5 mL")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [answer] = administrations_between(None, None)
    assert answer.dosage == "2.5 mL"
