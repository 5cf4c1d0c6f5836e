"""The diary's rows: as tall as the style's own at 100%, and growing with the text size."""

from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication, QTableView

from caregiver_app.store.diary.entries import EntryRecord, save_entries


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def test_rows_keep_the_styles_height_and_grow_with_large_text(store, make_window, qtbot):
    now = datetime.now()
    save_entries(
        [
            EntryRecord(recorded_at=now - timedelta(hours=hours), scores={"pain": 4})
            for hours in range(1, 40)
        ]
    )
    window = make_window()
    window.resize(1180, 760)
    window.show()
    window.tabs.setCurrentWidget(window.diary_tab)
    _settle()
    table = window.diary_tab.table
    plain = QTableView()
    style_rows = plain.verticalHeader().defaultSectionSize()
    # Not denser than a plain table's rows at 100%: each row more on a screen is read
    # and painted.
    assert table.rowHeight(0) == max(style_rows, table.fontMetrics().height() + 8)

    for _ in range(10):  # View > Larger text, up to 200%
        window.actions_by_name["textLarger"].trigger()
    _settle()
    assert window.text_scale.percent == 200
    assert table.rowHeight(0) >= table.fontMetrics().height() + 8
    assert table.rowHeight(0) > style_rows
    assert all(table.rowHeight(row) >= table.sizeHintForRow(row) - 2 for row in range(5))
