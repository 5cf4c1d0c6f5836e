"""A number typed into a box is kept as typed, or refused at Save with a sentence.

Qt's spin boxes put the previous number back, without a word, when the text typed is
not one they take (a count of 0 visits, a score box emptied): leaving the box or
pressing Enter then saved the old number. One filter, put on every number box of every
window as it is polished (``input_guards.py``), stops that; the forms refuse what is left with
``check_numbers``. An emptied box that has a word for "nothing" ("not rated", "not
recorded") means that word.

Qt also drops, without a word, a digit that would take the number past the box's limits
or past its decimals: 300 typed into a pulse box that stops at 250 read 30, and was saved
as 30. The guard puts such a digit in the box, so the box shows what was typed and Save
refuses it with the range.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QSpinBox,
    QWidget,
)

from caregiver_app.views.widgets.date_fields import FieldInputError

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _is_number_box(widget: QObject) -> bool:
    return isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateTimeEdit)


def _emptied_to_nothing(spin: QAbstractSpinBox) -> bool:
    """An emptied box whose lowest value is a word for nothing ("not rated")."""
    return bool(spin.specialValueText()) and not spin.cleanText().strip()


def _lowest_typed(spin: QAbstractSpinBox) -> bool:
    """The box's lowest number typed in figures where its word for nothing belongs: -1 in
    a score box, 49 in the oxygen box read "not rated" and "not recorded" when saved."""
    return (
        bool(spin.specialValueText())
        and isinstance(spin, QSpinBox | QDoubleSpinBox)
        and spin.value() == spin.minimum()
        and spin.lineEdit().text() != spin.specialValueText()
        and bool(spin.cleanText().strip())
    )


def _shown(spin: QAbstractSpinBox, value: float) -> str:
    """``value`` written as the box writes its numbers."""
    locale = QLocale(spin.locale())
    if not spin.isGroupSeparatorShown():
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(spin, QDoubleSpinBox):
        return locale.toString(float(value), "f", spin.decimals())
    return locale.toString(int(value))


def _number_in(spin: QAbstractSpinBox, text: str) -> tuple[float, int] | None:
    """The number ``text`` (the box's whole text) holds, and its digits after the point."""
    if not isinstance(spin, QSpinBox | QDoubleSpinBox):
        return None
    clean = text.removeprefix(spin.prefix()).removesuffix(spin.suffix()).strip()
    locale = QLocale(spin.locale())
    point = locale.decimalPoint()
    value, ok = locale.toDouble(clean)
    if not ok or not clean[-1:].isdigit():
        return None
    decimals = len(clean.partition(point)[2]) if point in clean else 0
    return value, decimals


def _dropped_digit(spin: QAbstractSpinBox, event: QKeyEvent) -> str | None:
    """The box's text with the digit typed, when Qt would drop that digit because the
    number would leave the box's limits or decimals; otherwise None."""
    commands = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    if not event.text().isdigit() or spin.isReadOnly() or event.modifiers() & commands:
        return None  # not a digit typed (Ctrl+0 is Reset text size, not a zero)
    edit = spin.lineEdit()
    text, cursor = edit.text(), edit.cursorPosition()
    if edit.hasSelectedText():
        start = edit.selectionStart()
        text, cursor = text[:start] + text[start + len(edit.selectedText()) :], start
    typed = text[:cursor] + event.text() + text[cursor:]
    if spin.validate(typed, cursor + 1)[0] != QValidator.State.Invalid:
        return None  # Qt takes it (or waits for more): nothing to keep
    number = _number_in(spin, typed)
    if number is None:
        return None
    value, decimals = number
    places = spin.decimals() if isinstance(spin, QDoubleSpinBox) else 0
    if spin.minimum() <= value <= spin.maximum() and decimals <= places:
        return None
    return typed


class NumberGuard(QObject):
    """Keeps a number box's unacceptable text as typed, for the form to refuse."""

    def guard(self, widget: QWidget) -> None:
        """Watch ``widget`` if it is a number box (as it is polished, before it shows)."""
        if _is_number_box(widget):
            widget.installEventFilter(self)  # once: Qt moves a filter put on twice to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Keep a number box's typed text when Qt would drop a digit or put the previous
        number back."""
        if not _is_number_box(watched):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.FocusOut, QEvent.Type.KeyPress):
            return False
        if kind == QEvent.Type.KeyPress and _is_number_box(watched):
            typed = _dropped_digit(watched, event)
            if typed is not None:
                edit = watched.lineEdit()
                position = edit.cursorPosition() - len(edit.selectedText()) + 1
                if edit.hasSelectedText():
                    position = edit.selectionStart() + 1
                edit.setText(typed)  # not validated: the box shows what was typed
                edit.setCursorPosition(position)
                return True
        if not _is_number_box(watched) or watched.hasAcceptableInput():
            return False
        if kind == QEvent.Type.KeyPress and event.key() not in _ENTER:
            return False  # still typing
        if _emptied_to_nothing(watched):
            watched.setValue(watched.minimum())  # emptied: "not rated"
            return False
        if kind == QEvent.Type.FocusOut:
            watched.lineEdit().event(event)  # the cursor stops; the text stays
            return True
        # Enter saves, as in every other field; the form's Save refuses the number.
        QCoreApplication.sendEvent(watched.window(), event)
        return True


def spin_problem(spin: QAbstractSpinBox) -> FieldInputError | None:
    """Why ``spin``'s text is not a number it takes, or None (an emptied box that has a
    word for nothing is set to it)."""
    if _emptied_to_nothing(spin):
        spin.setValue(spin.minimum())
    if spin.hasAcceptableInput() and not _lowest_typed(spin):
        return None
    low, high = spin.minimum(), spin.maximum()
    if spin.specialValueText():
        low += spin.singleStep()  # the lowest is the word for nothing, not a number
    number = _number_in(spin, spin.lineEdit().text())
    if isinstance(spin, QDoubleSpinBox) and number is not None and number[1] > spin.decimals():
        sentence = NumberGuard.tr(
            "{field}: type a number from {low} to {high}, with at most %n digit(s) after "
            "the decimal point.",
            None,
            spin.decimals(),
        )
    elif isinstance(spin, QDoubleSpinBox):
        sentence = QCoreApplication.translate(
            "NumberGuard", "{field}: type a number from {low} to {high}."
        )
    else:
        sentence = QCoreApplication.translate(
            "NumberGuard", "{field}: type a whole number from {low} to {high}."
        )
    message = sentence.format(
        field=spin.accessibleName() or spin.objectName(),
        low=_shown(spin, low),
        high=_shown(spin, high),
    )
    return FieldInputError(message, spin)


def check_numbers(form: QWidget) -> FieldInputError | None:
    """The first shown, enabled number box in ``form`` whose text is not a number it takes."""
    for spin in form.findChildren(QAbstractSpinBox):
        if _is_number_box(spin) and spin.isVisibleTo(form) and spin.isEnabled():
            problem = spin_problem(spin)
            if problem is not None:
                return problem
    return None
