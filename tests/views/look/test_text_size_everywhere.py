"""View > Larger text reaches every page, banner and table at once, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from caregiver_app.views.diary.entry_table_model import COLUMN_NOTE
from caregiver_app.views.look.view_options import THEME_KEY
from caregiver_app.views.widgets.banner import Banner


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def _page_label_sizes(window) -> set[float]:
    """The point sizes of the tabs' plain labels (headings are rich text, sized by HTML)."""
    sizes = set()
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        for label in page.findChildren(QLabel):
            if label.text() and not label.text().startswith("<") and not label.font().bold():
                sizes.add(round(label.font().pointSizeF(), 1))
    return sizes


@pytest.mark.parametrize("theme", ["system", "high-contrast"])
def test_pages_banners_and_tables_follow_the_text_size_without_restart(
    demo_store, make_window, qtbot, data_dir, theme
):
    # Last time: this theme, and one step below the largest text.
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(THEME_KEY, theme)
    settings.setValue("view/textPercent", 190)
    settings.sync()
    base = QApplication.font().pointSizeF()
    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    window.actions_by_name["textLarger"].trigger()
    _settle()
    assert window.text_scale.percent == 200
    assert _page_label_sizes(window) == {base * 2}
    banners = window.findChildren(Banner)
    assert {banner.objectName() for banner in banners} >= {"alertBanner", "afterScorePrompt"}
    assert {round(banner.font().pointSizeF(), 1) for banner in banners} == {base * 2}

    # The diary's columns are fitted again at once: no "6 …" in a score cell.
    window.tabs.setCurrentWidget(window.diary_tab)
    _settle()
    table = window.diary_tab.table
    for column in range(window.diary_tab.model.columnCount()):
        if column != COLUMN_NOTE:
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), column

    # After a language change, Reset still brings every page back.
    window.view_options.language_actions["es"].trigger()
    care_team = window.tabs.indexOf(window.care_team_tab)
    qtbot.waitUntil(
        lambda: window.tabs.tabText(care_team).replace("&", "") == "Equipo de atención"
    )
    window.actions_by_name["textReset"].trigger()
    _settle()
    assert _page_label_sizes(window) == {base}
    assert {round(banner.font().pointSizeF(), 1) for banner in window.findChildren(Banner)} == {
        base
    }


def test_the_chosen_entry_s_note_is_shown_whole_under_the_table(demo_store, make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.diary_tab)
    qtbot.waitExposed(window)
    tab = window.diary_tab
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).note.strip())
    record = model.entry(row)
    tab.table.scrollTo(model.index(row, 0))
    centre = tab.table.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert tab.note.isVisible()
    assert tab.note.text().endswith(record.note)  # as typed, every word
    assert tab.note.wordWrap()
    right_edge = tab.note.mapTo(window, tab.note.rect().topRight()).x()
    assert right_edge <= window.width()  # no sideways scrolling to read it
    assert tab.note.height() >= tab.note.heightForWidth(tab.note.width())
