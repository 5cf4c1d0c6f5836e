"""Who recorded what: the diary and dose lists, the Today page and the dose form."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.views.diary.dose_limits import dose_state, limits_sentences
from caregiver_app.views.diary.entry_table_model import COLUMN_NOTE, EntryTableModel
from caregiver_app.views.sharing.sharing_words import moment
from tests.services.medication.test_today import NOW
from tests.views.sharing.sharing_fakes import Origin


def _entry(at: datetime) -> int:
    return save_entry(
        EntryRecord(recorded_at=at, scores={"pain": 4}, completed_by="family_caregiver")
    )


def test_the_diary_shows_recorded_on_only_while_sharing(store, fake_sharing, tmp_path):
    mine = _entry(datetime(2026, 12, 1, 9, 0))
    theirs = _entry(datetime(2026, 12, 1, 10, 0))
    model = EntryTableModel()
    assert model.columnCount() == COLUMN_NOTE + 1  # not sharing: the columns as before
    fake_sharing.start_sharing(tmp_path, "Laura's laptop", "blue kettle 42")
    fake_sharing.origins[("diaryentry", theirs)] = Origin("Tom's laptop", False, NOW)
    model.reload()
    assert model.columnCount() == COLUMN_NOTE + 2
    header = model.headerData(COLUMN_NOTE + 1, Qt.Orientation.Horizontal)
    assert header == "Recorded on"
    rows = {
        model.data(model.index(row, 0), Qt.ItemDataRole.UserRole): model.data(
            model.index(row, COLUMN_NOTE + 1)
        )
        for row in range(model.rowCount())
    }
    assert rows == {theirs: "Tom's laptop", mine: "This computer"}


def test_the_dose_list_shows_recorded_on_only_while_sharing(
    store, make_window, fake_sharing, tmp_path, qtbot
):
    from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine

    medicine = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    dose = save_dose(DoseRecord(medicine, datetime.now() - timedelta(hours=1), performer="Tom"))
    window = make_window()
    table = window.diary_tab.doses.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Recorded on" not in headers
    fake_sharing.start_sharing(tmp_path, "Laura's laptop", "blue kettle 42")
    fake_sharing.origins[("breakthroughdose", dose)] = Origin("Tom's laptop", False, None)
    window.diary_tab.doses.refresh()
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[-1] == "Recorded on"
    assert table.item(0, table.columnCount() - 1).text() == "Tom's laptop"


def test_today_says_a_dose_came_from_another_computer(page, fake_sharing, tmp_path):
    _morphine, _senna, _free, solution = page.ids
    dose = save_dose(DoseRecord(solution, NOW - timedelta(hours=1), performer="Laura"))
    page.signals.doses_changed.emit()
    lines = [label.text() for label in page.findChildren(object, "asNeededLine")]
    assert lines == ["Last dose 1:00\u202fPM by Laura, 1 h ago. 1 dose in the last 24 hours."]
    fake_sharing.start_sharing(tmp_path, "Tom's laptop", "blue kettle 42")
    in_step = NOW - timedelta(minutes=20)
    fake_sharing.origins[("breakthroughdose", dose)] = Origin("Laura's laptop", False, in_step)
    page.signals.doses_changed.emit()
    lines = [label.text() for label in page.findChildren(object, "asNeededLine")]
    assert lines == [
        "Last dose 1:00\u202fPM by Laura (from Laura's laptop, synced as of "
        f"{moment(in_step, NOW)}), 1 h ago. 1 dose in the last 24 hours."
    ]


def test_the_dose_form_says_where_the_last_dose_came_from(store, fake_sharing, tmp_path):
    from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine

    medicine = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    given = datetime(2026, 12, 1, 2, 10)
    dose = save_dose(DoseRecord(medicine, given, performer="Laura"))
    at = datetime(2026, 12, 1, 6, 30)
    before = limits_sentences(dose_state(medicine, at))
    assert "(from" not in " ".join(before)
    fake_sharing.start_sharing(tmp_path, "Tom's laptop", "blue kettle 42")
    in_step = datetime(2026, 12, 1, 6, 1)
    fake_sharing.origins[("breakthroughdose", dose)] = Origin("Laura's laptop", False, in_step)
    lines = limits_sentences(dose_state(medicine, at))
    assert any(
        line.startswith("The last one was given at ")
        and f"(from Laura's laptop, synced as of {moment(in_step, at)})" in line
        for line in lines
    ), lines
