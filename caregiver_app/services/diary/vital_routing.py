"""Whom an alert points to now: the call-first person by day, their after-hours line after.

Office hours are the one place the app decides "after hours": weekdays (Monday to
Friday) from 8:00 until 18:00, by this computer's clock. Outside them an alert shows
the call-first person's after-hours line; when they have none it says so and shows the
number it has. The app routes only: it never says what to do about a reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from caregiver_app.store.contacts import ContactRecord

# Monday is 0. Most palliative and oncology offices answer on weekdays in these hours;
# outside them their after-hours or 24-hour line does.
OFFICE_DAYS = frozenset({0, 1, 2, 3, 4})
OFFICE_OPENS = time(8, 0)
OFFICE_CLOSES = time(18, 0)


def is_office_hours(moment: datetime) -> bool:
    """Whether ``moment`` falls on a weekday from 8:00 up to (not including) 18:00."""
    return moment.weekday() in OFFICE_DAYS and OFFICE_OPENS <= moment.time() < OFFICE_CLOSES


@dataclass(frozen=True)
class CallRoute:
    """The number to show for ``contact`` now.

    ``after_hours``: the moment is outside office hours. ``no_after_hours_line``: it is,
    and the contact has no after-hours number, so ``number`` is their daytime one.
    ``number`` is "" when the contact has no phone at all.
    """

    contact: ContactRecord
    number: str
    after_hours: bool
    no_after_hours_line: bool = False


def _daytime_number(contact: ContactRecord) -> str:
    """The first main or mobile number, else the first after-hours one, else ""."""
    for kinds in (("main", "mobile"), ("after_hours",)):
        for kind, number in contact.phones:
            if kind in kinds:
                return number
    return ""


def route_call(contact: ContactRecord, moment: datetime) -> CallRoute:
    """Which of ``contact``'s numbers an alert shows at ``moment``."""
    if is_office_hours(moment):
        return CallRoute(contact, _daytime_number(contact), after_hours=False)
    lines = contact.after_hours_numbers()
    if lines:
        return CallRoute(contact, lines[0], after_hours=True)
    return CallRoute(contact, _daytime_number(contact), after_hours=True, no_after_hours_line=True)
