"""The contact form's office hours: the days the office answers, and from when until when.

Left blank, alerts assume the usual weekdays, 9:00 to 17:00, and say so; what is typed
is kept exactly (no day is ticked for the family, no time filled in).
"""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from caregiver_app.services.diary.vital_routing import MIDNIGHT, USUAL_HOURS
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.views.care_team.office_hours_text import day_name, hours_text, midnight
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.widgets.date_fields import TimeField
from caregiver_app.views.widgets.flow_layout import FlowLayout
from caregiver_app.views.widgets.form_parts import fit_hints, hint_room

# 24:00 as people write a closing time at midnight, in the 24-hour forms parse_time reads.
_END_OF_DAY = re.compile(r"24(?:[:h.]?00)?")


class ClosingTimeField(TimeField):
    """The closing time: also "24:00" or the word for midnight, kept as 0:00 (the end of
    the day); a closing at 0:00 is shown as that word."""

    def _midnight(self) -> bool:
        folded = "".join(self.line.text().split()).casefold()
        return bool(_END_OF_DAY.fullmatch(folded)) or folded in ("midnight", midnight().casefold())

    def set_value(self, value: time | None) -> None:
        """Show ``value``; midnight as the word."""
        if value == MIDNIGHT:
            self.line.setText(midnight())
        else:
            super().set_value(value)

    def value(self) -> time | None:
        """The typed closing time (0:00 for midnight); FieldInputError as a time field's."""
        return MIDNIGHT if self._midnight() else super().value()

    def value_or_none(self) -> time | None:
        """The typed closing time, or None when blank or not (yet) a time."""
        return MIDNIGHT if self._midnight() else super().value_or_none()


class OfficeHoursFields(QWidget):
    """Seven day boxes (in the locale's week order) and the opening and closing times."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeHours")
        first = display_locale().firstDayOfWeek().value  # ISO: Monday is 1
        order = [(first - 1 + offset) % 7 + 1 for offset in range(7)]
        days = FlowLayout()  # the boxes wrap at large text instead of being cut off
        days.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[int, QCheckBox] = {}
        for day in order:
            box = QCheckBox(day_name(day), self)
            box.setAccessibleName(self.tr("Office open on {day}").format(day=day_name(day)))
            box.setObjectName(f"officeDay{day}")
            days.addWidget(box)
            self.day_boxes[day] = box
        self.opens = TimeField(self)
        self.opens.setObjectName("officeOpens")
        self.opens.setAccessibleName(self.tr("Office opens at"))
        self.closes = ClosingTimeField(self)
        self.closes.setObjectName("officeCloses")
        self.closes.setAccessibleName(self.tr("Office closes at"))
        # No "Not entered" before the example: the note below says what blank means, and
        # two long hints side by side were cut short ("Not entered (for example 2:3…").
        # Opening and closing each with its label, side by side where they fit and one
        # under the other at a large text size (never pushed past the form's edge).
        times = FlowLayout()
        times.setContentsMargins(0, 0, 0, 0)
        self.opens_label = QLabel(self.tr("Opens &at:"), self)
        self.opens_label.setBuddy(self.opens)
        self.closes_label = QLabel(self.tr("C&loses at:"), self)
        self.closes_label.setBuddy(self.closes)
        for label, field in ((self.opens_label, self.opens), (self.closes_label, self.closes)):
            pair = QWidget(self)
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label)
            line.addWidget(field, 1)
            times.addWidget(pair)
        fit_hints(self, hint_room(self))
        self.note = QLabel(
            self.tr(
                "Symptom alerts show the number that answers at that time first. Left "
                "blank, the usual hours are assumed: {hours}."
            ).format(hours=hours_text(USUAL_HOURS)),
            self,
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(days)
        layout.addLayout(times)
        layout.addWidget(self.note)

    def focus_chain(self) -> list[QWidget]:
        """The boxes and times in the order Tab visits them."""
        return [*self.day_boxes.values(), self.opens, self.closes]

    def set_record(self, record: ContactRecord) -> None:
        """Show the record's office hours, blank where none were entered."""
        chosen = {int(day) for day in record.office_days.split(",") if day.strip()}
        for day, box in self.day_boxes.items():
            box.setChecked(day in chosen)
        self.opens.set_value(record.office_opens)
        self.closes.set_value(record.office_closes)

    def values(self) -> dict[str, str | time | None]:
        """office_days, office_opens and office_closes as typed; a time that is not one raises
        FieldInputError with its sentence."""
        ticked = [day for day, box in sorted(self.day_boxes.items()) if box.isChecked()]
        return {
            "office_days": ",".join(str(day) for day in ticked),
            "office_opens": self.opens.value(),
            "office_closes": self.closes.value(),
        }
