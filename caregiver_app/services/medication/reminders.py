"""What the dose and refill reminders are about: doses due now, doses due while the app
was closed, medicines running out, and a refill logged in one click.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caregiver_app.reading_order import reading_key
from caregiver_app.services.local_time import has_come
from caregiver_app.services.medication.due import (
    NOT_LOGGED_DAYS,
    DoseSlot,
    dose_slots,
    due_between,
    unanswered_since,
)
from caregiver_app.services.medication.running_out import RefillDue, running_out
from caregiver_app.store.diary.medicines import list_medicines

# A dose is reminded of until it is answered or the medicine's next dose is due, and
# never for longer than a day: by then it is one of the "not logged" doses of the Today
# page, not something to do now.
REMIND_FOR = timedelta(hours=24)


def due_now(
    since: datetime, now: datetime, closed: tuple[datetime, datetime] | None = None
) -> list[DoseSlot]:
    """Unanswered doses due in (since, now], in time order, the latest of each medicine.

    An older dose whose medicine's next dose is already due is left out (answered or
    not): a reminder is about what to do now. ``closed``: the (from, until] the app was
    closed, whose doses the start lists apart; one of them is not due now, and still
    stands for its medicine's earlier doses, as a later dose does.
    """
    since = max(since, now - REMIND_FOR)
    if has_come(now, since):  # in the time that passed: the second 1:00 is after the first
        return []
    latest: dict[int | None, DoseSlot] = {}
    for slot in dose_slots(since.date(), now.date()):
        if due_between(slot, since, now):
            latest[slot.medicine.id] = slot  # slots come in time order: the last one wins
    waiting = [
        slot
        for slot in latest.values()
        if slot.waiting and (closed is None or not due_between(slot, *closed))
    ]
    return sorted(waiting, key=lambda slot: (slot.scheduled_for, reading_key(slot.medicine.name)))


def due_while_closed(since: datetime, started: datetime) -> list[DoseSlot]:
    """Doses due in (since, started] that nobody answered: listed when the app starts.

    Only those of the days the Today page asks about, where the list sends the family
    to answer them: after weeks closed (or a clock that was years behind) not every
    dose since.
    """
    asked_from = datetime.combine(started.date() - timedelta(days=NOT_LOGGED_DAYS), time())
    since = max(since, asked_from - timedelta(microseconds=1))  # a dose at its midnight too
    if has_come(started, since):
        return []
    return unanswered_since(since, started)


def refills_due(today: date) -> list[RefillDue]:
    """Medicines not stopped by ``today`` whose counted supply runs out within their
    warning days."""
    current = [
        medicine
        for medicine in list_medicines()
        if medicine.stopped_on is None or medicine.stopped_on > today
    ]
    return running_out(current, today)
