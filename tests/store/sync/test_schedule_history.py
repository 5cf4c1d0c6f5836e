"""The schedules a change replaced go to the family's other computers with the medicine."""

from datetime import date, datetime

from caregiver_app.services.medication.due import dose_slots
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedule_history import earlier_schedules
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from caregiver_app.store.sync.history import conflicts
from tests.store.sync.records import dump, opened, send_all
from tests.store.sync.test_apply import laptops, ticking  # noqa: F401 (fixtures)

MORNING = Schedule("times", ("08:00",))
NINE = Schedule("times", ("09:00",))
TEN = Schedule("times", ("10:00",))



def test_two_changes_of_a_schedule_reach_the_other_computer_with_their_moments(laptops):  # noqa: F811
    laura, tom = laptops
    with opened(laura):
        morphine = save_medicine(MedicineRecord("Morphine ER", "15 mg"))
        save_schedule(morphine, MORNING, datetime(2026, 11, 1))
        save_schedule(morphine, NINE, datetime(2026, 11, 24, 10))
        save_schedule(morphine, TEN, datetime(2026, 11, 26, 12))
        kept = earlier_schedules()
        assert kept == {
            morphine: (
                (datetime(2026, 11, 24, 10), MORNING),
                (datetime(2026, 11, 26, 12), NINE),
            )
        }
        laura_rows = dump()
    result = send_all(laura, tom)
    assert result.conflict_ids == ()
    with opened(tom):
        assert dump() == laura_rows  # both earlier schedules, by UUID, with their medicine
        [(_, both)] = earlier_schedules().items()
        assert both == kept[morphine]
        slots = dose_slots(date(2026, 11, 23), date(2026, 11, 27))
        assert [(slot.scheduled_for.day, slot.scheduled_for.hour) for slot in slots] == [
            (23, 8),
            (24, 8),
            (25, 9),
            (26, 9),
            (27, 10),
        ]
        assert not conflicts()
