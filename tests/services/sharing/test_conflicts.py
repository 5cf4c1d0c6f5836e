"""A row changed on two computers: the note says what, which version was kept, and the other."""

import itertools
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from caregiver_app.services.sharing.conflicts import (
    all_conflicts,
    mark_conflicts_seen,
    unseen_conflicts,
)
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.database import database_proxy
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import apply_changes, local_changes
from caregiver_app.store.sync.devices import become_device, remember_device
from caregiver_app.store.sync.rows import local_id
from tests.store.sync.records import opened

MARCH_12 = datetime(2026, 3, 12, 10, 5)


@pytest.fixture
def ticking():
    seconds = itertools.count(int(datetime(2026, 3, 12, 11, 0).timestamp()))
    previous = clock.set_wall_clock(lambda: next(seconds) * 1000)
    yield
    clock.set_wall_clock(previous)


@pytest.fixture
def english():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def _sent(folder):
    with opened(folder):
        return [change for _, change in local_changes(0)]


def _edited_on_both(tmp_path, make, edit):
    """Laura makes a row and Tom takes it in; both then change it, Tom later."""
    laura, tom = tmp_path / "laura", tmp_path / "tom"
    ids = {}
    for folder, name in ((laura, "Laura's laptop"), (tom, "Tom's laptop")):
        with opened(folder):
            ids[folder] = become_device(name)
    with opened(laura):
        remember_device(ids[tom], "Tom's laptop")
        row_id, table = make()
    first = _sent(laura)
    with opened(tom):
        remember_device(ids[laura], "Laura's laptop")
        apply_changes(first)
    with opened(laura):
        (mark,) = [seq for seq, change in local_changes(0) if change.table == table][-1:]
        edit(row_id, "Laura")
        laura_sent = [change for seq, change in local_changes(mark)]
    with opened(tom):
        (tom_row,) = [
            row_id
            for (row_id,) in __import__("caregiver_app.store.database", fromlist=["x"])
            .database_proxy.execute_sql(f'SELECT id FROM "{table}"')
            .fetchall()
        ]
        edit(tom_row, "Tom")
        tom_sent = [change for _, change in local_changes(0) if change.device_id == ids[tom]]
        apply_changes(laura_sent)
    with opened(laura):
        apply_changes(tom_sent)
    return laura, tom


def _entry():
    return save_entry(EntryRecord(recorded_at=MARCH_12, scores={"pain": 5})), "diary_entry"


def _edit_entry(row_id, who):
    pain = 3 if who == "Laura" else 8
    save_entry(EntryRecord(recorded_at=MARCH_12, scores={"pain": pain}, note=who, id=row_id))


def test_the_note_names_the_row_the_kept_version_and_the_other(tmp_path, ticking, english):
    laura, tom = _edited_on_both(tmp_path, _entry, _edit_entry)
    for folder in (laura, tom):
        with opened(folder):
            (note,) = unseen_conflicts()
            assert note.what == "the diary entry of Mar 12"
            assert note.kept_device == "Tom's laptop"
            assert note.other_device == "Laura's laptop"
            assert note.other_values["pain"] == "3"
            assert note.other_values["note"] == "Laura"
            assert note.other_values["recorded_at"] == "2026-03-12 10:05:00"
            assert note.kept_at > note.other_at
            assert note.kept_at.date() == MARCH_12.date()
            mark_conflicts_seen([note.conflict_id])
            assert unseen_conflicts() == ()
            assert [kept.conflict_id for kept in all_conflicts()] == [note.conflict_id]


def _appointment():
    record = AppointmentRecord(title="Oncology review", starts_at=MARCH_12)
    return save_appointment(record), "appointment"


def _edit_appointment(row_id, who):
    save_appointment(
        AppointmentRecord(title=f"Oncology review ({who})", starts_at=MARCH_12, id=row_id)
    )


def test_an_appointment_in_spanish(tmp_path, ticking):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        _, tom = _edited_on_both(tmp_path, _appointment, _edit_appointment)
        with opened(tom):
            (note,) = unseen_conflicts()
    finally:
        QLocale.setDefault(previous)
    assert note.what.startswith("the appointment on 12")  # no Spanish catalogue loaded
    assert "mar" in note.what
    assert note.other_values["title"] == "Oncology review (Laura)"


def test_a_computer_whose_name_is_not_known_yet(tmp_path, ticking, english):
    laura, _ = _edited_on_both(tmp_path, _entry, _edit_entry)
    with opened(laura):
        database_proxy.execute_sql("DELETE FROM sync_device WHERE name = 'Tom''s laptop'")
        (note,) = unseen_conflicts()
        assert note.kept_device == "another computer"
        assert local_id("diary_entry", "nothing") is None
