"""Help > Getting started: the first steps in order, each button going where it says.

Before, Help held only "Where is my data?", "Check my data" and About: the profile screen
of the first start was the only introduction, and nothing said what came after it. Now
F1 (or Help > Getting started) lists the steps, and each button takes the family to the
place it names with the keyboard in it: typing or Space then acts there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from shiboken6 import isValid

from caregiver_app.store.diary.medicines import list_medicines
from caregiver_app.store.queries import load_profile
from caregiver_app.store.questions import list_questions
from tests.helpers.large_text import shown_active

STEPS = [
    "1. The profile",
    "2. The care team",
    "3. The medicines",
    "4. The symptom diary",
    "5. Appointments",
    "6. Questions for the team",
    "7. Before a visit",
]


def _shown_window(make_window, qtbot):
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return shown_active(qtbot, window)


def _open_guide(window, qtbot):
    """F1, as a person presses it, and the guide on screen with the keyboard."""
    shown_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: window.getting_started is not None and window.getting_started.isVisible()
    )
    return shown_active(qtbot, window.getting_started)


def _click(qtbot, guide, name: str) -> None:
    button = guide.findChild(QPushButton, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(guide) or not guide.isVisible())


def _go(window, qtbot, name: str) -> None:
    """Click a step's button; the window is active again once the guide is gone (as the
    desktop makes it; offscreen, it is asked to)."""
    _click(qtbot, _open_guide(window, qtbot), name)
    shown_active(qtbot, window)


def _focus_in(page) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and page.isAncestorOf(focus)


def test_f1_lists_the_steps_in_order_and_help_names_it(store, make_window, qtbot):
    window = _shown_window(make_window, qtbot)
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[0].text() == "&Getting started..."
    guide = _open_guide(window, qtbot)
    headings = [label.text() for label in guide.findChildren(QLabel) if label.font().bold()]
    assert headings == STEPS
    spoken = [button.accessibleName() for button in guide.findChildren(QPushButton)]
    assert all(spoken), spoken
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(guide) or not guide.isVisible())


def test_the_profile_button_opens_the_profile_ready_to_type(store, make_window, qtbot):
    window = _shown_window(make_window, qtbot)
    _click(qtbot, _open_guide(window, qtbot), "profileStep")
    dialog = shown_active(qtbot, window.profile_dialog)
    qtbot.keyClicks(dialog.ui.patientNameEdit, "Rosa Delgado")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert load_profile().patient_name == "Rosa Delgado"


def test_the_place_buttons_go_there_with_the_keyboard_in_it(store, make_window, qtbot):
    window = _shown_window(make_window, qtbot)

    _go(window, qtbot, "careTeamStep")
    assert window.tabs.currentWidget() is window.care_team_tab
    qtbot.keyClicks(QApplication.focusWidget(), "Okafor")
    assert window.care_team_tab.search.text() == "Okafor"

    _go(window, qtbot, "medicinesStep")
    diary = window.diary_tab
    assert window.tabs.currentWidget() is diary
    assert diary.sections.currentWidget() is diary.medicines
    assert _focus_in(diary.medicines)

    _go(window, qtbot, "diaryStep")
    assert diary.sections.currentWidget() is diary.entries
    assert QApplication.focusWidget() is diary.new_button

    _go(window, qtbot, "calendarStep")
    assert window.tabs.currentWidget() is window.calendar_tab
    assert QApplication.focusWidget() is window.calendar_tab.new_button


def test_the_medicines_button_then_space_adds_a_medicine(store, make_window, qtbot):
    window = _shown_window(make_window, qtbot)
    _go(window, qtbot, "medicinesStep")
    panel = window.diary_tab.medicines
    assert QApplication.focusWidget() is panel.add_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Add a medicine...
    qtbot.waitUntil(lambda: hasattr(panel, "dialog") and isValid(panel.dialog))
    dialog = shown_active(qtbot, panel.dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Morphine SR")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert [medicine.name for medicine in list_medicines()] == ["Morphine SR"]


def test_the_questions_button_then_space_adds_a_question(store, make_window, qtbot):
    window = _shown_window(make_window, qtbot)
    _go(window, qtbot, "questionsStep")
    questions = window.learn_tab.questions
    assert window.tabs.currentWidget() is window.learn_tab
    assert QApplication.focusWidget() is questions.add_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Add a question...
    qtbot.waitUntil(lambda: hasattr(questions, "question_dialog"))
    dialog = shown_active(qtbot, questions.question_dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Can he sleep sitting up?")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert [question.text for question in list_questions()] == ["Can he sleep sitting up?"]


def test_the_printing_buttons_open_the_summary_and_the_chart(store, make_window, qtbot):
    window = _shown_window(make_window, qtbot)
    _click(qtbot, _open_guide(window, qtbot), "summaryStep")
    summary = shown_active(qtbot, window.summary_dialog)
    summary.reject()
    _click(qtbot, _open_guide(window, qtbot), "chartStep")
    shown_active(qtbot, window.medicine_files.dialog).reject()


def test_f1_again_brings_the_same_guide_forward(store, make_window, qtbot):
    window = _shown_window(make_window, qtbot)
    guide = _open_guide(window, qtbot)
    assert _open_guide(window, qtbot) is guide
