"""A record's plain fields into a form's widgets and back, from one table of field names.

A form lists ``(record field, widget)`` pairs once; :func:`show_fields` fills the widgets
and :func:`read_fields` reads them back in the same order (so the first date that is not
a date is the one reported). Text is read trimmed of the spaces around it, as every form
that uses this keeps it; fields with their own rules (a role, phone rows, a link) stay
with their form.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

FieldTable = Sequence[tuple[str, QWidget]]


def show_fields(record: object, table: FieldTable) -> None:
    """Put each field of ``record`` in its widget (a date field takes ``None`` as blank)."""
    for name, widget in table:
        value = getattr(record, name)
        if isinstance(widget, QAbstractButton):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        else:  # the typed date and time fields
            widget.set_value(value)


def read_fields(table: FieldTable) -> dict[str, object]:
    """Each widget's value by field name; a typed date that is not one raises as it is read."""
    values: dict[str, object] = {}
    for name, widget in table:
        if isinstance(widget, QAbstractButton):
            values[name] = widget.isChecked()
        elif isinstance(widget, QPlainTextEdit):
            values[name] = widget.toPlainText().strip()
        elif isinstance(widget, QLineEdit):
            values[name] = widget.text().strip()
        else:
            values[name] = widget.value()
    return values
