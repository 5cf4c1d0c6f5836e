"""Undo of "answered" after another computer of the family deleted the question."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.store.questions import QuestionRecord, get_question, save_question
from caregiver_app.store.sync.devices import become_device
from caregiver_app.store.sync.rows import uuid_of
from tests.helpers.other_computer import toms_change


def test_undo_says_so_when_the_question_was_deleted_on_another_computer(store, make_window, qtbot):
    question_id = save_question(QuestionRecord(text="How often are the scans?"))
    become_device("Laura's laptop")
    window = make_window()
    window.tabs.setCurrentWidget(window.learn_tab)
    panel = window.learn_tab.questions
    panel.select_question(question_id)
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    dialog = panel.question_dialog
    qtbot.keyClicks(dialog.ui.answerEdit, "Every three months.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Tom deletes the question on his laptop; the family folder brings the deletion in.
    toms_change("question", uuid_of("question", question_id))
    window.signals.questions_changed.emit()
    undo = window.actions_by_name["undo"]
    assert undo.text() == "&Undo Answer “How often are the scans?”"
    undo.trigger()
    assert get_question(question_id) is None
    assert window.undo_failed_box.text() == (
        "Answer “How often are the scans?”: cannot be undone, as it was changed since on"
        " another computer or by another program. Nothing was changed."
    )
    assert not undo.isEnabled()
