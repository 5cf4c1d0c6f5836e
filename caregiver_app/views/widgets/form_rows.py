"""A form whose fields go under their labels when a field's whole text would not fit beside.

Qt's own ``WrapLongRows`` wraps a row only when the field's *minimum* width does not fit;
a drop-down's minimum is a few characters, so at large text its chosen item was cut off
("Since the last palliative care v") while there was room for it on a line of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout


class _RowsToFit(QObject):
    """Watches the form's widget and sets the layout's wrapping on every change of width."""

    def __init__(self, layout: QFormLayout) -> None:
        holder = layout.parentWidget()
        super().__init__(holder)
        self._layout = layout
        holder.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """On a resize or a change of size hints (text size, language), fit the rows again."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        """All rows beside their labels if every field's preferred width fits, else under them."""
        layout = self._layout
        holder = layout.parentWidget()
        margins = layout.contentsMargins()
        room = holder.contentsRect().width() - margins.left() - margins.right()
        labels, fields = [0], [0]
        for row in range(layout.rowCount()):
            for role, widths in (
                (QFormLayout.ItemRole.LabelRole, labels),
                (QFormLayout.ItemRole.FieldRole, fields),
            ):
                item = layout.itemAt(row, role)
                if item is not None and not item.isEmpty():
                    widths.append(item.sizeHint().width())
        spacing = max(layout.horizontalSpacing(), 0)
        wrap = max(labels) + spacing + max(fields) > room
        layout.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if wrap
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )


def rows_to_fit(layout: QFormLayout) -> None:
    """Keep ``layout``'s fields beside their labels while they fit whole, under them when not."""
    _RowsToFit(layout)
