"""Numbers pasted on several lines (copied from a letter or an email) into one phone line
become one phone line each, in the order pasted, instead of one number that glues them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.contacts import list_contacts
from tests.helpers.typed_text import type_text
from tests.views.care_team.test_contact_typing import _add, _tab

LEFT = Qt.MouseButton.LeftButton


def _paste(qtbot, line_edit, text: str) -> None:
    QApplication.clipboard().setText(text)
    line_edit.setFocus()
    qtbot.keyClick(line_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_lines_become_phone_lines_in_their_order(store, make_window, qtbot):
    dialog = _add(qtbot, _tab(make_window, qtbot))
    qtbot.keyClicks(dialog.ui.nameEdit, "Riverside Palliative Clinic")
    first = dialog.phone_rows[0]
    qtbot.keyClick(first.kind, Qt.Key.Key_Down)  # main -> mobile
    qtbot.mouseClick(dialog.ui.addPhoneButton, LEFT)
    qtbot.keyClicks(dialog.phone_rows[1].number, "555-0199")
    _paste(qtbot, first.number, "555-0101\r\n\n+34 555 0102\t\n 555-0103 ext. 4\n")
    numbers = [row.number.text() for row in dialog.phone_rows]
    assert numbers == ["555-0101", "+34 555 0102", "555-0103 ext. 4", "555-0199"]
    assert [row.number.accessibleName() for row in dialog.phone_rows] == [
        f"Phone number {n}" for n in range(1, 5)
    ]
    qtbot.mouseClick(dialog.save_button, LEFT)
    (saved,) = list_contacts()
    assert saved.phones == [
        ("mobile", "555-0101"),
        ("mobile", "+34 555 0102"),
        ("mobile", "555-0103 ext. 4"),
        ("main", "555-0199"),
    ]


def test_one_number_pasted_with_a_line_break_after_it_stays_one(store, make_window, qtbot):
    dialog = _add(qtbot, _tab(make_window, qtbot))
    type_text(qtbot, dialog.ui.nameEdit, "Ana Núñez")
    _paste(qtbot, dialog.phone_rows[0].number, "555-0160\n")
    assert len(dialog.phone_rows) == 1
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    (saved,) = list_contacts()
    assert saved.phones == [("main", "555-0160")]
