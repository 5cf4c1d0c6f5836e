"""A drop-down of long names (medicines): a sensible width, and each name whole in its list."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

# The closed box's width in characters: most names and strengths show whole; a longer one is
# whole in the list, in the tooltip and in the description a screen reader gives.
NAME_CHARACTERS = 28


class WrappedNameDelegate(QStyledItemDelegate):
    """Each name on as many lines as the list's width needs, never cut short with "..."."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The item's text wraps at the list's width."""
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the name's lines at the width the list has (or will have on screen)."""
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, self._width(), option.rect.height())
        return super().sizeHint(wrapped, index)

    def _width(self) -> int:
        view = self._view
        popup = view.window()
        if popup is not view and popup.isVisible():
            return view.viewport().width()
        screen = view.screen()
        frame = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        room = screen.availableGeometry().width() if screen else 800
        return room - frame - view.verticalScrollBar().sizeHint().width()


def fit_long_names(combo: QComboBox, characters: int = NAME_CHARACTERS) -> None:
    """Keep ``combo`` about ``characters`` wide whatever it lists; its list shows each name
    whole (wrapped), and the closed box's chosen name is whole in its tooltip and in its
    description for screen readers."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    view = combo.view()
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.setItemDelegate(WrappedNameDelegate(view))
    for row in range(combo.count()):
        for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            combo.setItemData(row, combo.itemText(row), role)
    combo.currentIndexChanged.connect(lambda _row: _describe_chosen(combo))
    _describe_chosen(combo)


def _describe_chosen(combo: QComboBox) -> None:
    combo.setToolTip(combo.currentText())
    combo.setAccessibleDescription(combo.currentText())


def shortened(name: str, characters: int = NAME_CHARACTERS) -> str:
    """``name`` whole when it has at most ``characters`` characters; otherwise cut at the last
    word that fits (or at ``characters``) and ended with "…", for a button's text."""
    if len(name) <= characters:
        return name
    cut = name[:characters]
    space = cut.rfind(" ")
    if space > characters // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "\u2026"


# Between letters: a place a line may break, drawn as nothing.
_BREAK = "\u200b"


def breakable(text: str, run: int = NAME_CHARACTERS) -> str:
    """``text`` with a place to break between the letters of every word longer than ``run``
    characters: Qt's labels wrap only between words, so a 200-letter name with no space
    held a dialog wider than the screen. For the label only: what is kept, and the name a
    screen reader is given, stay ``text`` itself."""
    words = text.split(" ")
    return " ".join(_BREAK.join(_letters(word)) if len(word) > run else word for word in words)


def _letters(word: str) -> list[str]:
    """The word's letters, each with the accents that follow it (never split from it)."""
    letters: list[str] = []
    for character in word:
        if letters and unicodedata.combining(character):
            letters[-1] += character
        else:
            letters.append(character)
    return letters
