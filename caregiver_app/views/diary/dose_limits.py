"""The as-needed limits at the time of a dose, in plain sentences naming whom to call.

The app says where a dose stands against what the family entered from the prescription;
it never suggests a dose, a time for one, or an amount.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.medication.as_needed import (
    AsNeededState,
    as_needed_state,
    doses_before,
)
from caregiver_app.store.contacts import first_call_first_contact
from caregiver_app.store.diary.doses import DoseRecord, doses_between
from caregiver_app.store.diary.medicines import get_medicine
from caregiver_app.store.diary.saved_times import ahead_of_clock
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.schedules import get_rules
from caregiver_app.store.repeated_hour import real_elapsed
from caregiver_app.views.diary.schedule_text import MedicineCounts, duration_text
from caregiver_app.views.diary.vital_text import call_line
from caregiver_app.views.look.locale_format import format_given_at
from caregiver_app.views.sharing.origin_lookup import origin_of

translate = QCoreApplication.translate


def dose_state(
    medicine_id: int, given_at: datetime, dose_id: int | None = None
) -> AsNeededState | None:
    """Where an as-needed medicine stands at ``given_at``, leaving out the dose being edited.

    None for a medicine that is not taken as needed (or is gone).
    """
    medicine = get_medicine(medicine_id)
    if medicine is None or not medicine.as_needed:
        return None
    # The doses Today's limits count, so a dose logged before the clock went back counts.
    doses = [dose for dose in doses_before(given_at, home_now()) if dose.id != dose_id]
    return as_needed_state(medicine, get_rules(medicine_id), given_at, doses)


def later_dose(state: AsNeededState, dose_id: int | None = None) -> DoseRecord | None:
    """The first dose logged as given after the one at ``state.now`` (``dose_id``, when it is
    saved) and inside the smallest interval entered: a dose logged late, or moved earlier,
    can come too soon before another."""
    given_at = state.now
    interval = state.rules.min_interval_minutes
    if interval is None or state.medicine.id is None or ahead_of_clock(given_at, home_now()):
        return None
    span = timedelta(minutes=interval)
    return next(
        (
            dose
            for dose in doses_between(given_at, given_at + span + timedelta(hours=1))
            if dose.medicine_id == state.medicine.id
            and dose.id != dose_id
            and timedelta(0) < real_elapsed(dose.given_at, given_at) < span
            and not ahead_of_clock(dose.given_at, home_now())  # counted as before it
        ),
        None,
    )


def whom_to_call(now: datetime) -> str:
    """The call-first person (their after-hours line out of hours), or how to choose one."""
    first = first_call_first_contact()
    if first is not None:
        return call_line(first, now)
    return translate(
        "DiaryTab",
        "No one is marked to call first for symptoms yet: choose them in the Care team tab.",
    )


def _minutes(span: timedelta) -> int:
    return max(0, int(span.total_seconds() // 60))


def limits_sentences(state: AsNeededState, later: DoseRecord | None = None) -> list[str]:
    """What the dose's time means against the limits entered; the last line says whom to call
    when the dose would fall inside the interval or over the 24-hour count, or ``later`` (a
    dose given after it) inside the interval."""
    name = state.medicine.name
    lines = [
        MedicineCounts.tr(
            "%n doses of {medicine} in the 24 hours before this one.", None, state.doses_in_24h
        ).format(medicine=name)
    ]
    last = state.last_dose
    since = state.since_last
    if last is not None and since is not None:
        # Given on another computer of the family: from which, and how fresh that news is.
        origin = origin_of("breakthroughdose", last.id, state.now)
        lines.append(
            (
                translate(
                    "Medicines", "The last one was given at {when} ({origin}), {since} before."
                )
                if origin
                else translate("Medicines", "The last one was given at {when}, {since} before.")
            ).format(
                when=format_given_at(last.given_at),
                since=duration_text(_minutes(since)),
                origin=origin,
            )
        )
    elif last is not None:  # logged before this computer's clock went back
        lines.append(
            translate(
                "Medicines",
                "The last one was given at {when}, by this computer's clock before it was "
                "set back (its clock or time zone was changed since), so the time between "
                "them is not known here.",
            ).format(when=format_given_at(last.given_at))
        )
    rules = state.rules
    if state.inside_interval and rules.min_interval_minutes is not None:
        lines.append(
            (
                translate(
                    "Medicines",
                    "That is sooner than the smallest time between doses entered from the "
                    "prescription: {interval}.",
                )
                if since is not None
                else translate(
                    "Medicines",
                    "That may be sooner than the smallest time between doses entered from "
                    "the prescription: {interval}.",
                )
            ).format(interval=duration_text(rules.min_interval_minutes))
        )
    if state.at_daily_limit and rules.max_per_day is not None:
        lines.append(
            MedicineCounts.tr(
                "The prescription as entered allows at most %n doses in 24 hours.",
                None,
                rules.max_per_day,
            )
        )
    if later is not None and rules.min_interval_minutes is not None:
        lines.append(
            translate(
                "Medicines",
                "The next one was given at {when}, {since} after this one: sooner than the "
                "smallest time between doses entered from the prescription: {interval}.",
            ).format(
                when=format_given_at(later.given_at),
                since=duration_text(_minutes(real_elapsed(later.given_at, state.now))),
                interval=duration_text(rules.min_interval_minutes),
            )
        )
    if state.over_a_limit or later is not None:
        lines.append(
            translate(
                "Medicines", "Check with the team before giving it, or tell them if it was given."
            )
            + " "
            + whom_to_call(state.now)
        )
    elif rules.min_interval_minutes is None and rules.max_per_day is None:
        lines.append(
            translate(
                "Medicines",
                "No limits were entered from the prescription; add them in the medicine's "
                "form on the Medicines list.",
            )
        )
    return lines
