"""Trackers with one name made on three computers: a score for the earliest stays with the
tracker that holds that name, whatever the order, even after another takes a new name (the
one that held the name for the others, too)."""

import pytest

from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import Change, apply_changes
from caregiver_app.store.sync.devices import become_device
from tests.store.sync.records import dump, opened

WHEN = "2026-03-12 10:00:00"


def _made(table, uuid, wall, values, device="a" * 32):
    """The change ``device`` made at ``wall`` seconds (values None: a deletion)."""
    stamp = clock.make_stamp(1_790_000_000_000 + wall * 1000, 0, device)
    return Change(table, uuid, stamp, device, values is None, values or {}, "")


def _tracker(uuid, wall, name, device="a" * 32):
    return _made("tracker", uuid, wall, {"name": name, "created_at": WHEN}, device)


HISTORY = [
    _made("diary_entry", "e0", 1, {"recorded_at": WHEN, "created_at": WHEN, "pain": 1,
                                   "note": ""}),
    _tracker("t2", 1, "Cough"),
    _tracker("t1", 2, "Cough"),  # t2 stands merged into t1
    _made("tracker_score", "s1", 3, {"entry_id": "e0", "tracker_id": "t2", "score": 2}),
    _tracker("t0", 5, "Cough"),  # t1, and with it t2, into t0
    _tracker("t1", 6, "Hiccups"),  # t1 renamed: "Cough" is still t0's
]  # fmt: skip

ORDERS = {
    "at once": [HISTORY],
    "the last Cough first": [[HISTORY[4]], HISTORY],
    "one by one": [[change] for change in HISTORY],
    "one by one, last first": [[change] for change in reversed(HISTORY)],
}


@pytest.mark.parametrize("order", ORDERS)
def test_a_score_stays_with_the_tracker_that_has_its_trackers_name(tmp_path, order):
    with opened(tmp_path):
        become_device("Tom's laptop")
        for batch in ORDERS[order]:
            apply_changes(batch)
        record = dump()
    assert {uuid: row["name"] for uuid, row in record["tracker"].items()} == {
        "t0": "Cough", "t1": "Hiccups",
    }  # fmt: skip
    (score,) = record["tracker_score"].values()
    assert score["tracker_id"] == "t0"


# The tracker that held "Cough" for the others is renamed: the score goes back with
# them to the one that holds "Cough" now.
SCORE = _made("tracker_score", "s0", 1, {"entry_id": "e0", "tracker_id": "t0", "score": 0})
RENAMED = [
    _tracker("t0", 5, "Cough"),
    _tracker("t2", 5, "Cough"),  # one stamp: t2 sorts later and keeps "Cough", t0 with it
    _made("diary_entry", "e0", 8, {"recorded_at": WHEN, "created_at": WHEN, "pain": 2,
                                   "note": ""}),
    _tracker("t1", 8, "Cough"),  # t2, and with it t0, stand merged into t1
    _tracker("t1", 10, "Hiccups"),  # t1 renamed: "Cough" is t2's again
]  # fmt: skip

RENAMED_ORDERS = {
    # The score waits for its entry, so comes in after the rename: it stayed with t1, now
    # "Hiccups", as it did wherever it came before the rename or in the same batch.
    "at once": [[SCORE, *RENAMED]],
    "the score last": [RENAMED, [SCORE]],
    "the score before the rename": [[SCORE, *RENAMED[:4]], [RENAMED[4]]],
    "one by one": [[change] for change in [SCORE, *RENAMED]],
    "one by one, last first": [[change] for change in reversed([SCORE, *RENAMED])],
}


@pytest.mark.parametrize("order", RENAMED_ORDERS)
def test_a_score_goes_back_to_its_trackers_name_when_the_holder_is_renamed(tmp_path, order):
    with opened(tmp_path):
        become_device("Tom's laptop")
        for batch in RENAMED_ORDERS[order]:
            apply_changes(batch)
        record = dump()
    assert {uuid: row["name"] for uuid, row in record["tracker"].items()} == {
        "t1": "Hiccups", "t2": "Cough",
    }  # fmt: skip
    assert record["tracker_score"] == {"s0": {"entry_id": "e0", "tracker_id": "t2", "score": 0}}


# The tracker the others stood merged into is deleted while a later one holds the name:
# they stand merged into that one, and so do their scores.
B = "b" * 32
DELETED = [
    _tracker("t2", 1, "Cough"),
    _tracker("t1", 1, "Cough", B),  # one stamp: b sorts later, t2 stands merged into t1
    _made("tracker", "t1", 2, None),  # t1 deleted
    _made("diary_entry", "e0", 2, {"recorded_at": WHEN, "created_at": WHEN, "pain": 2,
                                   "note": ""}, B),
    _tracker("t0", 2, "Cough", B),  # "Cough" is t0's now
    _made("tracker_score", "s0", 2, {"entry_id": "e0", "tracker_id": "t2", "score": 4}, B),
]  # fmt: skip

DELETED_ORDERS = {
    # t2 stayed merged into the deleted t1, and its score, hidden, was shown nowhere.
    "at once": [DELETED],
    "the later Cough first": [[DELETED[3], DELETED[4]], [*DELETED[:3], DELETED[5]]],
    "one by one": [[change] for change in DELETED],
    "one by one, last first": [[change] for change in reversed(DELETED)],
}


@pytest.mark.parametrize("order", DELETED_ORDERS)
def test_a_score_follows_its_trackers_name_when_the_holder_is_deleted(tmp_path, order):
    with opened(tmp_path):
        become_device("Tom's laptop")
        for batch in DELETED_ORDERS[order]:
            apply_changes(batch)
        record = dump()
    assert {uuid: row["name"] for uuid, row in record["tracker"].items()} == {"t0": "Cough"}
    assert record["tracker_score"] == {"s0": {"entry_id": "e0", "tracker_id": "t0", "score": 4}}
