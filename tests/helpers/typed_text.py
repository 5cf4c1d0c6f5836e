"""Typing text that is not plain ASCII: accented letters as key presses, Chinese as an IME."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.services.learn.folding import CJK


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as a person would.

    ASCII goes through ``qtbot.keyClicks``. An accented letter is one key press carrying
    that letter, as on a Spanish keyboard (QTest cannot type it). A run of Chinese is
    committed at once by an input method, as pinyin input does after choosing the words.
    """
    position = 0
    for run in CJK.finditer(text):
        _type_keys(qtbot, widget, text[position : run.start()])
        event = QInputMethodEvent("", [])
        event.setCommitString(run.group())
        QApplication.sendEvent(widget, event)
        position = run.end()
    _type_keys(qtbot, widget, text[position:])


def _type_keys(qtbot, widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
