"""The medicine form's schedule: at set times, with meals or at bedtime, or every few hours.

What the family types is what is kept: each time is a typed time field, the usual meal and
bed times are the family's own (the same for every medicine, editable here), and a
medicine whose schedule is not set up keeps its prescription's words as written.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store.medication.schedules import ANCHORS, Schedule, parse_clock
from caregiver_app.views.diary.medicine_limits import name_box
from caregiver_app.views.look.locale_format import display_locale
from caregiver_app.views.widgets.date_fields import FieldInputError, TimeField

NOT_SET_UP, AT_TIMES, EVERY_HOURS = "", "times", "interval"
EVERY_DAY = frozenset(range(1, 8))
NOT_ENTERED = -1  # the number boxes' word for nothing


def clock_token(at: time) -> str:
    """A clock time as the schedule keeps it: 08:00."""
    return at.strftime("%H:%M")


def _hidden_note(text: str, name: str, parent: QWidget) -> QLabel:
    """A wrapped line of explanation, shown only when it applies."""
    note = QLabel(text, parent)
    note.setObjectName(name)
    note.setWordWrap(True)
    note.setVisible(False)
    return note


class ScheduleEditor(QGroupBox):
    """When a regular medicine is given, as the prescriber wrote it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("When it is given"))
        self.kinds = QButtonGroup(self)
        self.not_set_up = QRadioButton(self.tr("Not set &up yet"), self)
        self.at_times = QRadioButton(self.tr("At set t&imes of day"), self)
        self.every_hours_choice = QRadioButton(self.tr("E&very few hours"), self)
        kind_row = QVBoxLayout()
        for kind, button in (
            (NOT_SET_UP, self.not_set_up),
            (AT_TIMES, self.at_times),
            (EVERY_HOURS, self.every_hours_choice),
        ):
            button.setObjectName(f"scheduleKind_{kind or 'none'}")
            button.setAccessibleName(button.text().replace("&", ""))
            button.setProperty("kind", kind)
            self.kinds.addButton(button)
            kind_row.addWidget(button)
        self.not_set_up_note = QLabel(self)
        self.not_set_up_note.setObjectName("scheduleNotSetUp")
        self.not_set_up_note.setWordWrap(True)
        self.times_box = self._times_box()
        self.interval_box = self._interval_box()
        self.days_box = self._days_box()
        # A schedule already kept: changing it rewrites no day before (a paper chart's way).
        self.change_note = _hidden_note(
            self.tr(
                "A change to when it is given counts from the moment you save it: the doses "
                "before keep the times they had then."
            ),
            "scheduleChangeNote",
            self,
        )
        # A medicine saved without a schedule (as needed, or not set up): its first one
        # asks for no dose before it is saved, as nothing was due by the clock then.
        self.first_note = _hidden_note(
            self.tr(
                "Times set up now count from the moment you save them: the days before "
                "ask for no dose of this medicine."
            ),
            "scheduleFirstNote",
            self,
        )
        # A new medicine: its first times hold from its start when one is entered, else
        # from when it is saved (store/medication/medicine_plan.py).
        self.new_note = _hidden_note(
            self.tr(
                "With no date in Started, these times count from the moment you save them and "
                "the days before ask for no dose; with one, they count from that day."
            ),
            "scheduleNewNote",
            self,
        )
        self.saved_without_schedule = False
        self.new_medicine = False
        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        for part in (
            self.not_set_up_note,
            self.times_box,
            self.interval_box,
            self.days_box,
            self.change_note,
            self.first_note,
            self.new_note,
        ):
            layout.addWidget(part)
        self.kinds.buttonToggled.connect(lambda _button, _on: self._show_kind())
        self.not_set_up.setChecked(True)
        self.free_text = ""

    # ------------------------------------------------------------ building

    def _times_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        clock_label = QLabel(self.tr("Clock times (leave a box empty to remove it):"), box)
        clock_label.setWordWrap(True)
        self.time_rows = QVBoxLayout()
        self.time_fields: list[TimeField] = []
        self.add_time_button = QPushButton(self.tr("Add another ti&me"), box)
        self.add_time_button.setAccessibleName(self.tr("Add another time of day"))
        self.add_time_button.clicked.connect(lambda: self.add_time_field().setFocus())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_time_button)
        add_row.addStretch(1)
        anchors_label = QLabel(
            self.tr(
                "With meals or at bedtime, at the family's usual times (the same for every "
                "medicine; change them here):"
            ),
            box,
        )
        anchors_label.setWordWrap(True)
        # Dinner and bedtime have no underlined key: every letter of their words already
        # underlines another control of the medicine form.
        names = {
            "breakfast": (self.tr("With &breakfast"), self.tr("Usual breakfast time")),
            "lunch": (self.tr("With &lunch"), self.tr("Usual lunch time")),
            "dinner": (self.tr("With dinner"), self.tr("Usual dinner time")),
            "bedtime": (self.tr("At bedtime"), self.tr("Usual bedtime")),
        }
        grid = QGridLayout()
        self.anchor_checks: dict[str, QCheckBox] = {}
        self.usual_fields: dict[str, TimeField] = {}
        for row, anchor in enumerate(ANCHORS):
            text, usual_name = names[anchor]
            check = QCheckBox(text, box)
            check.setObjectName(f"anchor_{anchor}")
            check.setAccessibleName(text.replace("&", ""))
            field = TimeField(box)
            field.setObjectName(f"usual_{anchor}")
            field.setAccessibleName(usual_name)
            field.set_blank_text(self.tr("Not set"))
            grid.addWidget(check, row, 0)
            grid.addWidget(field, row, 1)
            self.anchor_checks[anchor] = check
            self.usual_fields[anchor] = field
        grid.setColumnStretch(1, 1)
        # Usual times already kept: changing one rewrites no dose before (as a schedule's).
        self.usual_note = _hidden_note(
            self.tr(
                "A change to a usual time counts from the moment you save it, for every "
                "medicine given with meals or at bedtime: the doses before keep the times "
                "they had then."
            ),
            "usualTimesChangeNote",
            box,
        )
        layout.addWidget(clock_label)
        layout.addLayout(self.time_rows)
        layout.addLayout(add_row)
        layout.addWidget(anchors_label)
        layout.addLayout(grid)
        layout.addWidget(self.usual_note)
        return box

    def _interval_box(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        every = QLabel(self.tr("Every"), box)
        self.every_hours = QSpinBox(box)
        self.every_hours.setObjectName("everyHours")
        name_box(self.every_hours, self.tr("Hours between doses"))
        self.every_hours.setRange(NOT_ENTERED, 24)
        self.every_hours.setSpecialValueText(self.tr("not entered"))
        every.setBuddy(self.every_hours)
        hours_from = QLabel(self.tr("hours, the first dose of the day at"), box)
        self.first_time = TimeField(box)
        self.first_time.setObjectName("firstTime")
        self.first_time.setAccessibleName(self.tr("Time of the first dose of the day"))
        hours_from.setBuddy(self.first_time)
        for part in (every, self.every_hours, hours_from):
            row.addWidget(part)
        row.addWidget(self.first_time, 1)
        return box

    def _days_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("On these days:"), box))
        grid = QGridLayout()
        locale = display_locale()
        self.day_checks: dict[int, QCheckBox] = {}
        for day in range(1, 8):
            check = QCheckBox(locale.dayName(day, QLocale.FormatType.ShortFormat), box)
            check.setObjectName(f"weekday_{day}")
            check.setAccessibleName(locale.dayName(day, QLocale.FormatType.LongFormat))
            check.setChecked(True)
            # Two rows, so the days fit at large text sizes.
            grid.addWidget(check, (day - 1) // 4, (day - 1) % 4)
            self.day_checks[day] = check
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        return box

    def add_time_field(self, at: time | None = None) -> TimeField:
        """One more clock time box (blank, or showing ``at``)."""
        field = TimeField(self.times_box)
        field.setObjectName(f"doseTime_{len(self.time_fields)}")
        field.setAccessibleName(
            self.tr("Time of day {number}").format(number=len(self.time_fields) + 1)
        )
        field.set_value(at)
        # Tab goes from the kind to each time in turn, then to "Add another time".
        before = self.time_fields[-1] if self.time_fields else self.every_hours_choice
        self.time_rows.addWidget(field)
        self.time_fields.append(field)
        QWidget.setTabOrder(before, field)
        QWidget.setTabOrder(field, self.add_time_button)
        return field

    # ------------------------------------------------------------ values

    def kind(self) -> str:
        """The kind chosen: "" (not set up), "times" or "interval"."""
        button = self.kinds.checkedButton()
        return button.property("kind") if button is not None else NOT_SET_UP

    def _show_kind(self) -> None:
        kind = self.kind()
        self.times_box.setVisible(kind == AT_TIMES)
        self.interval_box.setVisible(kind == EVERY_HOURS)
        self.days_box.setVisible(kind != NOT_SET_UP)
        self.not_set_up_note.setVisible(kind == NOT_SET_UP)
        self.first_note.setVisible(self.saved_without_schedule and kind != NOT_SET_UP)
        self.new_note.setVisible(self.new_medicine and kind != NOT_SET_UP)

    def set_free_text(self, text: str) -> None:
        """What the prescription's words say, for the "not set up yet" note."""
        self.free_text = text
        if text:
            note = self.tr(
                "Schedule not set up yet. The prescription's words above are kept as written; "
                "choose how it is timed to have its doses listed on the Today page."
            )
        else:
            note = self.tr(
                "Schedule not set up yet: choose how it is timed to have its doses listed on "
                "the Today page."
            )
        self.not_set_up_note.setText(note)

    def set_schedule(
        self, schedule: Schedule, usual: dict[str, time | None], saved: bool = False
    ) -> None:
        """Show ``schedule`` and the family's usual times; ``saved``: of a medicine already
        on the list (a first schedule set up for it counts from when it is saved), else of a
        new one (its times count from its start, or from when it is saved)."""
        self.saved_usual = dict(usual)
        self.saved_without_schedule = saved and not schedule.set_up
        self.new_medicine = not saved
        self.usual_note.setVisible(any(at is not None for at in usual.values()))
        for anchor, field in self.usual_fields.items():
            field.set_value(usual.get(anchor))
        clocks = [parse_clock(token) for token in schedule.dose_times if token not in ANCHORS]
        for at in clocks or [None]:
            self.add_time_field(at)
        for anchor, check in self.anchor_checks.items():
            check.setChecked(anchor in schedule.dose_times)
        self.every_hours.setValue(schedule.every_hours or NOT_ENTERED)
        self.first_time.set_value(schedule.first_time)
        days = schedule.weekdays or EVERY_DAY
        for day, check in self.day_checks.items():
            check.setChecked(day in days)
        button = {AT_TIMES: self.at_times, EVERY_HOURS: self.every_hours_choice}.get(
            schedule.kind, self.not_set_up
        )
        button.setChecked(True)
        self._show_kind()
        self.change_note.setVisible(schedule.set_up)

    def schedule(self) -> Schedule:
        """The schedule as typed; a time that is not one raises FieldInputError."""
        kind = self.kind()
        if kind == NOT_SET_UP:
            return Schedule()
        checked = frozenset(day for day, check in self.day_checks.items() if check.isChecked())
        if not checked:
            raise FieldInputError(
                self.tr("Choose at least one day of the week for this medicine."),
                self.day_checks[1],
            )
        weekdays = frozenset() if checked == EVERY_DAY else checked
        if kind == EVERY_HOURS:
            hours = self.every_hours.value()
            return Schedule(
                kind=kind,
                every_hours=None if hours == NOT_ENTERED else hours,
                first_time=self.first_time.value(),
                weekdays=weekdays,
            )
        tokens = [clock_token(at) for at in (field.value() for field in self.time_fields) if at]
        tokens += [anchor for anchor, check in self.anchor_checks.items() if check.isChecked()]
        return Schedule(kind=kind, dose_times=tuple(tokens), weekdays=weekdays)

    def usual_changes(self) -> dict[str, time | None]:
        """The usual times typed here that differ from the family's saved ones."""
        if self.kind() != AT_TIMES:
            return {}
        changes = {}
        for anchor, field in self.usual_fields.items():
            typed = field.value()
            if typed is None and self.anchor_checks[anchor].isChecked():
                raise FieldInputError(
                    self.tr("Type the family's usual time for this meal or bedtime."), field
                )
            if typed != self.saved_usual.get(anchor):
                changes[anchor] = typed
        return changes

    def field_widget(self, field: str) -> QWidget | None:
        """The box the store names in a refusal of the schedule."""
        if field in self.usual_fields:
            return self.usual_fields[field]
        return {
            "dose_times": self.time_fields[0] if self.time_fields else self.add_time_button,
            "every_hours": self.every_hours,
            "first_time": self.first_time,
            "weekdays": self.day_checks[1],
            "kind": self.not_set_up,
        }.get(field)
