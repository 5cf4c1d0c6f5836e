"""A first schedule set up for a medicine that was as needed reaches the other computer
with what it had before, so there too it asks for no dose before it was saved."""

from datetime import date, datetime

from caregiver_app.services.medication.due import dose_slots
from caregiver_app.store.diary.medicines import MedicineRecord, get_medicine
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import Schedule
from caregiver_app.store.sync.history import conflicts
from tests.store.sync.records import dump, opened, send_all
from tests.store.sync.test_apply import laptops, ticking  # noqa: F401 (fixtures)


def test_an_as_needed_medicine_made_regular_asks_nothing_before_on_the_other_computer(
    laptops,  # noqa: F811
):
    laura, tom = laptops
    with opened(laura):
        senna = save_medicine_plan(
            MedicinePlan(MedicineRecord("Senna", as_needed=True)), datetime(2026, 11, 1)
        )
        record = get_medicine(senna)
        record.as_needed = False
        save_medicine_plan(
            MedicinePlan(record, Schedule("times", ("08:00", "20:00"))),
            datetime(2026, 11, 25, 10),
        )
        laura_rows = dump()
    assert send_all(laura, tom).conflict_ids == ()
    with opened(tom) as database:
        assert dump() == laura_rows
        kept = database.execute_sql(
            "SELECT schedule_kind, in_force_until FROM earlier_schedule"
        ).fetchall()
        assert kept == [("as_needed", "2026-11-25 10:00:00")]
        # Without that row, Tom's computer read every day since November 1st as due.
        slots = dose_slots(date(2026, 11, 24), date(2026, 11, 26))
        assert [slot.scheduled_for.strftime("%d %H") for slot in slots] == [
            "25 20", "26 08", "26 20",
        ]  # fmt: skip
        assert not conflicts()
