"""Every change to a shared row, through the real store functions, reaches the outbox."""

from datetime import date, datetime, time, timedelta

import pytest

from caregiver_app.services.record.demo import create_demo_record
from caregiver_app.store.calendar.appointments import delete_appointment, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord, OccurrenceChange
from caregiver_app.store.contacts import ContactRecord, delete_contact, save_contact
from caregiver_app.store.diary.bulk_import import import_entries
from caregiver_app.store.diary.doses import DoseRecord, delete_dose, save_dose
from caregiver_app.store.diary.entries import EntryRecord, delete_entry, save_entry
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.supply import SupplyRecord, record_supply
from caregiver_app.store.queries import ProfileData, save_profile
from caregiver_app.store.questions import QuestionRecord, answer_question, save_question
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import local_changes
from caregiver_app.store.sync.devices import become_device, this_device
from caregiver_app.store.sync.rows import uuid_of

NOW = datetime.now().replace(microsecond=0) - timedelta(hours=1)


@pytest.fixture
def sharing(store):
    device_id = become_device("Laura's laptop")
    return device_id


def _changes(after=0, table=None):
    return [change for _, change in local_changes(after) if table is None or change.table == table]


def _last_seq():
    found = local_changes(0)
    return found[-1][0] if found else 0


def _medicine(name="Morphine oral solution", as_needed=True):
    return save_medicine(MedicineRecord(name=name, strength="10 mg/5 mL", as_needed=as_needed))


def test_become_device_puts_the_whole_record_in_the_outbox(store):
    create_demo_record()
    rows = store.execute_sql("SELECT count(*) FROM diary_entry").fetchone()[0]
    device_id = become_device("Laura's laptop")
    assert this_device() == (device_id, "Laura's laptop")
    changes = _changes()
    assert len([c for c in changes if c.table == "diary_entry"]) == rows
    assert all(c.device_id == device_id and not c.deleted for c in changes)
    stamps = [c.clock for c in changes]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    # Parents come before the rows that refer to them.
    order = [c.table for c in changes]
    assert order.index("medicine") < order.index("breakthrough_dose")
    assert order.index("contact") < order.index("contact_phone")


def test_a_diary_entry_with_a_tracker_score(sharing):
    after = _last_seq()
    entry_id = save_entry(
        EntryRecord(recorded_at=NOW, scores={"pain": 6}, note="Bad night", trackers={"Cough": 4})
    )
    changes = _changes(after)
    assert [c.table for c in changes] == ["diary_entry", "tracker", "tracker_score"]
    entry, tracker, score = changes
    assert entry.values["pain"] == 6 and entry.values["note"] == "Bad night"
    assert entry.row_uuid == uuid_of("diary_entry", entry_id)
    assert tracker.values["name"] == "Cough"
    assert score.values == {"entry_id": entry.row_uuid, "tracker_id": tracker.row_uuid, "score": 4}
    assert all(c.device_id == sharing for c in changes)


def test_an_edit_sends_the_row_once_as_it_now_is_and_from_the_version_it_changed(sharing):
    entry_id = save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 6}))
    first = _changes(table="diary_entry")[-1]
    after = _last_seq()
    save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 3}, id=entry_id))
    save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 2}, id=entry_id))
    edits = _changes(after, "diary_entry")
    assert len(edits) == 1
    assert edits[0].values["pain"] == 2
    assert edits[0].clock > first.clock
    assert edits[0].base_clock == first.clock
    assert len(_changes(table="diary_entry")) == 1  # the first version is replaced


def test_a_deletion_leaves_a_tombstone_for_the_row_and_its_scores(sharing):
    entry_id = save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 6}, trackers={"Cough": 4}))
    entry_uuid = uuid_of("diary_entry", entry_id)
    after = _last_seq()
    delete_entry(entry_id)
    changes = {c.table: c for c in _changes(after)}
    assert set(changes) == {"diary_entry", "tracker_score"}
    assert changes["diary_entry"].row_uuid == entry_uuid
    assert all(c.deleted and c.values == {} for c in changes.values())


def test_medicines_doses_answers_and_supply(sharing):
    medicine_id = _medicine()
    regular_id = _medicine("Paracetamol", as_needed=False)
    after = _last_seq()
    dose_id = save_dose(DoseRecord(medicine_id=medicine_id, given_at=NOW, dose="5 mg"))
    answer_dose(
        AdministrationRecord(
            medicine_id=regular_id, scheduled_for=NOW, status="given", effective_at=NOW
        )
    )
    answer_dose(
        AdministrationRecord(
            medicine_id=regular_id, scheduled_for=NOW, status="given", effective_at=NOW,
            performer="Laura",
        )
    )  # fmt: skip
    record_supply(SupplyRecord(medicine_id=regular_id, recorded_at=NOW, kind="count", amount=30))
    changes = _changes(after)
    tables = [c.table for c in changes]
    assert tables[0] == "breakthrough_dose"
    assert {"administration", "administration_change", "supply_event"} <= set(tables)
    dose = changes[0]
    assert dose.values["medicine_id"] == uuid_of("medicine", medicine_id)
    assert dose.values["dose"] == "5 mg"
    answer = next(c for c in changes if c.table == "administration")
    assert answer.values["performer"] == "Laura"
    assert answer.values["medicine_id"] == uuid_of("medicine", regular_id)
    after = _last_seq()
    delete_dose(dose_id)
    assert [(c.table, c.deleted) for c in _changes(after)] == [("breakthrough_dose", True)]


def test_contacts_questions_appointments_and_the_profile(sharing):
    after = _last_seq()
    contact_id = save_contact(
        ContactRecord(name="Dr. Okafor", role="oncologist", phones=[("main", "555-0100")])
    )
    question_id = save_question(QuestionRecord(text="Can she stop the steroids?"))
    answer_question(question_id, "Not yet")
    save_appointment(
        AppointmentRecord(
            title="Oncology review",
            starts_at=NOW + timedelta(days=3),
            ends_at=NOW + timedelta(days=3, hours=1),
            rrule="FREQ=WEEKLY;COUNT=4",
            participant_ids=[contact_id],
            changes=[
                OccurrenceChange(original_start=NOW + timedelta(days=10), cancelled=True),
            ],
        )
    )
    save_profile(ProfileData(patient_name="Rosa Delgado", date_of_birth=date(1956, 3, 14)))
    changes = _changes(after)
    tables = {c.table for c in changes}
    assert tables >= {
        "contact", "contact_phone", "question", "appointment", "appointment_participant",
        "appointment_change", "profile",
    }  # fmt: skip
    question = next(c for c in changes if c.table == "question")
    assert question.values["answer"] == "Not yet"
    participant = next(c for c in changes if c.table == "appointment_participant")
    assert participant.values["contact_id"] == uuid_of("contact", contact_id)
    profile = next(c for c in changes if c.table == "profile")
    assert profile.values["date_of_birth"] == "1956-03-14"
    after = _last_seq()
    delete_contact(contact_id)
    gone = {c.table for c in _changes(after) if c.deleted}
    assert {"contact", "contact_phone", "appointment_participant"} <= gone


def test_a_deleted_appointment_takes_its_changes_along(sharing):
    appointment_id = save_appointment(
        AppointmentRecord(title="Scan", starts_at=NOW + timedelta(days=1))
    )
    after = _last_seq()
    delete_appointment(appointment_id)
    assert [(c.table, c.deleted) for c in _changes(after)] == [("appointment", True)]


def test_the_diary_import(sharing):
    after = _last_seq()
    import_entries(
        [
            EntryRecord(recorded_at=NOW - timedelta(days=day), scores={"pain": day})
            for day in range(5)
        ],
        trackers=["Hiccups"],
    )
    tables = [c.table for c in _changes(after)]
    assert tables.count("diary_entry") == 5
    assert "tracker" in tables


def test_the_demo_record_while_sharing(sharing):
    after = _last_seq()
    create_demo_record()
    assert len(_changes(after, "diary_entry")) > 100
    assert _changes(after, "breakthrough_dose")


def test_nothing_is_kept_while_the_record_is_not_shared(store):
    medicine_id = _medicine()
    save_dose(DoseRecord(medicine_id=medicine_id, given_at=NOW))
    entry_id = save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 6}))
    delete_entry(entry_id)
    run = store.execute_sql
    assert run("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert run("SELECT count(*) FROM sync_row").fetchone()[0] == 0
    assert local_changes(0) == []


def test_stamps_use_the_clock_given_and_never_go_backwards(sharing):
    after = _last_seq()
    previous = clock.set_wall_clock(lambda: 1_800_000_000_000)
    try:
        first_id = save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 1}))
        first = _changes(after)[-1]
        clock.set_wall_clock(lambda: 1_700_000_000_000)  # the clock went back a long way
        save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 2}))
        second = _changes(after)[-1]
    finally:
        clock.set_wall_clock(previous)
    assert clock.parse_stamp(first.clock)[:2] == (1_800_000_000_000, 0)
    assert second.clock > first.clock
    assert first.row_uuid == uuid_of("diary_entry", first_id)


def test_a_stamp_seen_from_another_computer_moves_the_clock_past_it(sharing):
    ahead = clock.make_stamp(4_000_000_000_000, 7, "f" * 32)
    clock.observe(ahead)
    save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 1}))
    assert _changes()[-1].clock > ahead


def test_a_stamp_shows_when_it_was_made_in_local_time():
    moment = datetime(2026, 3, 12, 10, 5, 0)
    stamp = clock.make_stamp(int(moment.timestamp() * 1000), 0, "a" * 32)
    assert clock.stamp_time(stamp) == moment


def test_office_hours_are_kept_as_typed(sharing):
    after = _last_seq()
    save_contact(
        ContactRecord(
            name="Hospice", office_days="1,2,3", office_opens=time(9), office_closes=time(17)
        )
    )
    contact = _changes(after, "contact")[0]
    assert contact.values["office_opens"] == "09:00:00"
    assert contact.values["office_days"] == "1,2,3"
