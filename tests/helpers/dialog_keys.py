"""One dialog from the keyboard and with a screen reader, in the language the window speaks.

No two controls share an underlined key (Alt and the letter would reach only one); Tab
reaches every control and comes back round without being caught or freezing the window;
Escape closes it; every control a screen reader lands on has a name, in the window's
language, not left in English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)
from shiboken6 import isValid

import caregiver_app
from caregiver_app.views.look.view_options import LANGUAGE_KEY
from tests.helpers.mnemonics import clashes
from tests.helpers.tab_walk import focusable, spoken_name, tab_cycle, unreached

TRANSLATIONS = Path(caregiver_app.__file__).parent.parent / "resources" / "translations"


def english_left(language: str) -> set[str]:
    """The English texts the ``language`` translation says otherwise: seen there, a bug."""
    if language == "en":
        return set()
    root = ET.parse(TRANSLATIONS / f"caregiver_app_{language}.ts").getroot()
    left = set()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "").rstrip(".:")
        translation = (message.findtext("translation") or "").replace("&", "").rstrip(".:")
        if source and translation and source != translation and any(c.isalpha() for c in source):
            left.add(source)
    return left


def start_in(data_dir: Path, language: str) -> None:
    """The language chosen last time: the next window starts in it."""
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def shown_texts(dialog: QWidget) -> list[str]:
    """The shown texts of the dialog that can carry an underlined key."""
    texts = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def name_problems(dialog: QWidget, english: set[str]) -> list[str]:
    """Tab stops with no spoken name, or one still in English."""
    found = []
    for widget in focusable(dialog):
        what = f"{type(widget).__name__} {widget.objectName()!r}"
        name = spoken_name(widget)
        if not name:
            found.append(f"{what} has no name")
        for text in (name, widget.accessibleDescription(), widget.toolTip()):
            if text.replace("&", "").rstrip(".:") in english:
                found.append(f"{what} still says {text!r} in English")
    return found


def _scroll_stop(dialog: QWidget, seen: list[QWidget]) -> list[str]:
    """A scroll area is one named stop, right after the buttons (it scrolls by the arrow
    keys, for text that has no field of its own): not between the last field and Save."""
    buttons = [box for box in dialog.findChildren(QDialogButtonBox) if box.isVisible()]
    found = []
    for index, widget in enumerate(seen):
        if not isinstance(widget, QScrollArea):
            continue
        if not spoken_name(widget):
            found.append("a scroll area has no name")
        before = seen[index - 1]
        if buttons and not isinstance(before.parentWidget(), QDialogButtonBox):
            area = widget.accessibleName()
            found.append(f"Tab reaches the scroll area {area!r} before the buttons")
    return found


def keyboard_problems(
    name: str, dialog: QWidget, qtbot, english: set[str], escape_closes: bool = True
) -> list[str]:
    """What is wrong with ``dialog`` for the keyboard and a screen reader; it is closed after
    (one that Escape must not close, such as the lock, is left open)."""
    qtbot.waitExposed(dialog)
    found = [f"{name}: {clash}" for clash in clashes(shown_texts(dialog))]
    found += [f"{name}: {problem}" for problem in name_problems(dialog, english)]
    seen, problems = tab_cycle(dialog, qtbot)
    found += [f"{name}: {problem}" for problem in problems]
    found += [f"{name}: Tab never reaches {widget}" for widget in unreached(dialog, seen)]
    found += [f"{name}: {problem}" for problem in _scroll_stop(dialog, seen)]
    focus = QApplication.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    for _ in range(3):
        QApplication.processEvents()
    still_open = isValid(dialog) and dialog.isVisible()  # else closed, or closed and deleted
    if still_open and escape_closes:
        found.append(f"{name}: Escape does not close it")
    elif not still_open and not escape_closes:
        found.append(f"{name}: Escape closes it")
    if still_open and escape_closes:
        dialog.done(0)
    return found
