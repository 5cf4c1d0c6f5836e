"""The window's Ctrl keys, in each language: no key does two things (Qt then does neither
and only warns of an "ambiguous shortcut"), and every key a tip, an empty tab's hint or a
translation names is one the window really has.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tests.helpers.dialog_keys import TRANSLATIONS, start_in

LANGUAGES = ["en", "es", "zh_CN"]
NAMED = re.compile(r"Ctrl\+(?:(?:Shift|Alt)\+)*(?:[A-Z0-9=]\b|[+-])")
WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _bindings(window) -> list[tuple[str, str, Qt.ShortcutContext, QWidget | None]]:
    """(key, what it does, its reach, the widget it belongs to) for every key of the window."""
    found = []
    for action in window.findChildren(QAction):
        if not any(isinstance(owner, QWidget) for owner in action.associatedObjects()):
            continue  # in no menu and on no widget: its key does nothing
        for sequence in action.shortcuts():
            parent = action.parent() if isinstance(action.parent(), QWidget) else None
            what = action.objectName() or action.text()
            found.append((_keys(sequence), what, action.shortcutContext(), parent))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent() if isinstance(shortcut.parent(), QWidget) else None
        what = f"{type(parent).__name__} shortcut"
        found.append((_keys(shortcut.key()), what, shortcut.context(), parent))
    return found


def _overlap(first, second) -> bool:
    """Both keys can be live at once: one for the whole window, or one widget inside the other."""
    (_, _, reach, widget), (_, _, other_reach, other_widget) = first, second
    if reach in WIDE or other_reach in WIDE or widget is None or other_widget is None:
        return True
    return (
        widget is other_widget
        or widget.isAncestorOf(other_widget)
        or (other_widget.isAncestorOf(widget))
    )


def _shown_texts(window) -> list[str]:
    texts = []
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    for action in window.findChildren(QAction):
        texts += [action.toolTip(), action.statusTip()]
    return texts


def _window(make_window, data_dir, qtbot, language):
    start_in(data_dir, language)
    window = make_window(demo=True)
    window.show()
    qtbot.waitExposed(window)
    for page in (
        window.today_tab,
        window.care_team_tab,
        window.diary_tab,
        window.calendar_tab,
        window.learn_tab,
    ):
        assert page is not None  # every tab built, with its keys
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_key_does_two_things(demo_store, make_window, data_dir, qtbot, language):
    window = _window(make_window, data_dir, qtbot, language)
    bindings = _bindings(window)
    found = []
    for index, first in enumerate(bindings):
        for second in bindings[index + 1 :]:
            if first[0] == second[0] and first[0] and _overlap(first, second):
                found.append(f"{first[0]}: {first[1]} and {second[1]}")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_named_is_the_windows(demo_store, make_window, data_dir, qtbot, language):
    window = _window(make_window, data_dir, qtbot, language)
    bound = {key for key, _what, _reach, _widget in _bindings(window)}
    texts = _shown_texts(window)
    if language != "en":
        root = ET.parse(TRANSLATIONS / f"caregiver_app_{language}.ts").getroot()
        texts += [message.findtext("translation") or "" for message in root.iter("message")]
    # The texts not on show now (an empty tab's hint), as written in the code.
    root = ET.parse(TRANSLATIONS / "caregiver_app_es.ts").getroot()
    texts += [message.findtext("source") or "" for message in root.iter("message")]
    found = sorted(
        {
            f"{key} in {text!r}"
            for text in texts
            for key in NAMED.findall(text)
            if _keys(QKeySequence(key)) not in bound
        }
    )
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", ["es", "zh_CN"])
def test_translations_name_the_same_keys(language):
    root = ET.parse(TRANSLATIONS / f"caregiver_app_{language}.ts").getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and sorted(NAMED.findall(source)) != sorted(NAMED.findall(translation)):
            found.append(f"{source!r} -> {translation!r}")
    assert found == [], "\n".join(found)
