"""The diary notes section, day by day, in balanced columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import BalancedColumns, CondPageBreak, Flowable, Paragraph, Table

from caregiver_app.services.pdf.palette import ACCENT, RULE
from caregiver_app.services.pdf.pieces import hex_color, muted
from caregiver_app.services.pdf.styles import table_style
from caregiver_app.services.pdf.text import SANS, SANS_BOLD, markup
from caregiver_app.services.visit_summary.listed_lines import NoteLine
from caregiver_app.services.visit_summary.sections.kit import (
    KEEP_WITH_HEADING,
    NOTE_COLUMN_GAP,
    SPLIT_DAY_HEIGHT,
    SectionKit,
)
from caregiver_app.services.visit_summary.style import WholeTable, text_width


class NotesPart(SectionKit):
    """The diary notes section, day by day, in balanced columns."""

    def notes(self) -> list[Flowable]:
        """A block a day, newest day first, in two balanced columns; each note after its time."""
        labels, s = self.labels, self.styles
        team_only = self.data.request.team_notes_only
        title = labels.notes_team_title if team_only else labels.notes_title
        if not self.data.notes:
            empty = labels.notes_team_none if team_only else labels.notes_none
            return self.headed(title, [self.none_line(empty)])
        days: dict = {}
        for note in self.data.notes:
            days.setdefault(note.at.date(), []).append(note)
        day_labels = {day: self.day_label(day) for day in days}
        widths = (
            6
            + max(text_width(text, SANS_BOLD, s.note_day.fontSize) for text in day_labels.values()),
            6
            + max(
                text_width(self.note_time(note), SANS, s.note.fontSize) for note in self.data.notes
            ),
        )
        if len(self.data.notes) <= 6:  # a few notes read best across the page
            blocks = [
                self.note_day(day_labels[day], notes, self.width, widths)
                for day, notes in days.items()
            ]
            return self.headed(title, blocks)
        column = (self.width - NOTE_COLUMN_GAP) / 2
        blocks = [
            self.note_day(day_labels[day], notes, column, widths) for day, notes in days.items()
        ]
        columns = BalancedColumns(blocks, nCols=2, innerPadding=NOTE_COLUMN_GAP, needed=60)
        return [CondPageBreak(KEEP_WITH_HEADING), self.heading(title), columns]

    def day_label(self, day: date) -> str:
        """A weekday and a day: "Sat, Nov 28"."""
        labels = self.labels
        return f"{labels.format_weekday(day.weekday())}, {labels.format_day(day)}"

    def note_time(self, note: NoteLine) -> str:
        """A note's time of day, in the user's format."""
        return self.labels.format_time(note.at.time())

    def note_day(
        self, shown_day: str, notes: list[NoteLine], width: float, widths: Sequence[float]
    ) -> Flowable:
        """One day's notes: the day, then each note's time and text in line with the others."""
        labels, s = self.labels, self.styles
        team_only = self.data.request.team_notes_only
        day_width = min(widths[0], width * 0.3)
        time_width = min(widths[1], width * 0.25)
        rows: list[list[Paragraph]] = []
        for note in sorted(notes, key=lambda item: item.at):
            text = markup(note.text)
            if note.for_team and not team_only:
                tag = markup(labels.for_team.replace(" ", "\u00a0"), bold=True)
                text += f' <font color="{hex_color(ACCENT)}" size="7">\u2002{tag}</font>'
            day = self.p(shown_day, s.note_day, bold=True) if not rows else ""
            rows.append(
                [
                    day,
                    Paragraph(muted(markup(self.note_time(note))), s.note),
                    Paragraph(text, s.note),
                ]
            )
        col_widths = [day_width, time_width, width - day_width - time_width]
        # A day's notes stay together, unless they are too long to: then they flow on.
        tall = Table(rows, colWidths=col_widths).wrap(width, 10000)[1] > SPLIT_DAY_HEIGHT
        table = (Table if tall else WholeTable)(rows, colWidths=col_widths, splitInRow=int(tall))
        table.setStyle(
            table_style(
                [
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                    ("TOPPADDING", (0, 0), (-1, 0), 1.5),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table
