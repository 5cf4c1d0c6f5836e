"""Taking in another computer's changes: later clock wins, the loser is kept, nothing is lost."""

import itertools
from datetime import datetime, timedelta

import pytest

from caregiver_app.services.record.demo import create_demo_record
from caregiver_app.store.database import database_proxy
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, delete_entry, save_entry
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import (
    Change,
    UnknownChangeError,
    apply_changes,
    local_changes,
    snapshot,
)
from caregiver_app.store.sync.devices import become_device
from caregiver_app.store.sync.history import conflicts
from caregiver_app.store.sync.rows import local_id
from tests.store.sync.records import dump, opened, tombstones

NOW = datetime.now().replace(microsecond=0) - timedelta(hours=2)


@pytest.fixture
def ticking():
    """A wall clock one second further on at every change: who edited last is plain."""
    seconds = itertools.count(1_790_000_000)
    previous = clock.set_wall_clock(lambda: next(seconds) * 1000)
    yield
    clock.set_wall_clock(previous)


@pytest.fixture
def laptops(tmp_path, ticking):
    folders = tmp_path / "laura", tmp_path / "tom"
    for folder, name in zip(folders, ("Laura's laptop", "Tom's laptop"), strict=True):
        with opened(folder):
            become_device(name)
    return folders


def _sent(folder, after=0):
    with opened(folder):
        return [change for _, change in local_changes(after)]


def _last(folder):
    with opened(folder):
        found = local_changes(0)
        return found[-1][0] if found else 0


def _take(folder, changes):
    with opened(folder):
        return apply_changes(changes)


def _dump(folder):
    with opened(folder):
        return dump()


def _exchange(first, second, marks):
    """Each sends the other what it has made since the last exchange."""
    to_second = _sent(first, marks.get(first, 0))
    to_first = _sent(second, marks.get(second, 0))
    marks[first], marks[second] = _last(first), _last(second)
    return _take(second, to_second), _take(first, to_first)


def test_joining_from_a_snapshot_gives_the_same_record(tmp_path, ticking):
    laura, tom = tmp_path / "laura", tmp_path / "tom"
    with opened(laura):
        create_demo_record()
        become_device("Laura's laptop")
        whole = list(snapshot())
        before = dump()
    with opened(tom):
        become_device("Tom's laptop")
        result = apply_changes(whole)
        assert result.applied == len(whole)
        assert result.conflict_ids == ()
        assert dump() == before
        assert database_proxy.execute_sql("SELECT count(*) FROM sync_pending").fetchone()[0] == 0


def test_entries_made_on_both_computers_all_arrive(laptops):
    laura, tom = laptops
    with opened(laura):
        save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 6}, trackers={"Cough": 3}))
    with opened(tom):
        save_entry(EntryRecord(recorded_at=NOW + timedelta(minutes=5), scores={"pain": 4}))
    marks = {}
    for result in _exchange(laura, tom, marks):
        assert result.conflict_ids == ()
    assert _dump(laura) == _dump(tom)
    assert len(_dump(laura)["diary_entry"]) == 2


def _shared_entry(laptops, marks):
    laura, tom = laptops
    with opened(laura):
        entry_id = save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 6}, note="night"))
    _exchange(laura, tom, marks)
    with opened(tom):
        uuid = database_proxy.execute_sql(
            "SELECT uuid FROM sync_row WHERE tbl = 'diary_entry'"
        ).fetchone()[0]
        return entry_id, uuid, local_id("diary_entry", uuid)


def test_an_edit_made_after_seeing_the_other_is_no_conflict(laptops):
    laura, tom = laptops
    marks = {}
    laura_id, _, tom_id = _shared_entry(laptops, marks)
    with opened(laura):
        save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 5}, note="night", id=laura_id))
    _exchange(laura, tom, marks)
    with opened(tom):
        save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 4}, note="night", id=tom_id))
    results = _exchange(laura, tom, marks)
    assert all(result.conflict_ids == () for result in results)
    assert _dump(laura) == _dump(tom)
    assert next(iter(_dump(laura)["diary_entry"].values()))["pain"] == 4


def test_the_same_entry_changed_on_both_keeps_the_later_and_the_other_in_the_history(laptops):
    laura, tom = laptops
    marks = {}
    laura_id, uuid, tom_id = _shared_entry(laptops, marks)
    with opened(laura):
        save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 3}, note="night", id=laura_id))
    with opened(tom):  # later by the clock
        save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 8}, note="bad", id=tom_id))
    to_tom, to_laura = _exchange(laura, tom, marks)
    assert _dump(laura) == _dump(tom)
    assert _dump(laura)["diary_entry"][uuid]["pain"] == 8
    for folder, result in ((laura, to_laura), (tom, to_tom)):
        with opened(folder):
            (kept,) = conflicts()
            assert result.conflict_ids == (kept.conflict_id,)
            assert kept.row_uuid == uuid and kept.table == "diary_entry"
            assert kept.other_values["pain"] == 3 and kept.other_values["note"] == "night"
            assert kept.kept_clock > kept.other_clock
            assert kept.kept_device != kept.other_device
            assert not kept.seen
    # Sending it all again changes nothing and keeps no second copy.
    _take(tom, _sent(laura))
    with opened(tom):
        assert len(conflicts()) == 1


def test_a_deletion_stays_a_deletion(laptops):
    laura, tom = laptops
    marks = {}
    laura_id, uuid, _ = _shared_entry(laptops, marks)
    old = _sent(laura)
    with opened(laura):
        delete_entry(laura_id)
    _exchange(laura, tom, marks)
    with opened(tom):
        assert dump()["diary_entry"] == {}
        assert uuid in tombstones()
        result = apply_changes(old)  # the entry as it was, arriving late
        assert result.applied == 0
        assert dump()["diary_entry"] == {}


def test_an_edit_on_one_computer_wins_over_an_earlier_deletion_on_the_other(laptops):
    laura, tom = laptops
    marks = {}
    laura_id, uuid, tom_id = _shared_entry(laptops, marks)
    with opened(laura):
        delete_entry(laura_id)
    with opened(tom):
        save_entry(EntryRecord(recorded_at=NOW, scores={"pain": 9}, note="night", id=tom_id))
    _exchange(laura, tom, marks)
    assert _dump(laura) == _dump(tom)
    assert _dump(laura)["diary_entry"][uuid]["pain"] == 9
    with opened(laura):
        assert [conflict.other_values for conflict in conflicts()] == [{}]


def test_a_dose_that_comes_before_its_medicine_waits_for_it(laptops):
    laura, tom = laptops
    with opened(laura):
        medicine_id = save_medicine(MedicineRecord(name="Oxycodone", as_needed=True))
        save_dose(DoseRecord(medicine_id=medicine_id, given_at=NOW, dose="5 mg"))
    sent = _sent(laura)
    medicine = [change for change in sent if change.table == "medicine"]
    dose = [change for change in sent if change.table == "breakthrough_dose"]
    result = _take(tom, dose)
    assert result.applied == 0
    assert _dump(tom)["breakthrough_dose"] == {}
    result = _take(tom, medicine)
    assert result.applied == 2
    assert _dump(tom) == _dump(laura)


def _entry_change(table="diary_entry", **values):
    return Change(
        table,
        "0" * 32,
        clock.make_stamp(1_790_000_000_000, 0, "e" * 32),
        "e" * 32,
        False,
        {"recorded_at": "2026-03-12 10:00:00", "created_at": "2026-03-12 10:00:00", **values},
    )


@pytest.mark.parametrize(
    ("change", "table", "column"),
    [
        (_entry_change(table="wound_photo"), "wound_photo", ""),
        (_entry_change(mood_colour="blue"), "diary_entry", "mood_colour"),
    ],
)
def test_a_change_from_a_newer_app_is_refused_and_nothing_is_written(
    laptops, change, table, column
):
    _, tom = laptops
    fine = _entry_change(pain=4)
    fine = Change(fine.table, "1" * 32, fine.clock, fine.device_id, False, fine.values)
    before = _dump(tom)
    with opened(tom), pytest.raises(UnknownChangeError) as refused:
        apply_changes([fine, change])
    assert (refused.value.table, refused.value.column) == (table, column)
    assert "newer version of Care Companion" in str(refused.value)
    assert _dump(tom) == before


def test_the_same_tracker_name_made_on_both_becomes_one(laptops):
    laura, tom = laptops
    with opened(laura):
        save_entry(EntryRecord(recorded_at=NOW, trackers={"Cough": 3}))
    with opened(tom):
        save_entry(EntryRecord(recorded_at=NOW + timedelta(hours=1), trackers={"cough": 5}))
    _exchange(laura, tom, {})
    laura_dump, tom_dump = _dump(laura), _dump(tom)
    assert laura_dump == tom_dump
    ((cough_uuid, cough),) = laura_dump["tracker"].items()
    assert cough["name"] == "cough"
    # Both entries' scores are kept, now for the one tracker.
    scores = sorted(score["score"] for score in laura_dump["tracker_score"].values())
    assert scores == [3, 5]
    assert {score["tracker_id"] for score in laura_dump["tracker_score"].values()} == {cough_uuid}


def _made(table, uuid, wall, device, values=None, base=""):
    stamp = clock.make_stamp(1_790_000_000_000 + wall * 1000, 0, device * 32)
    return Change(table, uuid, stamp, device * 32, values is None, values or {}, base)


WHEN = "2026-03-12 10:00:00"
CONTACT = {"name": "Hospice", "created_at": WHEN, "updated_at": WHEN}


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_a_question_for_a_contact_deleted_and_made_again_keeps_its_contact(store, order):
    become_device("Tom's laptop")
    changes = [
        _made("contact", "c" * 32, 1, "a", CONTACT),
        _made("contact", "c" * 32, 2, "b"),  # deleted on Laura's laptop
        _made("question", "q" * 32, 3, "a", {"text": "Nights?", "ask_contact_id": "c" * 32,
                                             "created_at": WHEN}),
        _made("contact", "c" * 32, 4, "a", CONTACT, base=""),  # edited where it was not
    ]  # fmt: skip
    for position in order:
        apply_changes([changes[position]])
    (question,) = dump()["question"].values()
    assert question["ask_contact_id"] == "c" * 32


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0), (2, 0, 1)])
def test_a_row_whose_newest_version_waits_for_its_parent_waits_whole(store, order):
    become_device("Tom's laptop")
    medicine = {"name": "Oxycodone", "created_at": WHEN, "updated_at": WHEN}
    dose = {"given_at": WHEN, "created_at": WHEN, "dose": "5 mg"}
    changes = [
        _made("medicine", "m" * 32, 1, "a", medicine),
        _made("breakthrough_dose", "d" * 32, 2, "a", {**dose, "medicine_id": "m" * 32}),
        # Moved to a medicine not here yet: the dose waits for it, hidden meanwhile.
        _made("breakthrough_dose", "d" * 32, 3, "b", {**dose, "medicine_id": "n" * 32}),
    ]
    for position in order:
        apply_changes([changes[position]])
    assert dump()["breakthrough_dose"] == {}
    apply_changes([_made("medicine", "n" * 32, 4, "b", {**medicine, "name": "Morphine"})])
    (shown,) = dump()["breakthrough_dose"].values()
    assert shown["medicine_id"] == "n" * 32
