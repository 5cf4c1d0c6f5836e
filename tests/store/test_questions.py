"""The family's questions and bookmarks in the store: order, answers, undo, and who to ask."""

from datetime import datetime, timedelta

import pytest

from caregiver_app.store.contacts import ContactRecord, delete_contact, save_contact
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.learn_bookmarks import bookmarked_articles, set_bookmark
from caregiver_app.store.models import Appointment, Contact, Question
from caregiver_app.store.questions import (
    QuestionRecord,
    answer_question,
    delete_question,
    get_question,
    list_questions,
    move_question,
    open_question_plans,
    open_questions,
    reopen_question,
    save_question,
)


def _texts(records):
    return [record.text for record in records]


@pytest.fixture
def team(store):
    okafor = save_contact(ContactRecord(name="Dr. Amara Okafor", role="palliative care physician"))
    ben = save_contact(ContactRecord(name="Ben Adeyemi", role="Pharmacist"))
    visit = Appointment.create(
        title="Palliative care visit",
        kind="palliative_care",
        starts_at=datetime(2030, 3, 4, 10, 0),
        created_at=datetime.now(),
    ).id
    return {"okafor": okafor, "ben": ben, "visit": visit}


def test_new_questions_go_to_the_end_and_keep_what_was_typed(team):
    first = save_question(QuestionRecord(text="  Which symptoms at night?  ", ask_role="nurse"))
    second = save_question(
        QuestionRecord(
            text="Shakes?",
            ask_contact_id=team["okafor"],
            article="symptom-diary",
            appointment_id=team["visit"],
        )
    )
    records = list_questions()
    assert _texts(records) == ["Which symptoms at night?", "Shakes?"]
    assert [record.position for record in records] == [0, 1]
    record = get_question(second)
    assert record.contact_name == "Dr. Amara Okafor"
    assert record.contact_role == "palliative care physician"
    assert record.appointment_title == "Palliative care visit"
    assert record.appointment_starts_at == datetime(2030, 3, 4, 10, 0)
    assert record.article == "symptom-diary"
    assert record.is_open and record.created_at is not None
    assert get_question(first).ask_role == "nurse"


def test_a_question_needs_words(store):
    with pytest.raises(InvalidValueError) as caught:
        save_question(QuestionRecord(text="   "))
    assert caught.value.field == "text"
    assert list_questions() == []


def test_answering_moves_a_question_off_the_open_list_and_reopening_brings_it_back(store):
    ids = [save_question(QuestionRecord(text=text)) for text in ("A", "B", "C")]
    answer_question(ids[1], "  Yes, weekly.  ", datetime(2030, 1, 2, 9, 0))
    assert _texts(list_questions()) == ["A", "C"]
    assert _texts(open_questions()) == ["A", "C"]
    assert len(open_question_plans()) == 2
    assert _texts(list_questions(include_answered=True)) == ["A", "C", "B"]
    answered = get_question(ids[1])
    assert (answered.answer, answered.answered_at) == ("Yes, weekly.", datetime(2030, 1, 2, 9, 0))
    assert not answered.is_open
    reopen_question(ids[1])
    assert _texts(list_questions()) == ["A", "B", "C"]
    assert len(open_question_plans()) == 3
    assert get_question(ids[1]).answer == "Yes, weekly."


def test_move_and_reorder(store):
    ids = [save_question(QuestionRecord(text=text)) for text in ("A", "B", "C", "D")]
    assert move_question(ids[3], -2)
    assert _texts(list_questions()) == ["A", "D", "B", "C"]
    assert not move_question(ids[0], -1)  # already first
    assert move_question(ids[0], 99)
    assert _texts(list_questions()) == ["D", "B", "C", "A"]
    answer_question(ids[3], "done")
    assert not move_question(ids[3], 1)  # answered questions have no place in the order


def test_delete_returns_the_record_and_saving_it_restores_id_and_place(team):
    ids = [save_question(QuestionRecord(text=text)) for text in ("A", "B", "C")]
    deleted = delete_question(ids[1])
    assert deleted.text == "B"
    assert _texts(list_questions()) == ["A", "C"]
    assert delete_question(ids[1]) is None
    save_question(deleted)
    assert get_question(ids[1]) == deleted
    assert _texts(list_questions()) == ["A", "B", "C"]


def test_open_questions_for_the_people_attending(team):
    save_question(
        QuestionRecord(text="for the physician role", ask_role="palliative care physician")
    )
    save_question(QuestionRecord(text="for Dr. Okafor", ask_contact_id=team["okafor"]))
    save_question(QuestionRecord(text="for the pharmacist", ask_role="pharmacist"))
    save_question(QuestionRecord(text="for Ben", ask_contact_id=team["ben"]))
    save_question(QuestionRecord(text="for anyone"))
    save_question(QuestionRecord(text="planned", ask_role="chaplain", appointment_id=team["visit"]))
    answered = save_question(QuestionRecord(text="answered", ask_role="pharmacist"))
    answer_question(answered, "yes")

    assert len(open_questions()) == 6
    # The physician role reaches questions asked of any contact in that role.
    assert _texts(open_questions(roles=["Palliative care physician"])) == [
        "for the physician role",
        "for Dr. Okafor",
        "for anyone",
    ]
    assert _texts(open_questions(contact_ids=[team["ben"]], include_unassigned=False)) == [
        "for Ben"
    ]
    # A contact's role is compared without case ("Pharmacist" was typed).
    assert _texts(open_questions(roles=["pharmacist"], include_unassigned=False)) == [
        "for the pharmacist",
        "for Ben",
    ]
    assert _texts(
        open_questions(roles=[], appointment_id=team["visit"], include_unassigned=False)
    ) == ["planned"]
    assert open_questions(roles=[], contact_ids=[], include_unassigned=False) == []


def test_deleting_a_contact_or_appointment_keeps_the_question(team):
    question = save_question(
        QuestionRecord(text="Q", ask_contact_id=team["okafor"], appointment_id=team["visit"])
    )
    delete_contact(team["okafor"])
    Appointment.delete_by_id(team["visit"])
    record = get_question(question)
    assert (record.ask_contact_id, record.contact_name) == (None, "")
    assert (record.appointment_id, record.appointment_starts_at) == (None, None)


def test_bookmarks(store):
    assert bookmarked_articles() == []
    set_bookmark("how-to-start", True)
    set_bookmark("symptom-diary", True)
    set_bookmark("how-to-start", True)  # twice is fine
    assert sorted(bookmarked_articles()) == ["how-to-start", "symptom-diary"]
    set_bookmark("how-to-start", False)
    set_bookmark("never-bookmarked", False)
    assert bookmarked_articles() == ["symptom-diary"]


def test_created_at_is_kept_when_given(store):
    when = datetime.now() - timedelta(days=3)
    question = save_question(QuestionRecord(text="old", created_at=when))
    assert get_question(question).created_at == when


def test_questions_are_read_as_plain_rows_with_their_contact_and_visit(team, monkeypatch):
    """A long list of open questions (the visit summary's) is read without making a
    model object for each question, its contact and its appointment; the same records."""
    asked = save_question(QuestionRecord(text="Pain at night?", ask_contact_id=team["okafor"]))
    planned = save_question(QuestionRecord(text="Oxygen?", appointment_id=team["visit"]))
    anyone = save_question(QuestionRecord(text="Appetite?", ask_role="nurse"))
    answer_question(anyone, "Small meals", datetime(2030, 3, 1, 9, 0))
    made = []
    real_init = Question.__init__

    def counted(self, *args, **kwargs):
        made.append(type(self).__name__)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(Question, "__init__", counted)
    monkeypatch.setattr(Contact, "__init__", counted)
    monkeypatch.setattr(Appointment, "__init__", counted)
    every = list_questions(include_answered=True)
    for_visit = open_questions(roles=["Palliative Care Physician"], appointment_id=team["visit"])
    one = get_question(planned)
    assert made == []
    assert _texts(every) == ["Pain at night?", "Oxygen?", "Appetite?"]
    assert _texts(for_visit) == ["Pain at night?", "Oxygen?"]
    first, second, third = every
    assert (first.id, first.contact_name, first.contact_role) == (
        asked,
        "Dr. Amara Okafor",
        "palliative care physician",
    )
    assert (first.appointment_title, first.appointment_starts_at) == ("", None)
    assert one == second
    assert (second.contact_name, second.appointment_title) == ("", "Palliative care visit")
    assert second.appointment_starts_at == datetime(2030, 3, 4, 10, 0)
    assert (third.answer, third.answered_at, third.is_open) == (
        "Small meals",
        datetime(2030, 3, 1, 9, 0),
        False,
    )
    assert get_question(anyone + 100) is None
