"""The family's usual times, and those a change replaced, go to the other computers."""

from datetime import date, datetime, time

from caregiver_app.services.medication.due import dose_slots
from caregiver_app.services.sharing.conflict_words import what_changed
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.medicine_plan import MedicinePlan, save_medicine_plan
from caregiver_app.store.medication.schedules import Schedule, save_usual_time, usual_times
from caregiver_app.store.medication.usual_history import earlier_usual_times
from caregiver_app.store.sync.history import conflicts
from caregiver_app.views.sharing.field_labels import field_label
from tests.store.sync.records import dump, opened, send_all
from tests.store.sync.test_apply import laptops, ticking  # noqa: F401 (fixtures)


def test_a_moved_breakfast_reaches_the_other_computer_with_its_moment(laptops):  # noqa: F811
    laura, tom = laptops
    with opened(laura):
        save_usual_time("breakfast", time(8, 0), datetime(2026, 11, 1))
        save_medicine_plan(
            MedicinePlan(MedicineRecord("Dexamethasone"), Schedule("times", ("breakfast",))),
            datetime(2026, 11, 1),
        )
        save_usual_time("breakfast", time(9, 0), datetime(2026, 11, 25, 10))
        laura_rows = dump()
    assert send_all(laura, tom).conflict_ids == ()
    with opened(tom):
        assert dump() == laura_rows
        # Before, the usual times stayed on the computer they were typed on.
        assert usual_times()["breakfast"] == time(9, 0)
        assert earlier_usual_times() == {"breakfast": ((datetime(2026, 11, 25, 10), time(8, 0)),)}
        slots = dose_slots(date(2026, 11, 24), date(2026, 11, 26))
        assert [slot.scheduled_for.strftime("%d %H") for slot in slots] == [
            "24 08", "25 08", "26 09",
        ]  # fmt: skip
        assert not conflicts()


def test_breakfast_set_on_both_keeps_the_later_and_shows_the_other_with_names(laptops):  # noqa: F811
    laura, tom = laptops
    with opened(laura):
        save_usual_time("breakfast", time(7, 30), datetime(2026, 11, 1))
    with opened(tom):  # later by the clock
        save_usual_time("breakfast", time(8, 15), datetime(2026, 11, 1, 0, 5))
    send_all(laura, tom)
    send_all(tom, laura)
    for folder in (laura, tom):
        with opened(folder):
            assert usual_times()["breakfast"] == time(8, 15)
            (kept,) = conflicts()
            assert kept.table == "usual_time" and kept.other_values["clock_time"] == "07:30"
            assert what_changed(kept.table, kept.other_values) == "the usual breakfast time"
            assert [field_label(column) for column in kept.other_values] == [
                "Meal or bedtime",
                "Usual time",
            ]
