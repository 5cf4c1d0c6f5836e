"""Symptom diary tab: ESAS-r scores recorded between visits."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from caregiver_app.store.queries import recent_diary_entries
from caregiver_app.views.locale_format import format_datetime
from caregiver_app.views.read_only_table import ReadOnlyTable
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.tab_page import TabPage

RECENT_ENTRIES = 60

# ESAS-r item names, worded as the scale has them (its licence forbids changing them).
SCORE_COLUMNS = (
    ("pain", QT_TRANSLATE_NOOP("DiaryTab", "Pain")),
    ("tiredness", QT_TRANSLATE_NOOP("DiaryTab", "Tiredness")),
    ("drowsiness", QT_TRANSLATE_NOOP("DiaryTab", "Drowsiness")),
    ("nausea", QT_TRANSLATE_NOOP("DiaryTab", "Nausea")),
    ("lack_of_appetite", QT_TRANSLATE_NOOP("DiaryTab", "Lack of appetite")),
    ("shortness_of_breath", QT_TRANSLATE_NOOP("DiaryTab", "Shortness of breath")),
    ("depression", QT_TRANSLATE_NOOP("DiaryTab", "Depression")),
    ("anxiety", QT_TRANSLATE_NOOP("DiaryTab", "Anxiety")),
    ("wellbeing", QT_TRANSLATE_NOOP("DiaryTab", "Wellbeing")),
)


class DiaryTab(TabPage):
    """The newest diary entries, newest first."""

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.set_texts(
            self.tr("Symptom diary"),
            self.tr(
                "How the person you care for feels between visits, on the ESAS-r scale the "
                "palliative team uses: nine symptoms, each from 0 (none) to 10 (worst "
                "possible), with notes."
            ),
            self.tr(
                "No entries yet. To start, once or twice a day at about the same times, "
                "ask how each symptom feels right now and note anything the team should "
                "hear about."
            ),
        )
        self.table = ReadOnlyTable(self.tr("Recent diary entries"), self)
        self.set_content(self.table)
        signals.record_changed.connect(self.refresh)

    def refresh(self) -> None:
        entries = recent_diary_entries(RECENT_ENTRIES)
        headers = [self.tr("Date and time")]
        headers += [self.tr(label) for _field, label in SCORE_COLUMNS]
        headers += [self.tr("Other problem"), self.tr("Note")]
        rows = []
        for entry in entries:
            row = [format_datetime(entry.recorded_at)]
            for field, _label in SCORE_COLUMNS:
                value = getattr(entry, field)
                row.append("-" if value is None else str(value))
            other = ""
            if entry.other_problem:
                score = entry.other_problem_score
                other = f"{entry.other_problem} {'-' if score is None else score}"
            row += [other, entry.note]
            rows.append(row)
        self.table.set_rows(headers, rows)
        self.show_content(bool(entries))
