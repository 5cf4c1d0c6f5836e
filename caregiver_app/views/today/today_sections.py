"""The Today page's sections besides the doses: as needed, refills, the day, whom to call.

Each function adds plain, wrapping labels (and a button where there is something to do)
to the page's column, so everything reads at twice the text size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.services.medication.running_out import RefillDue
from caregiver_app.services.medication.today import TodayData
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.views.look.locale_format import format_datetime
from caregiver_app.views.sharing.origin_lookup import origins_of
from caregiver_app.views.today.fitted_label import FittedLabel
from caregiver_app.views.today.today_text import (
    Today,
    TodayCounts,
    as_needed_lines,
    limits_entered,
    medicine_label,
    moment_when,
    next_dose_line,
    performer_label,
    refill_line,
)
from caregiver_app.views.widgets.banner import Banner
from caregiver_app.views.widgets.tab_page import set_bold


def keep_text_size(widget: QWidget) -> None:
    """Give a widget with a style sheet, and what it holds, the app's text size.

    A widget whose style sheet is set after the text size changed is drawn at the
    platform's base size otherwise; the page is laid out again at each change of size.
    """
    for each in (widget, *widget.findChildren(QWidget)):
        font = QFont(QApplication.font())
        font.setBold(each.font().bold())
        each.setFont(font)


# A heading's text: bold and a fifth larger than the page's, as a level-3 heading.
HEADING_SCALE = 1.2


def text_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A plain line of the page, wrapped when it does not fit."""
    label = FittedLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def heading(text: str, parent: QWidget) -> QLabel:
    """A section's heading: plain text, bold and larger (rich text took a document each)."""
    label = text_label(text, parent, "sectionHeading")
    font = QFont(parent.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    else:
        font.setPixelSize(round(font.pixelSize() * HEADING_SCALE))
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def line_with_button(
    layout: QVBoxLayout, text: str, button: QPushButton, parent: QWidget, name: str = ""
) -> QLabel:
    """A sentence with its button under it (side by side would not fit at 200%)."""
    label = text_label(text, parent, name)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    layout.addWidget(label)
    layout.addLayout(row)
    return label


def add_next_doses(layout: QVBoxLayout, data: TodayData, parent: QWidget) -> None:
    """When the first dose comes of each medicine with its times set up and none today."""
    for dose in data.next_doses:
        layout.addWidget(text_label(next_dose_line(dose, data.now), parent, "nextDose"))


def add_as_needed(layout: QVBoxLayout, data: TodayData, parent: QWidget) -> list[QLabel]:
    """For each as-needed medicine: the last dose, the count in 24 h, and any limit reached."""
    if not data.as_needed:
        return []
    layout.addWidget(heading(Today.tr("As needed"), parent))
    limits = []
    # Given on another computer of the family: from which (one look for all of them).
    origins = origins_of(
        "breakthroughdose", [state.last_dose.id for state in data.as_needed if state.last_dose]
    )
    for state in data.as_needed:
        name = text_label(medicine_label(state.medicine), parent)
        set_bold(name)
        layout.addWidget(name)
        first, limit = as_needed_lines(state, data.call_route, origins)
        layout.addWidget(text_label(first, parent, "asNeededLine"))
        layout.addWidget(text_label(limits_entered(state), parent, "asNeededLimits"))
        if limit:
            banner = Banner("asNeededLimit", parent)
            banner.setText(limit)
            keep_text_size(banner)
            banner.setAccessibleName(
                Today.tr("Limit reached: {medicine}").format(
                    medicine=medicine_label(state.medicine)
                )
            )
            banner.show()
            layout.addWidget(banner)
            limits.append(banner)
    return limits


def add_after_scores(
    layout: QVBoxLayout,
    data: TodayData,
    parent: QWidget,
    record_after: Callable[[DoseRecord], None],
) -> list[QPushButton]:
    """The as-needed doses still waiting for their "after" score."""
    if not data.awaiting_after_score:
        return []
    layout.addWidget(heading(Today.tr("Scores to record after a dose"), parent))
    from caregiver_app.views.diary.diary_labels import item_name

    buttons = []
    for dose in data.awaiting_after_score:
        who = performer_label(dose.performer)
        text = (
            Today.tr("{medicine} at {time} by {who}: how is the {symptom} now?")
            if who
            else Today.tr("{medicine} at {time}: how is the {symptom} now?")
        ).format(
            medicine=dose.medicine_name,
            time=moment_when(dose.given_at, data.now),
            who=who,
            symptom=item_name(dose.symptom).lower(),
        )
        button = QPushButton(Today.tr("Record the score after..."), parent)
        button.setAccessibleName(
            Today.tr("Record the score after the dose of {medicine} at {time}").format(
                medicine=dose.medicine_name, time=moment_when(dose.given_at, data.now)
            )
        )
        button.clicked.connect(lambda _checked=False, dose=dose: record_after(dose))
        line_with_button(layout, text, button, parent, "afterScoreLine")
        buttons.append(button)
    return buttons


def add_refills(
    layout: QVBoxLayout,
    data: TodayData,
    parent: QWidget,
    collected: Callable[[RefillDue], None],
) -> list[QPushButton]:
    """Medicines running out, the pharmacy, and "Refill collected" for each."""
    if not data.refills:
        return []
    layout.addWidget(heading(Today.tr("Refills"), parent))
    buttons = []
    for line in data.refills:
        name = medicine_label(line.medicine)
        if line.usual_amount is None:
            # No refill or count says how big a pack is: nothing to add in one click.
            text = (
                refill_line(line, data.pharmacy)
                + "\n"
                + Today.tr("Once it is collected, count the doses on hand in the medicine's form.")
            )
            layout.addWidget(text_label(text, parent, "refillLine"))
            continue
        button = QPushButton(
            TodayCounts.tr("Refill collected (%n doses)", None, line.usual_amount), parent
        )
        button.setAccessibleName(
            TodayCounts.tr(
                "Refill of {medicine} collected: add %n doses", None, line.usual_amount
            ).format(medicine=name)
        )
        button.clicked.connect(lambda _checked=False, line=line: collected(line))
        line_with_button(layout, refill_line(line, data.pharmacy), button, parent, "refillLine")
        buttons.append(button)
    return buttons


def add_the_day(layout: QVBoxLayout, data: TodayData, parent: QWidget) -> None:
    """The next appointment and the questions waiting for it."""
    layout.addWidget(heading(Today.tr("Next visit"), parent))
    occurrence = data.next_appointment
    if occurrence is None:
        text = Today.tr("No appointment coming up on the calendar.")
    else:
        record = occurrence.record
        title = shown_title(record.title)
        end = occurrence.local_end
        if not record.all_day and end is not None and occurrence.local_start <= data.now < end:
            from caregiver_app.views.calendar.appointment_labels import (
                format_time,
                local_datetime_text,
            )

            until = format_time(end.time())
            if end.date() != data.now.date():
                until = local_datetime_text(end)
            text = Today.tr("Going on now: {title}, until {time}").format(title=title, time=until)
        else:  # an all-day visit by its days ("All day"), not as if it began at midnight
            when = None
            if record.all_day:
                from caregiver_app.views.calendar.appointment_labels import when_text

                when = when_text(occurrence)
            text = Today.tr("Next appointment: {title}, {when}").format(
                title=title, when=when or format_datetime(occurrence.local_start)
            )
        if record.location:
            text += "\n" + Today.tr("Where: {location}").format(location=record.location)
    layout.addWidget(text_label(text, parent, "nextAppointment"))
    if data.questions_waiting:
        questions = TodayCounts.tr(
            "%n questions waiting for the next visit.", None, data.questions_waiting
        )
    else:
        questions = Today.tr("No questions waiting for the next visit.")
    layout.addWidget(text_label(questions, parent, "questionsWaiting"))


def numbers_text(data: TodayData, written_out: bool = True) -> str:
    """The call-first person and their numbers, by day and after hours.

    ``written_out`` False: the numbers as typed (the start's first paint, before the
    library that writes them out is loaded; see ``TodayPage.numbers_after_paint``).
    """
    contact = data.call_first
    if contact is None:
        return Today.tr(
            "No one is marked to call first for symptoms yet: choose them in the Care team tab."
        )
    shown: Callable[[str], str] = str
    if written_out:
        from caregiver_app.services.contacts.display_labels import shown_number

        shown = shown_number
    daytime = [number for kind, number in contact.phones if kind in ("main", "mobile")]
    lines = [
        Today.tr("Call first for symptoms: {name}").format(name=contact.name),
    ]
    if daytime:
        lines.append(
            Today.tr("Office hours: {numbers}").format(
                numbers=", ".join(shown(number) for number in daytime)
            )
        )
    if data.after_hours_numbers:
        lines.append(
            Today.tr("After hours: {numbers}").format(
                numbers=", ".join(shown(number) for number in data.after_hours_numbers)
            )
        )
    else:
        lines.append(Today.tr("No after-hours number for them in the Care team tab."))
    return "\n".join(lines)


def add_numbers(
    layout: QVBoxLayout, data: TodayData, parent: QWidget, written_out: bool = True
) -> None:
    """The call-first person's numbers: by day, and after hours."""
    layout.addWidget(heading(Today.tr("Whom to call"), parent))
    layout.addWidget(text_label(numbers_text(data, written_out), parent, "callFirst"))
    if data.call_first is None:
        return
    layout.addWidget(
        text_label(
            Today.tr("In an emergency, call 911 (or your local emergency number)."),
            parent,
            "emergency",
        )
    )
