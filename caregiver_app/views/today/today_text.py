"""The Today page's sentences: a dose's state, an as-needed medicine's last dose and limits.

The app reports what was given and what the prescription (as the family entered it)
allows; when a limit is reached it names whom to call and never suggests a dose.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app import APP_NAME
from caregiver_app.services.diary.vital_routing import CallRoute
from caregiver_app.services.dose_words import DoseWords, at_pass
from caregiver_app.services.medication.as_needed import AsNeededState
from caregiver_app.services.medication.due import NOT_LOGGED, DoseSlot
from caregiver_app.services.medication.running_out import RefillDue
from caregiver_app.services.medication.today import FirstDose
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.administrations import (
    GIVEN_STATUSES,
    REASONS,
    AdministrationRecord,
)
from caregiver_app.views.look.locale_format import display_locale, format_date, format_datetime
from caregiver_app.views.widgets.file_messages import access_reason, file_message

if TYPE_CHECKING:
    from caregiver_app.services.sharing.origins import Origin


class Today(QObject):
    """The Today page's sentences: ``Today.tr`` files them under the context "Today"."""


def answer_not_saved(error: Exception, refill: bool = False) -> str:
    """A dose answer or a refill the record refused; a full disk said in the family's
    language, not in SQLite's English."""
    reason = access_reason(error)
    if refill:
        return Today.tr(
            "The refill could not be saved ({reason}). Nothing was logged: try again once "
            "this is put right."
        ).format(reason=reason)
    return Today.tr(
        "The answer could not be saved ({reason}). Nothing was logged: the dose still shows "
        "as not answered. If it was given, write down the time on paper for now, and log it "
        "once this is put right."
    ).format(reason=reason)


def warn_not_saved(parent: QWidget, error: Exception, refill: bool = False) -> QMessageBox:
    """A warning to read and close, not a passing status line: a dose given but not logged
    could be given again."""
    return file_message(parent, APP_NAME, answer_not_saved(error, refill), warning=True)


class TodayCounts(QObject):
    """The Today page's sentences with a count (the class name is their context)."""


def reason_label(reason: str) -> str:
    """Why a dose was not given, in the user's language ("" when nobody said)."""
    return DoseWords.translated().reason(reason) if reason in REASONS else ""


def clock(moment: datetime) -> str:
    """A time of day in the locale's short form (8:00 AM, 20:00)."""
    return display_locale().toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
    )


def when(moment: datetime, today: datetime) -> str:
    """The time alone for today, else the short date and time."""
    return clock(moment) if moment.date() == today.date() else format_datetime(moment)


def moment_when(moment: datetime, today: datetime) -> str:
    """A time a dose was given (or a moment worked out from one) as :func:`when` writes it,
    with which of the two 1:15 AMs it is the night the clocks go back."""
    return at_pass(moment, when(moment, today))


def duration(span: timedelta) -> str:
    """A span in hours and minutes: "3 h 20 min", "45 min", "2 h"."""
    return DoseWords.translated().interval(max(0, int(span.total_seconds() // 60)))


def performer_label(performer: str) -> str:
    """Who gave a dose: a name as typed, "the patient" or "a nurse"; "" when nobody said."""
    return DoseWords.translated().performer(performer)


def medicine_label(medicine: MedicineRecord, answer: AdministrationRecord | None = None) -> str:
    """The medicine's name and strength, as on the list; for a dose given, the dose logged
    with it in place of the strength (the list's strength may have changed since)."""
    strength = medicine.strength
    if answer is not None and answer.dosage and answer.status in GIVEN_STATUSES:
        strength = answer.dosage
    return " ".join(part for part in (medicine.name, strength) if part)


def dose_state(slot: DoseSlot, now: datetime) -> str:
    """What became of a dose: given at 8:05 AM by Laura, skipped, overdue, due at..."""
    answer = slot.answer
    state = slot.state(now)
    if answer is None:
        moved = slot.moved_from
        if moved is not None and moved.effective_at is not None:
            # The times were changed after the dose was given: not a second one unasked.
            return Today.tr(
                "Given at {time} for {due}, before the times were changed: check before "
                "giving another"
            ).format(time=moment_when(moved.effective_at, now), due=when(moved.scheduled_for, now))
        if slot.overdue(now):
            return Today.tr("Overdue: not logged")
        return Today.tr("Due now: not logged") if state == NOT_LOGGED else Today.tr("Coming up")
    who = performer_label(answer.performer)
    if answer.status in ("given", "given_late") and answer.effective_at is not None:
        at = moment_when(answer.effective_at, now)
        if answer.status == "given":
            text = Today.tr("Given at {time} by {who}") if who else Today.tr("Given at {time}")
        else:
            text = (
                Today.tr("Given late, at {time}, by {who}")
                if who
                else Today.tr("Given late, at {time}")
            )
        return text.format(time=at, who=who)
    reason = reason_label(answer.status_reason)
    if not reason:
        words = DoseWords.translated()
        return words.refused if answer.status == "refused" else words.skipped
    if answer.status == "refused":
        return Today.tr("Refused ({reason})").format(reason=reason)
    return Today.tr("Skipped ({reason})").format(reason=reason)


def next_dose_line(dose: FirstDose, now: datetime) -> str:
    """ "Morphine SR 15 mg: first dose tomorrow at 8:00 AM." (a time, never a dose to give)."""
    due = dose.slot.scheduled_for
    name = medicine_label(dose.slot.medicine)
    if due.date() == now.date() + timedelta(days=1):
        text = (
            Today.tr("{medicine}: first dose tomorrow at {time}.")
            if dose.first
            else Today.tr("{medicine}: next dose tomorrow at {time}.")
        )
    else:
        text = (
            Today.tr("{medicine}: first dose on {date} at {time}.")
            if dose.first
            else Today.tr("{medicine}: next dose on {date} at {time}.")
        )
    return text.format(medicine=name, date=format_date(due.date()), time=clock(due))


def limits_entered(state: AsNeededState) -> str:
    """The limits the family entered, in the chart's words: "At least 2 h between doses ·
    At most 6 doses in 24 hours", or that none was entered."""
    rules = state.rules
    return " · ".join(DoseWords.translated().limits(rules.min_interval_minutes, rules.max_per_day))


def call_whom(route: CallRoute | None) -> str:
    """ "Call Dr Rivera, 555-0100, before any more of it." or how to name someone to call."""
    if route is None:
        return Today.tr(
            "Talk to the care team before any more of it: no one is marked to call first "
            "yet (choose them in the Care team tab)."
        )
    if route.number:
        from caregiver_app.services.contacts.display_labels import shown_number

        return Today.tr("Talk to {name} ({number}) before any more of it.").format(
            name=route.contact.name, number=shown_number(route.number)
        )
    return Today.tr("Talk to {name} before any more of it.").format(name=route.contact.name)


def _origin_phrase(origins: Mapping[int, Origin], dose_id: int | None, now: datetime) -> str:
    origin = origins.get(dose_id) if dose_id is not None else None
    if origin is None:
        return ""
    from caregiver_app.views.sharing.sharing_words import origin_phrase

    return origin_phrase(origin, now)


def _last_dose_template(who: bool, origin: bool, ago: bool) -> str:
    """The last dose's sentence, with whoever gave it, the computer it came from and how
    long ago, each where known."""
    if not ago:  # logged before this computer's clock went back
        if origin:
            return (
                Today.tr("Last dose {time} by {who} ({origin}).")
                if who
                else Today.tr("Last dose {time} ({origin}).")
            )
        return Today.tr("Last dose {time} by {who}.") if who else Today.tr("Last dose {time}.")
    if origin:
        return (
            Today.tr("Last dose {time} by {who} ({origin}), {ago} ago.")
            if who
            else Today.tr("Last dose {time} ({origin}), {ago} ago.")
        )
    return (
        Today.tr("Last dose {time} by {who}, {ago} ago.")
        if who
        else Today.tr("Last dose {time}, {ago} ago.")
    )


def as_needed_lines(
    state: AsNeededState, route: CallRoute | None, origins: Mapping[int, Origin]
) -> tuple[str, str]:
    """The medicine's last dose and count in 24 hours; and the limit sentence, or "".

    ``origins``: the computer each last dose came from, when the record is shared
    (``origin_lookup.origins_of``, read once for all the medicines).
    """
    last = state.last_dose
    if last is None:
        first = Today.tr("No dose in the last 7 days.")
    else:
        who = performer_label(last.performer)
        since = state.since_last
        # Given on another computer of the family: from which, and how fresh that news is.
        origin = _origin_phrase(origins, last.id, state.now)
        first = _last_dose_template(bool(who), bool(origin), since is not None).format(
            time=moment_when(last.given_at, state.now),
            who=who,
            ago=duration(since or timedelta()),
            origin=origin,
        )
        if since is None:
            first += " " + Today.tr(
                "This computer's clock now shows an earlier time (its clock or time zone was "
                "changed since), so the time since that dose is not known here."
            )
    count = TodayCounts.tr("%n doses in the last 24 hours.", None, state.doses_in_24h)
    limits = []
    if state.inside_interval and state.rules.min_interval_minutes is not None:
        until = state.next_outside_interval
        limits.append(
            Today.tr(
                "Another dose now would come sooner than the {interval} between doses "
                "entered from the prescription (that time ends at {time})."
            ).format(
                interval=duration(timedelta(minutes=state.rules.min_interval_minutes)),
                # With its day when that is not today: 12 hours from 8 PM end tomorrow.
                time=moment_when(until, state.now) if until else "",
            )
        )
    if state.at_daily_limit:
        most = state.rules.max_per_day or 0
        # Over it (given anyway, or logged late): "that many" would understate the count.
        limits.append(
            TodayCounts.tr(
                "The prescription, as entered, allows at most %n doses in 24 hours, and "
                "more than that have been given.",
                None,
                most,
            )
            if state.doses_in_24h > most
            else TodayCounts.tr(
                "The prescription, as entered, allows at most %n doses in 24 hours, and "
                "that many have been given.",
                None,
                most,
            )
        )
    if limits:
        limits.append(call_whom(route))
    return f"{first} {count}", " ".join(limits)


def refill_said(medicine: MedicineRecord, logged: bool) -> str:
    """What a click on "Refill collected" did: logged, or nothing because the supply was
    changed elsewhere since the page was read."""
    if logged:
        return Today.tr("Refill of {medicine} logged.").format(medicine=medicine_label(medicine))
    return Today.tr(
        "Nothing was logged: the supply of {medicine} was changed in another window since "
        "this page showed it. The page now shows the supply as it is: log the refill only if "
        "it is still needed."
    ).format(medicine=medicine_label(medicine))


def refill_line(line: RefillDue, pharmacy: str) -> str:
    """How long the supply lasts and where to collect more."""
    name = medicine_label(line.medicine)
    on_hand = line.supply.on_hand or 0
    if on_hand <= 0:
        text = Today.tr("{medicine}: no doses left on hand.").format(medicine=name)
    else:
        days = int(line.supply.days_left or 0)
        text = "{medicine}: {doses} {days}".format(
            medicine=name,
            doses=TodayCounts.tr("%n doses on hand,", None, on_hand),
            # Doses on hand that last less than a day are not "about 0 days".
            days=TodayCounts.tr("enough for about %n days.", None, days)
            if days
            else Today.tr("enough for less than a day."),
        )
    if pharmacy.strip():
        return text + " " + Today.tr("Pharmacy: {pharmacy}").format(pharmacy=pharmacy.strip())
    return (
        text
        + " "
        + Today.tr(
            "No pharmacy in the profile yet: add it with the Edit profile button at the top."
        )
    )
