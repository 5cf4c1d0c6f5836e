"""The diary table's pages (store/diary/entries.entries_page) are the same entries in the same
order whichever end of the list they are read from, ties in time and date ranges included."""

from datetime import datetime, timedelta

from caregiver_app.store.diary.entries import (
    EntryRecord,
    count_entries,
    entries_between,
    entries_page,
    save_entries,
)

START = datetime(2024, 3, 1, 8, 0)


def _entries(count: int) -> None:
    """``count`` entries, three of each time (the newest-first order then goes by id)."""
    save_entries(
        [
            EntryRecord(
                recorded_at=START + timedelta(hours=6 * (index // 3)),
                scores={"pain": index % 11},
                note=f"entry {index}",
                for_team=index % 4 == 0,
                temperature_c=37.5 if index % 5 == 0 else None,
            )
            for index in range(count)
        ]
    )


def test_every_page_is_the_same_read_from_either_end(store):
    _entries(233)
    total = count_entries()
    newest_first = list(reversed(entries_between(None, None)))
    for limit in (100, 7):
        for offset in range(0, total + limit, limit):
            page = entries_page(offset, limit, total=total)
            assert page == entries_page(offset, limit)
            assert page == newest_first[offset : offset + limit]


def test_pages_of_a_date_range_are_the_same_read_from_either_end(store):
    _entries(120)
    start, end = START + timedelta(days=2), START + timedelta(days=7)
    total = count_entries(start, end)
    in_range = list(reversed(entries_between(start, end)))
    assert 0 < total == len(in_range) < 120
    for offset in range(0, total, 9):
        page = entries_page(offset, 9, start, end, with_trackers=False, total=total)
        assert [e.id for e in page] == [e.id for e in in_range[offset : offset + 9]]
        assert page == entries_page(offset, 9, start, end, with_trackers=False)
