"""The appointment form's note for a time the clocks skip, under the start.

The night the clocks go forward, 2:30 does not happen: the store saves such a visit at the
time it is, 3:30 (RFC 5545 3.3.5, as Google, Outlook and Apple read it), and the form says
so while the family types, before they save.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.calendar import time_zones
from caregiver_app.views.calendar.appointment_labels import format_time
from caregiver_app.views.calendar.zone_field import typed_zone

if TYPE_CHECKING:
    from caregiver_app.views.forms.ui_appointment_form import Ui_AppointmentForm


def clock_change_sentence(starts: datetime, ends: datetime | None, zone_name: str) -> str | None:
    """What happens to a visit typed at a time the clocks skip in ``zone_name``; None if none."""
    moved, moved_end = time_zones.existing_span(starts, ends, zone_name)
    if moved != starts:
        if moved_end is None:
            text = QCoreApplication.translate(
                "AppointmentDialog",
                "The clocks go forward that night, so {typed} does not happen: the "
                "appointment will be at {start}.",
            )
        else:
            text = QCoreApplication.translate(
                "AppointmentDialog",
                "The clocks go forward that night, so {typed} does not happen: the "
                "appointment will be at {start}, until {end}.",
            )
        return text.format(
            typed=format_time(starts.time()),
            start=format_time(moved.time()),
            end=format_time(moved_end.time()) if moved_end else "",
        )
    if ends is not None and moved_end is not None and moved_end != ends:
        return QCoreApplication.translate(
            "AppointmentDialog",
            "The clocks go forward that night, so {typed} does not happen: the "
            "appointment will end at {end}.",
        ).format(typed=format_time(ends.time()), end=format_time(moved_end.time()))
    return None


def _typed(day: date | None, at: time | None) -> datetime | None:
    return datetime.combine(day, at) if day is not None and at is not None else None


def show_clock_change(ui: Ui_AppointmentForm) -> None:
    """Show (or hide) the note for what the form holds now."""
    zone_name = typed_zone(ui.timezoneCombo)
    starts = _typed(ui.startDateEdit.value_or_none(), ui.startTimeEdit.value_or_none())
    ends = _typed(ui.endDateEdit.value_or_none(), ui.endTimeEdit.value_or_none())
    sentence = None
    if (
        starts is not None
        and not ui.allDayCheck.isChecked()
        and time_zones.is_known_zone(zone_name)
    ):
        sentence = clock_change_sentence(
            starts, ends if ends and ends > starts else None, zone_name
        )
    ui.startNote.setText(sentence or "")
    ui.startNote.setVisible(sentence is not None)
    # A screen reader hears it with the start time, where it was typed.
    ui.startTimeEdit.setAccessibleDescription(sentence or "")


def follow_clock_changes(ui: Ui_AppointmentForm) -> None:
    """Keep the note up to date as the start, the end, the zone or "All day" change."""
    for field in (ui.startDateEdit, ui.startTimeEdit, ui.endDateEdit, ui.endTimeEdit):
        field.changed.connect(lambda: show_clock_change(ui))
    ui.timezoneCombo.currentTextChanged.connect(lambda _text: show_clock_change(ui))
    ui.allDayCheck.toggled.connect(lambda _checked: show_clock_change(ui))
