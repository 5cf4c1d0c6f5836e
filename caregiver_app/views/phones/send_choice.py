"""What leaves the computer: three choices, each with what a phone would show for it.

The family chooses before anything is sent; nothing is chosen for them. The example is
the next appointment in the record (a made-up one when there is none), written as a
phone's calendar would show it with that choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.store.calendar.occurrences import next_occurrence
from caregiver_app.store.home_clock import home_now
from caregiver_app.views.look.locale_format import display_locale, format_short_day

SENDS = ("title", "when-where", "all")


@dataclass(frozen=True)
class Example:
    """The parts of one appointment a phone could show."""

    title: str
    starts: datetime
    place: str
    notes: str
    all_day: bool = False


def next_example(now: datetime | None = None) -> Example:
    """The next appointment, or a made-up one a week ahead when the calendar has none."""
    now = now or home_now()
    occurrence = next_occurrence(now)
    if occurrence is not None:
        record = occurrence.record
        notes = "\n".join(part for part in (record.notes, record.bring) if part.strip())
        return Example(record.title, occurrence.local_start, record.location, notes, record.all_day)
    day = (now + timedelta(days=7)).replace(hour=10, minute=30, second=0, microsecond=0)
    return Example(
        QCoreApplication.translate("PhonesSendChoice", "Oncology review"),
        day,
        QCoreApplication.translate("PhonesSendChoice", "Day unit, St Mary's Hospital"),
        QCoreApplication.translate(
            "PhonesSendChoice", "Ask about the new pain patch. Bring the symptom diary."
        ),
    )


def phone_lines(example: Example, send: str) -> str:
    """What a phone's calendar shows for ``example`` when ``send`` is chosen."""
    locale = display_locale()
    starts = example.starts
    day = format_short_day(starts.date())
    time = locale.toString(QTime(starts.hour, starts.minute), QLocale.FormatType.ShortFormat)
    if example.all_day:
        time = QCoreApplication.translate("PhonesSendChoice", "all day")
    when = f"{day}, {time}"
    lines = [shown_title(example.title), when]
    if send in ("when-where", "all") and example.place.strip():
        lines.append(example.place)
    if send == "all" and example.notes.strip():
        lines.append(example.notes)
    return "\n".join(lines)


class SendChoice(QGroupBox):
    """Three radio buttons (none chosen at first), each with its example under it."""

    chosen = Signal(str)

    def __init__(self, example: Example, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesSendChoice")
        self.example = example
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.examples: dict[str, QLabel] = {}
        column = QVBoxLayout(self)
        for send in SENDS:
            button = QRadioButton(self)
            button.setObjectName(f"phonesSend-{send}")
            self.group.addButton(button)
            button.toggled.connect(lambda on, send=send: self.chosen.emit(send) if on else None)
            label = QLabel(self)
            label.setObjectName(f"phonesSendExample-{send}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            label.setIndent(0)
            label.setContentsMargins(24, 0, 0, 0)
            column.addWidget(button)
            column.addWidget(label)
            self.buttons[send] = button
            self.examples[send] = label
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, choices and examples in the language now installed."""
        self.setTitle(QCoreApplication.translate("PhonesSendChoice", "What leaves this computer"))
        self.setAccessibleName(
            QCoreApplication.translate("PhonesSendChoice", "What leaves this computer")
        )
        texts = {
            "title": QCoreApplication.translate("PhonesSendChoice", "T&itle and time only"),
            "when-where": QCoreApplication.translate("PhonesSendChoice", "Title, &place and time"),
            "all": QCoreApplication.translate("PhonesSendChoice", "&Everything, including notes"),
        }
        for send, button in self.buttons.items():
            button.setText(texts[send])
            button.setAccessibleName(texts[send].replace("&", ""))
            shown = (
                QCoreApplication.translate("PhonesSendChoice", "A phone shows:")
                + "\n"
                + phone_lines(self.example, send)
            )
            self.examples[send].setText(shown)
            button.setAccessibleDescription(shown)

    def send(self) -> str:
        """The choice made ("" while none is)."""
        return next((send for send, button in self.buttons.items() if button.isChecked()), "")
