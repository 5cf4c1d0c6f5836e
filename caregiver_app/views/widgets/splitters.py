"""Two panes side by side or one above the other, sharing the space in a set proportion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def split(
    orientation: Qt.Orientation,
    panes: tuple[QWidget, QWidget],
    stretch: tuple[int, int],
    sizes: tuple[int, int] | None = None,
    parent: QWidget | None = None,
) -> QSplitter:
    """A splitter of two panes that neither can be dragged shut, growing by ``stretch``."""
    splitter = QSplitter(orientation, parent)
    splitter.setChildrenCollapsible(False)  # a pane dragged to nothing looks like a lost list
    for index, (pane, share) in enumerate(zip(panes, stretch, strict=True)):
        splitter.addWidget(pane)
        splitter.setStretchFactor(index, share)
    if sizes is not None:
        splitter.setSizes(list(sizes))
    return splitter
