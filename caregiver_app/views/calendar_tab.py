"""Calendar tab: appointments, tests and treatments, soonest first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from caregiver_app.store.queries import upcoming_appointments
from caregiver_app.views.locale_format import format_datetime
from caregiver_app.views.read_only_table import ReadOnlyTable
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.tab_page import TabPage

UPCOMING_LIMIT = 50

KIND_LABELS = {
    "oncology": QT_TRANSLATE_NOOP("CalendarTab", "Oncology"),
    "palliative_care": QT_TRANSLATE_NOOP("CalendarTab", "Palliative care"),
    "telehealth": QT_TRANSLATE_NOOP("CalendarTab", "Telehealth video visit"),
    "infusion": QT_TRANSLATE_NOOP("CalendarTab", "Infusion or treatment"),
    "radiation": QT_TRANSLATE_NOOP("CalendarTab", "Radiation"),
    "imaging": QT_TRANSLATE_NOOP("CalendarTab", "Imaging or scan"),
    "lab": QT_TRANSLATE_NOOP("CalendarTab", "Lab work"),
    "procedure": QT_TRANSLATE_NOOP("CalendarTab", "Procedure"),
    "pharmacy": QT_TRANSLATE_NOOP("CalendarTab", "Pharmacy"),
    "other": QT_TRANSLATE_NOOP("CalendarTab", "Other"),
}


class CalendarTab(TabPage):
    """Upcoming appointments, soonest first."""

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.set_texts(
            self.tr("Calendar"),
            self.tr(
                "Oncology and palliative visits, treatments, scans and lab work, soonest "
                "first, with where each one happens."
            ),
            self.tr(
                "Nothing is booked yet. To start, have the appointment letters or the "
                "clinic's patient portal at hand: each visit's date, time and place "
                "goes here."
            ),
        )
        self.table = ReadOnlyTable(self.tr("Upcoming appointments"), self)
        self.set_content(self.table)
        signals.record_changed.connect(self.refresh)

    def refresh(self) -> None:
        appointments = upcoming_appointments(datetime.now(), UPCOMING_LIMIT)
        self.table.set_rows(
            [self.tr("When"), self.tr("What"), self.tr("Kind"), self.tr("Where")],
            [
                [
                    format_datetime(item.starts_at),
                    item.title,
                    self.tr(KIND_LABELS.get(item.kind, KIND_LABELS["other"])),
                    item.location or item.video_link,
                ]
                for item in appointments
            ],
        )
        self.show_content(bool(appointments))
