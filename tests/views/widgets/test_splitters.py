"""The readable splitter measures its panes again at a new text size, and never after it
is gone (a language change rebuilds the tabs and deletes their splitters)."""

import shiboken6
from PySide6.QtWidgets import QLabel

from caregiver_app.views.widgets.splitters import MINIMUM_CHARACTERS, ReadableSplitter


def _splitter(qtbot) -> ReadableSplitter:
    splitter = ReadableSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("Titles"))
    splitter.addWidget(QLabel("What is under them"))
    return splitter


def _larger_text(splitter: ReadableSplitter) -> None:
    font = splitter.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    splitter.setFont(font)


def test_panes_keep_a_readable_width_at_larger_text(qtbot):
    splitter = _splitter(qtbot)
    _larger_text(splitter)
    least = MINIMUM_CHARACTERS * splitter.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: splitter.widget(0).minimumWidth() >= least)


def test_a_splitter_deleted_before_it_measures_is_left_alone(qtbot):
    splitter = ReadableSplitter()
    splitter.addWidget(QLabel("Titles"))
    splitter.addWidget(QLabel("What is under them"))
    _larger_text(splitter)  # the new minimum is measured on the next turn of the loop
    shiboken6.delete(splitter)
    qtbot.wait(20)  # before: "Internal C++ object (ReadableSplitter) already deleted"
