"""A tracker named in a diary file as the family named it in the window, but with its
accents as combining marks ("U" + U+0308) or its letters in capitals ("SCHWEISS" for
"Schweiß"), is the same tracker: no twin with the same name appears, and the scores go
to the tracker the family has. (The import compared names one way and the diary another,
so a second, empty or look-alike tracker was made.)"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from caregiver_app.services.diary.csv_file import import_parsed, read_csv
from caregiver_app.store.diary.entries import (
    EntryRecord,
    entries_between,
    list_trackers,
    save_entry,
)

NAUSEA = "Übelkeit"  # as typed with a Ü key
SWEAT = "Schweiß"


def test_a_diary_file_adds_scores_to_the_trackers_the_family_has(store):
    save_entry(EntryRecord(datetime(2026, 11, 1, 9, 0), trackers={NAUSEA: 2, SWEAT: 1}))
    header = f"recorded_at,tracker:{unicodedata.normalize('NFD', NAUSEA)},tracker:SCHWEISS"
    text = f"{header}\r\n2026-11-02T09:00,5,6\r\n"
    import_parsed(read_csv(text.encode("utf-8")))
    assert list_trackers() == [NAUSEA, SWEAT]
    later = max(entries_between(None, None), key=lambda entry: entry.recorded_at)
    assert later.trackers == {NAUSEA: 5, SWEAT: 6}


def test_a_tracker_added_again_with_combining_accents_is_the_same(store):
    save_entry(EntryRecord(datetime(2026, 11, 1, 9, 0), trackers={NAUSEA: 2}))
    save_entry(
        EntryRecord(datetime(2026, 11, 2, 9, 0), trackers={unicodedata.normalize("NFD", NAUSEA): 3})
    )
    assert list_trackers() == [NAUSEA]
