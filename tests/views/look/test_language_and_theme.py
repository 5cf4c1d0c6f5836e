"""View > Language switches the whole window without restarting; View > Theme adds high contrast."""

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from caregiver_app.views.look.high_contrast import high_contrast_palette


def _menu_titles(window):
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def _tab_texts(window):
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def test_switching_to_spanish_and_chinese_and_back_without_restarting(
    demo_store, make_window, qtbot
):
    window = make_window(demo=True)
    window.show()
    window.tabs.setCurrentIndex(1)
    window.view_options.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: "Archivo" in _menu_titles(window))
    assert _tab_texts(window)[:2] == ["Hoy", "Equipo de atención"]
    assert window.tabs.currentIndex() == 1  # the same tab stays open
    assert window.diary_tab.model.rowCount() > 0  # the record is still shown
    assert window.settings.value("view/language") == "es"
    window.view_options.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: _tab_texts(window)[1].startswith("照护团队"))
    window.view_options.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: "File" in _menu_titles(window))
    assert _tab_texts(window) == ["Today", "Care team", "Symptom diary", "Calendar", "Learn"]


def test_the_language_choice_is_remembered(store, make_window, qtbot):
    window = make_window()
    window.view_options.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: "Archivo" in _menu_titles(window))
    window.close()
    again = make_window()
    assert "Archivo" in _menu_titles(again)
    assert again.view_options.language_actions["es"].isChecked()


def test_high_contrast_theme_meets_seven_to_one(store, make_window):
    def luminance(colour):
        def channel(value):
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.red())
            + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue())
        )

    def contrast(a, b):
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    palette = high_contrast_palette()
    role = QPalette.ColorRole
    for text, background in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
    ):
        assert contrast(palette.color(text), palette.color(background)) >= 7, text
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text)
    assert contrast(disabled, palette.color(role.Base)) >= 7

    window = make_window()
    window.view_options.theme_actions["high-contrast"].trigger()
    assert QApplication.palette().color(role.Window).name() == "#000000"
    assert window.settings.value("view/theme") == "high-contrast"
    window.view_options.theme_actions["system"].trigger()
    assert QApplication.palette().color(role.Window).name() != "#000000"
