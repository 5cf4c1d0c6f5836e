"""Every date the app shows with a year shows it with four digits, in each language's order.

The diary table, the dose lists and Today showed "6/1/27", which reads as 1927 as well
as 2027, while the forms take and show "6/1/2027".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.views.diary.entry_table_model import COLUMN_NOTE
from caregiver_app.views.look.locale_format import format_datetime
from tests.helpers.locales import LOCALES

# Each language's own order and separators, the year whole.
EXPECTED = {
    "en_US": "6/1/2027 8:05\u202fPM",
    "es_ES": "1/6/2027 20:05",
    "zh_CN": "2027/6/1 20:05",
}
GIVEN = datetime(2027, 6, 1, 20, 5)


@pytest.fixture
def in_locale(request):
    previous = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    yield request.param
    QLocale.setDefault(previous)


@pytest.mark.parametrize("in_locale", sorted(LOCALES), indirect=True)
def test_a_date_and_time_has_its_four_digit_year_in_the_languages_order(in_locale):
    assert format_datetime(GIVEN) == EXPECTED[in_locale]
    assert format_datetime(datetime(1, 1, 1, 0, 0)).count("0001") == 1
    assert "9999" in format_datetime(datetime(9999, 12, 31, 23, 59))


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def _fits(table, columns) -> None:
    for column in columns:
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column


@pytest.mark.parametrize("in_locale", sorted(LOCALES), indirect=True)
def test_the_diary_and_the_dose_list_show_four_digit_years_and_still_fit(
    in_locale, store, make_window, qtbot
):
    now = datetime.now().replace(second=0, microsecond=0)
    save_entry(EntryRecord(recorded_at=now, scores={"pain": 4}, note="Slept after lunch"))
    medicine = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_dose(DoseRecord(medicine_id=medicine, given_at=now, dose="5 mg", score_before=6))
    window = make_window()
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.diary_tab)
    tab = window.diary_tab
    _settle()
    year = str(now.year)
    entries = tab.table
    assert tab.model.data(tab.model.index(0, 0)) == format_datetime(now)
    assert year in tab.model.data(tab.model.index(0, 0))
    tab.sections.setCurrentWidget(tab.doses)
    _settle()
    assert tab.doses.table.item(0, 0).text() == format_datetime(now)
    assert year in tab.doses.table.item(0, 0).text()

    for _ in range(10):  # View > Larger text, up to 200%
        window.actions_by_name["textLarger"].trigger()
    _settle()
    assert window.text_scale.percent == 200
    _fits(tab.doses.table, [0])
    tab.sections.setCurrentIndex(0)
    _settle()
    _fits(entries, [c for c in range(tab.model.columnCount()) if c != COLUMN_NOTE])
