"""Marking a question answered, undone and redone: nothing typed before or after is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.store.questions import QuestionRecord, get_question, save_question
from tests.helpers.typed_text import type_text
from tests.views.learn.test_learn_tab import _shown

LEFT = Qt.MouseButton.LeftButton


def _answer(qtbot, panel, question_id, answer: str, fix_wording: bool = False):
    panel.select_question(question_id)
    qtbot.mouseClick(panel.answer_button, LEFT)
    dialog = panel.question_dialog
    type_text(qtbot, dialog.ui.answerEdit, answer)
    if fix_wording:  # "medcine" corrected while answering
        edit = dialog.ui.questionEdit
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        for _ in range(len("Is the new med")):
            qtbot.keyClick(edit, Qt.Key.Key_Right)
        qtbot.keyClicks(edit, "i")
    qtbot.mouseClick(dialog.save_button, LEFT)


def _edit(qtbot, panel, question_id, widget_name: str, more: str):
    """Open the question with Edit and add ``more`` at the end of the answer or question."""
    panel.select_question(question_id)
    qtbot.mouseClick(panel.edit_button, LEFT)
    dialog = panel.question_dialog
    edit = getattr(dialog.ui, widget_name)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, more)
    qtbot.mouseClick(dialog.save_button, LEFT)


def test_redo_keeps_the_wording_corrected_while_answering(store, make_window, qtbot):
    question_id = save_question(QuestionRecord(text="Is the new medcine safe?"))
    window = make_window()
    panel = _shown(window, qtbot).questions
    _answer(qtbot, panel, question_id, "Yes, with food.", fix_wording=True)
    assert get_question(question_id).text == "Is the new medicine safe?"
    window.actions_by_name["undo"].trigger()
    undone = get_question(question_id)
    assert (undone.text, undone.is_open) == ("Is the new medcine safe?", True)
    window.tabs.setCurrentWidget(window.care_team_tab)  # Redo from another tab
    window.actions_by_name["redo"].trigger()
    redone = get_question(question_id)
    assert (redone.text, redone.answer) == ("Is the new medicine safe?", "Yes, with food.")
    assert not redone.is_open


def test_an_answer_written_out_after_saving_survives_undo_and_redo(store, make_window, qtbot):
    question_id = save_question(QuestionRecord(text="How often is the nurse visit?"))
    window = make_window()
    panel = _shown(window, qtbot).questions
    _answer(qtbot, panel, question_id, "Weekly")
    qtbot.mouseClick(panel.show_answered, Qt.MouseButton.LeftButton)  # Show answered
    _edit(qtbot, panel, question_id, "answerEdit", ", on Tuesdays.")
    assert get_question(question_id).answer == "Weekly, on Tuesdays."
    window.actions_by_name["undo"].trigger()
    assert get_question(question_id).is_open
    window.actions_by_name["redo"].trigger()
    assert get_question(question_id).answer == "Weekly, on Tuesdays."


def test_wording_fixed_after_undo_is_kept_by_redo(store, make_window, qtbot):
    question_id = save_question(QuestionRecord(text="¿Puede comer antes de la quimio"))
    window = make_window()
    panel = _shown(window, qtbot).questions
    _answer(qtbot, panel, question_id, "Sí, algo ligero.")
    window.actions_by_name["undo"].trigger()
    _edit(qtbot, panel, question_id, "questionEdit", "?")
    assert get_question(question_id).text == "¿Puede comer antes de la quimio?"
    window.actions_by_name["redo"].trigger()
    redone = get_question(question_id)
    assert (redone.text, redone.answer) == ("¿Puede comer antes de la quimio?", "Sí, algo ligero.")
