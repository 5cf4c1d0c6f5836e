"""The question form at 200% text on a small screen: every label whole, nothing pushed off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.questions import list_questions
from tests.helpers.large_text import shown_active, window_at

LEFT = Qt.MouseButton.LeftButton


def test_the_question_form_fits_at_200_percent(store, make_window, qtbot):
    # A long name and role make the longest choice in "Who to ask".
    save_contact(
        ContactRecord(
            name="Dr. Amara Okafor-Lindqvist",
            role="palliative care doctor",
            phones=[("main", "555-0100")],
        )
    )
    window = window_at(make_window, qtbot, tab="learn_tab")
    panel = window.learn_tab.questions
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = shown_active(qtbot, panel.question_dialog)
    # The dialog holds all it needs, within the screen: nothing to scroll to at the right.
    room = dialog.screen().availableGeometry().width()
    assert dialog.minimumSizeHint().width() <= min(dialog.width(), room)
    for label in dialog.ui.formLayout.parentWidget().findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), label.text()

    qtbot.keyClicks(dialog.ui.questionEdit, "Which symptoms should we call about at night?")
    qtbot.mouseClick(dialog.save_button, LEFT)
    [saved] = list_questions()
    assert saved.text == "Which symptoms should we call about at night?"
