"""After View > Language, what a screen reader says matches a window started in that language.

Names, descriptions and tips set in code are easy to leave in the old language when the
language changes in a running window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from caregiver_app.views.look.view_options import LANGUAGE_KEY
from tests.helpers.tab_walk import spoken_name


def _said(window) -> dict[str, list[tuple[str, str, str]]]:
    """Per tab and section, each focusable control's name, description and tip."""
    said: dict[str, list[tuple[str, str, str]]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        sections = getattr(window.tabs.widget(index), "sections", None)
        for section in range(sections.count() if sections else 1):
            if sections:
                sections.setCurrentIndex(section)
            for _ in range(3):
                QApplication.processEvents()
            for widget in window.findChildren(QWidget):
                if not widget.isVisible() or isinstance(widget, QScrollBar):
                    continue
                if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                    continue
                where = f"tab {index}.{section} {type(widget).__name__} {widget.objectName()}"
                texts = (spoken_name(widget), widget.accessibleDescription(), widget.toolTip())
                said.setdefault(where, []).append(texts)
    return said


def _window(make_window, data_dir, qtbot, language: str):
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    # Each window starts as if the app had never run here: the dose reminders then list the
    # same doses whatever the hour and whichever window was built first (a window started
    # after another lists none of the doses the first one already reminded of).
    settings.remove("doseReminders")
    settings.sync()
    window = make_window(demo=True)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["es", "zh_CN"])
def test_names_after_a_language_change_are_those_of_a_fresh_window(
    demo_store, make_window, data_dir, qtbot, language
):
    fresh = _said(_window(make_window, data_dir, qtbot, language))
    window = _window(make_window, data_dir, qtbot, "en")
    _said(window)  # every tab built, in English
    window.view_options.language_actions[language].trigger()
    switched = _said(window)
    differ = [
        f"{where}: {switched.get(where)} instead of {fresh.get(where)}"
        for where in sorted(set(fresh) | set(switched))
        if fresh.get(where) != switched.get(where)
    ]
    assert differ == [], "\n".join(differ)
