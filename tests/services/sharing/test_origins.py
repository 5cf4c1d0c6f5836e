"""Who recorded what: the computer a row comes from, and how in step this one is with it."""

from datetime import datetime, timedelta

import pytest

from caregiver_app.services.sharing.origins import Origin, origins
from caregiver_app.store.database import database_proxy
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import apply_changes, local_changes
from caregiver_app.store.sync.devices import become_device, remember_device
from tests.store.sync.records import opened

NIGHT = datetime(2026, 3, 12, 2, 10)
SYNCED = datetime(2026, 3, 12, 6, 1)


@pytest.fixture
def clocks():
    """Each laptop's clock stands still: Laura's at 6:01, Tom's the evening before."""
    previous = clock.set_wall_clock(None)
    yield lambda at: clock.set_wall_clock(lambda: int(at.timestamp() * 1000))
    clock.set_wall_clock(previous)


def _ids(table):
    rows = database_proxy.execute_sql(f'SELECT id FROM "{table}" ORDER BY id').fetchall()
    return [row_id for (row_id,) in rows]


def test_a_dose_given_on_the_other_laptop(tmp_path, clocks):
    laura, tom = tmp_path / "laura", tmp_path / "tom"
    clocks(NIGHT - timedelta(hours=8))
    with opened(tom):
        tom_id = become_device("Tom's laptop")
        save_entry(EntryRecord(recorded_at=NIGHT - timedelta(hours=3), scores={"pain": 4}))
    clocks(SYNCED)
    with opened(laura):
        laura_id = become_device("Laura's laptop")
        medicine_id = save_medicine(MedicineRecord(name="Oxycodone", as_needed=True))
        save_dose(DoseRecord(medicine_id=medicine_id, given_at=NIGHT, dose="5 mg"))
        sent = [change for _, change in local_changes(0)]
    with opened(tom):
        remember_device(laura_id, "Laura's laptop")
        apply_changes(sent)
        (dose_id,) = _ids("breakthrough_dose")
        (entry_id,) = _ids("diary_entry")
        found = origins("breakthroughdose", [dose_id])
        assert found == {dose_id: Origin("Laura's laptop", False, SYNCED)}
        assert origins("diary_entry", [entry_id]) == {entry_id: Origin("Tom's laptop", True, None)}
    assert tom_id != laura_id


def test_rows_from_before_sharing_began_are_this_computers(store):
    entry_id = save_entry(EntryRecord(recorded_at=NIGHT, scores={"pain": 4}))
    assert origins("diaryentry", [entry_id]) == {entry_id: Origin("", True, None)}
    become_device("Laura's laptop")
    assert origins("diary_entry", [entry_id]) == {entry_id: Origin("Laura's laptop", True, None)}
    assert origins("diary_entry", []) == {}


def test_a_table_that_is_not_shared_is_refused(store):
    become_device("Laura's laptop")
    with pytest.raises(ValueError, match="not a shared table"):
        origins("reminder_delivery", [1])
