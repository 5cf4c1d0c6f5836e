"""A medicine on the family's list opens the Learn article about its kind."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from tests.helpers.typed_text import type_text


def _medicines(window, qtbot):
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.diary_tab)
    tab = window.diary_tab
    tab.sections.setCurrentWidget(tab.medicines)
    return tab.medicines


def _row(table, name):
    return next(row for row in range(table.rowCount()) if table.item(row, 0).text() == name)


def _menu_event(widget, reason, pos):
    return QContextMenuEvent(reason, pos, widget.mapToGlobal(pos))


def _click_row(qtbot, table, row):
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_typed_morphine_opens_the_strong_pain_medicines_article(store, make_window, qtbot):
    window = make_window()
    panel = _medicines(window, qtbot)
    assert panel.read_button.accessibleName() == "Read about the selected medicine in Learn"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    qtbot.keyClicks(dialog.ui.nameEdit, "Morphine sulfate ER 15 mg")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert panel.table.item(0, 0).text() == "Morphine sulfate ER 15 mg"
    assert panel.read_button.isEnabled()  # the medicine just saved is selected
    _click_row(qtbot, panel.table, 0)
    assert panel.read_button.isEnabled()
    qtbot.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.learn_tab
    assert window.learn_tab.article.id == "strong-pain-medicines"
    assert window.learn_tab.article_list.current_id() == "strong-pain-medicines"


def test_the_keyboard_reaches_the_link_from_the_list(store, make_window, qtbot):
    save_medicine(MedicineRecord(name="Paracetamol 500 mg"))
    save_medicine(MedicineRecord(name="Hidromorfona 2 mg"))
    window = make_window()
    panel = _medicines(window, qtbot)
    table = panel.table
    assert [table.item(row, 0).text() for row in range(2)] == [
        "Hidromorfona 2 mg",
        "Paracetamol 500 mg",
    ]
    _click_row(qtbot, table, 1)
    assert panel.selected().name == "Paracetamol 500 mg"
    assert not panel.read_button.isEnabled()  # no article about this kind
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert panel.selected().name == "Hidromorfona 2 mg"
    assert panel.read_button.isEnabled()
    # Shift+Tab from the list is the button just above it; Space presses it.
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is panel.read_button
    qtbot.keyClick(panel.read_button, Qt.Key.Key_Space)
    assert window.tabs.currentWidget() is window.learn_tab
    assert window.learn_tab.article.id == "strong-pain-medicines"


def test_the_context_menu_offers_the_article(store, make_window, qtbot):
    save_medicine(MedicineRecord(name="芬太尼透皮贴剂"))
    save_medicine(MedicineRecord(name="Senna"))
    window = make_window()
    panel = _medicines(window, qtbot)
    table = panel.table
    senna = _row(table, "Senna")
    _click_row(qtbot, table, senna)
    # A right click: the window system turns it into this event (QTest's click does not).
    rect = table.visualItemRect(table.item(senna, 0))
    QApplication.sendEvent(
        table.viewport(),
        _menu_event(table.viewport(), QContextMenuEvent.Reason.Mouse, rect.center()),
    )
    menu = panel.context_menu
    qtbot.waitUntil(menu.isVisible)
    read = next(a for a in menu.actions() if a.text() == "Read about this medicine")
    assert not read.isEnabled()  # senna: no article about it
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())

    patch = _row(table, "芬太尼透皮贴剂")
    _click_row(qtbot, table, patch)
    # The menu key (or Shift+F10) on the list opens the same menu, for the selected medicine.
    table.setFocus()
    QApplication.sendEvent(
        table, _menu_event(table, QContextMenuEvent.Reason.Keyboard, table.rect().center())
    )
    menu = panel.context_menu
    qtbot.waitUntil(menu.isVisible)
    assert menu.accessibleName() == "Medicine commands"
    read = next(a for a in menu.actions() if a.text() == "Read about this medicine")
    assert read.isEnabled()
    menu.setActiveAction(read)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.learn_tab
    assert window.learn_tab.article.id == "strong-pain-medicines"


def test_a_medicine_typed_in_another_language_links_too(store, make_window, qtbot):
    window = make_window()
    panel = _medicines(window, qtbot)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.dialog.ui.nameEdit, "Morfína gotas")
    qtbot.mouseClick(panel.dialog.save_button, Qt.MouseButton.LeftButton)
    _click_row(qtbot, panel.table, 0)
    assert panel.selected().name == "Morfína gotas"
    assert panel.read_button.isEnabled()


@pytest.mark.parametrize(
    ("language", "percent"), [("en", 100), ("en", 200), ("es", 200), ("zh_CN", 200)]
)
def test_screenshot_of_the_medicines_with_the_link(
    store, make_window, qtbot, tmp_path, data_dir, language, percent
):
    # Chosen last time in View > Language: the window starts in it.
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    save_medicine(
        MedicineRecord(name="Morphine sulfate ER", strength="15 mg", schedule="every 12 hours")
    )
    save_medicine(MedicineRecord(name="Oxycodone oral solution", as_needed=True))
    window = make_window()
    panel = _medicines(window, qtbot)
    base = panel.read_button.font().pointSizeF()
    window.text_scale.apply(percent)
    window._text_size_changed(percent)
    qtbot.waitUntil(lambda: panel.read_button.font().pointSizeF() >= base * percent / 101)
    _click_row(qtbot, panel.table, 0)
    qtbot.wait(50)  # the layout settles at the new size
    assert window.grab().save(str(tmp_path / f"medicines-read-about-{language}-{percent}.png"))
    for button in (panel.add_button, panel.edit_button, panel.stop_button, panel.read_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # nothing cut off
        assert button.geometry().right() <= panel.width(), button.text()
