"""Label-and-field pairs side by side while they fit, one under another when the text is large."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QWidget

from caregiver_app.views.widgets.flow_layout import FlowLayout


def flow_pairs(box: QBoxLayout, pairs: Sequence[QWidget], columns: bool = False) -> FlowLayout:
    """Move ``pairs`` (each a widget holding a label, then its field) from ``box`` into a
    flowing row at its end, so a row too wide for the window goes onto the next line.

    With ``columns`` every pair is made as wide as the widest, its label as wide as the
    widest label, so pairs that sit two to a row line up in columns as a grid's would.
    """
    flow = FlowLayout()
    if columns:
        labels = [pair.layout().itemAt(0).widget() for pair in pairs]
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(label_width)
        pair_width = max(pair.sizeHint().width() for pair in pairs)
        for pair in pairs:
            pair.setMinimumWidth(pair_width)
    for pair in pairs:
        box.removeWidget(pair)
        flow.addWidget(pair)
    box.addLayout(flow)
    return flow
