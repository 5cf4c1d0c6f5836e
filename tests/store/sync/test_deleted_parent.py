"""A score whose newest version refers to a tracker deleted everywhere stays out, whenever
an older version of it (for a tracker still here) comes in."""

import pytest

from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import Change, apply_changes, snapshot
from caregiver_app.store.sync.devices import become_device
from tests.store.sync.records import dump, opened

WHEN = "2026-03-12 10:00:00"
ENTRY = {"recorded_at": WHEN, "created_at": WHEN, "pain": 4, "note": ""}


def _made(table, uuid, wall, values=None):
    device = "a" * 32
    stamp = clock.make_stamp(1_790_000_000_000 + wall * 1000, 0, device)
    return Change(table, uuid, stamp, device, values is None, values or {}, "")


def _tracker(uuid, wall, name):
    return _made("tracker", uuid, wall, {"name": name, "created_at": WHEN})


def _score(wall, tracker_uuid):
    return _made("tracker_score", "s0", wall, {"entry_id": "e0", "tracker_id": tracker_uuid,
                                               "score": 3})  # fmt: skip


# The score was first for Cough (t0), then moved to Hiccups (t1), which was then deleted.
MOVED_TO_A_DELETED_TRACKER = [
    _made("diary_entry", "e0", 1, ENTRY),
    _tracker("t0", 1, "Cough"),
    _tracker("t1", 1, "Hiccups"),
    _score(2, "t0"),
    _score(3, "t1"),
    _made("tracker", "t1", 4),
]

# The same, where t1 was a second "Cough" made on another computer, merged into t0 (the
# later one) until t1 was deleted.
MOVED_TO_A_MERGED_TRACKER = [
    _made("diary_entry", "e0", 1, ENTRY),
    _tracker("t1", 1, "Cough"),
    _score(2, "t0"),
    _tracker("t0", 3, "Cough"),
    _score(4, "t1"),
    _made("tracker", "t1", 5),
]


def _record_after(folder, batches):
    with opened(folder):
        become_device("Tom's laptop")
        for batch in batches:
            apply_changes(batch)
        return dump(), list(snapshot())


def _joined_from(folder, changes):
    with opened(folder):
        become_device("Laura's laptop")
        apply_changes(changes)
        return dump()


@pytest.mark.parametrize("history", [MOVED_TO_A_DELETED_TRACKER, MOVED_TO_A_MERGED_TRACKER])
def test_an_older_version_coming_last_does_not_bring_the_score_back(tmp_path, history):
    older = next(change for change in history if change.table == "tracker_score")
    at_once, _ = _record_after(tmp_path / "at once", [history])
    older_last, sent = _record_after(
        tmp_path / "older last", [[change for change in history if change != older], [older]]
    )
    assert at_once["tracker_score"] == {}
    assert set(at_once["tracker"]) == {"t0"}
    assert older_last == at_once
    # A computer joining from this one's snapshot ends the same, and so does a repeat.
    assert _joined_from(tmp_path / "joined", [*sent, older]) == at_once


@pytest.mark.parametrize("history", [MOVED_TO_A_DELETED_TRACKER, MOVED_TO_A_MERGED_TRACKER])
def test_the_score_comes_back_with_its_tracker(tmp_path, history):
    comes_back = _tracker("t1", 9, "Hiccups")
    first, _ = _record_after(tmp_path / "first", [history, [comes_back]])
    second, _ = _record_after(tmp_path / "second", [[comes_back], list(reversed(history))])
    assert first == second
    (score,) = first["tracker_score"].values()
    assert score["tracker_id"] == "t1"
