"""A tracker renamed or no longer followed on one computer is so on the family's others,
with the scores given to it on either computer, whichever syncs first."""

from __future__ import annotations

from datetime import datetime

import pytest

from caregiver_app.store.diary.entries import (
    EntryRecord,
    entries_between,
    list_trackers,
    save_entry,
)
from caregiver_app.store.diary.trackers import rename_tracker, set_tracker_followed, tracker_rows
from tests.store.sync.records import dump, opened, send_all
from tests.store.sync.test_apply import laptops, ticking  # noqa: F401 (fixtures)


@pytest.mark.parametrize("first", ["laura", "tom"])
def test_a_rename_on_one_computer_and_a_score_on_the_other(laptops, first):  # noqa: F811
    laura, tom = laptops
    with opened(laura):
        save_entry(EntryRecord(datetime(2026, 12, 1, 9, 0), trackers={"Coguh": 3}))
    send_all(laura, tom)
    with opened(tom):  # scored under the typo, before the rename reached this computer
        save_entry(EntryRecord(datetime(2026, 12, 2, 9, 0), trackers={"Coguh": 6}))
    with opened(laura):
        (row,) = tracker_rows()
        rename_tracker(row.id, "Cough")
        set_tracker_followed(row.id, False)

    order = [(laura, tom), (tom, laura)] if first == "laura" else [(tom, laura), (laura, tom)]
    for source, target in order:
        send_all(source, target)
    seen = []
    for folder in (laura, tom):
        with opened(folder):
            assert list_trackers(active_only=False) == ["Cough"]
            assert list_trackers() == []  # no longer in the form of new entries
            scores = [entry.trackers for entry in entries_between(None, None)]
            assert scores == [{"Cough": 3}, {"Cough": 6}]  # the past scores stay, renamed
            seen.append(dump())
    assert seen[0] == seen[1]
