"""A contact deleted and brought back with Edit > Undo is again the one the medicines,
questions and appointments named: the undo gives back everything the delete took."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.calendar.appointments import get_appointment, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, get_contact, save_contact
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine, save_medicine
from caregiver_app.store.questions import QuestionRecord, get_question, save_question

LEFT = Qt.MouseButton.LeftButton


def _delete_with_the_button(qtbot, tab, contact_id: int) -> None:
    tab.select_contact(contact_id)
    qtbot.mouseClick(tab.delete_button, LEFT)
    delete = next(b for b in tab.delete_box.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, LEFT)
    assert get_contact(contact_id) is None


def test_undo_of_a_delete_names_the_contact_again_everywhere(store, make_window, qtbot):
    okafor = save_contact(ContactRecord(name="Dr. Amara Okafor", phones=[("main", "555-0101")]))
    other = save_contact(ContactRecord(name="Dr. Lee", phones=[("main", "555-0102")]))
    morphine = save_medicine(MedicineRecord(name="Morphine oral solution", prescriber_id=okafor))
    senna = save_medicine(MedicineRecord(name="Senna", prescriber_id=okafor))
    question = save_question(
        QuestionRecord(text="Can the dose go up at night?", ask_contact_id=okafor)
    )
    visit = save_appointment(
        AppointmentRecord(
            title="Palliative clinic",
            starts_at=datetime.now().replace(microsecond=0) + timedelta(days=3),
            participant_ids=[okafor, other],
        )
    )
    window = make_window()
    window.tabs.setCurrentWidget(window.care_team_tab)
    window.show()
    qtbot.waitExposed(window)
    _delete_with_the_button(qtbot, window.care_team_tab, okafor)
    assert get_medicine(morphine).prescriber_id is None
    # Meanwhile the family names another prescriber for one medicine: that choice stays.
    changed = get_medicine(senna)
    changed.prescriber_id = other
    save_medicine(changed)

    window.tabs.setCurrentWidget(window.learn_tab)  # Undo from another tab
    window.actions_by_name["undo"].trigger()
    assert get_contact(okafor).name == "Dr. Amara Okafor"
    assert get_medicine(morphine).prescriber_id == okafor
    assert get_medicine(senna).prescriber_id == other
    assert get_question(question).ask_contact_id == okafor
    assert get_appointment(visit).participant_ids == sorted([okafor, other])

    window.actions_by_name["redo"].trigger()  # deleted again, and undone again
    assert get_contact(okafor) is None and get_question(question).ask_contact_id is None
    window.actions_by_name["undo"].trigger()
    assert get_question(question).ask_contact_id == okafor
    assert get_appointment(visit).participant_ids == sorted([okafor, other])
