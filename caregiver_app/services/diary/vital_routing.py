"""Whom an alert points to now, and in which order a contact's numbers are shown.

Office hours come from the contact (Care team > Edit: office days, opening and closing
time). Where the family has not entered them, the usual hours are assumed: weekdays
(Monday to Friday) from 9:00 until 17:00, by this computer's clock, and the banner says
they are assumed. Both the daytime and the after-hours number are always shown; the one
that answers at this time of day comes first. The app routes only: it never says what
to do about a reading.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import NamedTuple

from caregiver_app.store.contacts import ContactRecord

# ISO weekdays (Monday is 1). Most palliative and oncology offices answer on weekdays
# in these hours; outside them their after-hours or 24-hour line does.
USUAL_DAYS = frozenset({1, 2, 3, 4, 5})
USUAL_OPENS = time(9, 0)
USUAL_CLOSES = time(17, 0)
# A closing time of 0:00 is midnight at the end of the office day (typed as 24:00): the
# opening runs to the end of the day, and the next day starts closed.
MIDNIGHT = time(0, 0)
DAYTIME_KINDS = ("main", "mobile")
AFTER_HOURS = "after_hours"
NOT_CALLED = ("fax",)  # shown in the contact's details, never offered as a number to call


class OfficeHours(NamedTuple):
    """The days (ISO weekday numbers) and times an office answers.

    ``assumed``: the contact has no office hours entered (or only part of them) and the
    usual ones fill what is missing; the banner says so.
    """

    days: frozenset[int]
    opens: time
    closes: time
    assumed: bool = False

    def is_open(self, moment: datetime) -> bool:
        """Whether ``moment`` falls on an office day from opening up to (not including) closing.

        Closing at midnight (0:00), 23:59 is open and the next day's 0:00 is not (unless that
        day opens at 0:00).
        """
        at = moment.time()
        before_closing = self.closes == MIDNIGHT or at < self.closes
        return moment.isoweekday() in self.days and self.opens <= at and before_closing


USUAL_HOURS = OfficeHours(USUAL_DAYS, USUAL_OPENS, USUAL_CLOSES, assumed=True)


def office_hours(contact: ContactRecord) -> OfficeHours:
    """The contact's office hours as entered, the usual ones filling what is not."""
    days = frozenset(int(day) for day in contact.office_days.split(",") if day.strip())
    opens, closes = contact.office_opens, contact.office_closes
    if opens is None or closes is None:
        opens, closes = USUAL_OPENS, USUAL_CLOSES
        times_entered = False
    else:
        times_entered = True
    return OfficeHours(days or USUAL_DAYS, opens, closes, assumed=not (days and times_entered))


def is_office_hours(moment: datetime, hours: OfficeHours = USUAL_HOURS) -> bool:
    """Whether ``moment`` is inside ``hours`` (the usual ones unless given)."""
    return hours.is_open(moment)


def day_and_night_numbers(contact: ContactRecord) -> tuple[list[tuple[str, str]], ...]:
    """The contact's numbers to call, (kind, number): the daytime ones (main, mobile) and the
    after-hours lines, each in the order typed."""
    callable_numbers = [(k, n) for k, n in contact.phones if k not in NOT_CALLED and n.strip()]
    daytime = [phone for phone in callable_numbers if phone[0] != AFTER_HOURS]
    night = [phone for phone in callable_numbers if phone[0] == AFTER_HOURS]
    return daytime, night


def week_numbers(contact: ContactRecord) -> list[tuple[str, str]]:
    """The numbers a printed sheet shows, each with its kind: daytime first, then the
    after-hours lines. A sheet is read all week, day and night, so no moment picks one."""
    daytime, night = day_and_night_numbers(contact)
    return daytime + night


def ordered_numbers(contact: ContactRecord, moment: datetime) -> list[tuple[str, str]]:
    """The contact's numbers to call, (kind, number), the one that answers at ``moment`` first.

    In office hours: main and mobile numbers, then the after-hours lines; outside them
    the after-hours lines first. Within each group the order typed is kept.
    """
    daytime, night = day_and_night_numbers(contact)
    if office_hours(contact).is_open(moment):
        return daytime + night
    return night + daytime


class CallRoute(NamedTuple):
    """The numbers to show for ``contact`` now, in order.

    ``after_hours``: the moment is outside the contact's office hours. ``number`` is the
    first of ``numbers`` ("" when the contact has no phone); ``other`` the first number
    of the other kind (the after-hours line by day, the daytime number at night), "" when
    there is none. ``no_after_hours_line``: outside office hours with no after-hours line,
    so ``number`` is their daytime one.
    """

    contact: ContactRecord
    numbers: tuple[tuple[str, str], ...]
    after_hours: bool
    hours: OfficeHours

    @property
    def number(self) -> str:
        """The number to call first."""
        return self.numbers[0][1] if self.numbers else ""

    @property
    def other(self) -> str:
        """The first number of the other kind than ``number``, or ""."""
        if not self.numbers:
            return ""
        first_is_night = self.numbers[0][0] == AFTER_HOURS
        for kind, number in self.numbers[1:]:
            if (kind == AFTER_HOURS) != first_is_night:
                return number
        return ""

    @property
    def no_after_hours_line(self) -> bool:
        """Outside office hours, and the contact has no after-hours line."""
        return self.after_hours and not self.contact.after_hours_numbers()


def route_call(contact: ContactRecord, moment: datetime) -> CallRoute:
    """Which of ``contact``'s numbers an alert shows at ``moment``, in which order."""
    hours = office_hours(contact)
    return CallRoute(
        contact, tuple(ordered_numbers(contact, moment)), not hours.is_open(moment), hours
    )
