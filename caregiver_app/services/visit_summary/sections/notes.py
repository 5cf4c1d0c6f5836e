"""The diary notes section, day by day, in balanced columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import BalancedColumns, CondPageBreak, Flowable, Table

from caregiver_app.services.pdf.palette import ACCENT, RULE
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import hex_color, muted
from caregiver_app.services.pdf.styles import table_style
from caregiver_app.services.pdf.text import SANS, SANS_BOLD, markup, text_pieces
from caregiver_app.services.visit_summary.listed_lines import NoteLine
from caregiver_app.services.visit_summary.sections.kit import (
    KEEP_WITH_HEADING,
    NOTE_COLUMN_GAP,
    SPLIT_DAY_HEIGHT,
    SectionKit,
)
from caregiver_app.services.visit_summary.style import text_width

ROWS_PER_TABLE = 8  # a day's rows in one table; a day of more is several tables


class NotesPart(SectionKit):
    """The diary notes section, day by day, in balanced columns."""

    def notes(self, notes: Sequence[NoteLine], title: str, empty: str) -> list[Flowable]:
        """A block a day, newest day first, in two balanced columns; each note after its time."""
        if not notes:
            return self.headed(title, [self.none_line(empty)])
        days, day_labels, widths = self.by_day(notes)
        if len(notes) <= 6:  # a few notes read best across the page
            blocks = [
                table
                for day, day_notes in days.items()
                for table in self.note_day(day_labels[day], day_notes, self.width, widths)
            ]
            return self.headed(title, blocks)
        column = (self.width - NOTE_COLUMN_GAP) / 2
        blocks = [
            table
            for day, day_notes in days.items()
            for table in self.note_day(day_labels[day], day_notes, column, widths)
        ]
        columns = BalancedColumns(blocks, nCols=2, innerPadding=NOTE_COLUMN_GAP, needed=60)
        return [CondPageBreak(KEEP_WITH_HEADING), self.heading(title), columns]

    def by_day(
        self, notes: Sequence[NoteLine]
    ) -> tuple[dict[date, list[NoteLine]], dict[date, str], tuple[float, float]]:
        """The notes by day, in the order given; each day's label; and the widths of the day
        and time columns, each as wide as its longest text."""
        s = self.styles
        days: dict[date, list[NoteLine]] = {}
        for note in notes:
            days.setdefault(note.at.date(), []).append(note)
        day_labels = {day: self.day_label(day) for day in days}
        # Each time of day measured once: a period's hundreds of notes share a few dozen.
        times = {self.note_time(note) for note in notes}
        widths = (
            6
            + max(text_width(text, SANS_BOLD, s.note_day.fontSize) for text in day_labels.values()),
            6 + max(text_width(text, SANS, s.note.fontSize) for text in times),
        )
        return days, day_labels, widths

    def day_label(self, day: date) -> str:
        """A weekday and a day: "Sat, Nov 28"."""
        labels = self.labels
        return f"{labels.format_weekday(day.weekday())}, {labels.format_day(day)}"

    def note_time(self, note: NoteLine) -> str:
        """A note's time of day, in the user's format."""
        return self.labels.format_time(note.at.time())

    def note_row(self, shown_day: str, note: NoteLine) -> list[object]:
        """One note as a table row: the day (given on a day's first), the time, the text."""
        return self.note_piece_rows(shown_day, note, [note.text])[0]

    def note_piece_rows(
        self, shown_day: str, note: NoteLine, pieces: Sequence[str]
    ) -> list[list[object]]:
        """A note as rows, one a piece of its text (``text_pieces``): the day and time on
        the first, the "for the team" mark after the last."""
        labels, s = self.labels, self.styles
        day = self.p(shown_day, s.note_day, bold=True) if shown_day else ""
        time = Paragraph(muted(markup(self.note_time(note))), s.note)
        rows: list[list[object]] = []
        for index, piece in enumerate(pieces):
            text = markup(piece)
            if index == len(pieces) - 1 and note.for_team and not self.data.request.team_notes_only:
                tag = markup(labels.for_team.replace(" ", "\u00a0"), bold=True)
                text += f' <font color="{hex_color(ACCENT)}" size="7">\u2002{tag}</font>'
            rows.append(
                [day, time, Paragraph(text, s.note)]
                if index == 0
                else ["", "", Paragraph(text, s.note)]
            )
        return rows

    def note_rows(self, shown_day: str, notes: list[NoteLine]) -> list[list[object]]:
        """A day's notes as table rows, oldest first: the day (on the first), time and text.
        A long note is several rows, so that it flows from page to page without being laid
        out again whole for each page."""
        ordered = sorted(notes, key=lambda item: item.at)
        rows: list[list[object]] = []
        for index, note in enumerate(ordered):
            rows += self.note_piece_rows(
                shown_day if index == 0 else "", note, text_pieces(note.text)
            )
        return rows

    def note_table(
        self, rows: list[list[object]], width: float, widths: Sequence[float], last: bool = True
    ) -> DayTable:
        """Rows of notes in the day, time and text columns; a rule under the day's ``last``."""
        day_width = min(widths[0], width * 0.3)
        time_width = min(widths[1], width * 0.25)
        col_widths = [day_width, time_width, width - day_width - time_width]
        table = DayTable(rows, colWidths=col_widths, splitInRow=1)
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
        if rows and rows[0][0] != "":
            commands.append(("TOPPADDING", (0, 0), (-1, 0), 1.5))
        if last:
            commands += [
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2),
            ]
        table.setStyle(table_style(commands))
        return table

    def note_day(
        self, shown_day: str, notes: list[NoteLine], width: float, widths: Sequence[float]
    ) -> list[Flowable]:
        """One day's notes: the day, then each note's time and text in line with the others.

        A day of many rows (a long note is several) is several tables of at most
        ``ROWS_PER_TABLE`` rows, the rule under the last: columns copy the table they
        split for each page, which for one table of a whole long note took minutes.
        """
        rows = self.note_rows(shown_day, notes)
        starts = range(0, len(rows), ROWS_PER_TABLE)
        return [
            self.note_table(
                rows[start : start + ROWS_PER_TABLE],
                width,
                widths,
                last=start + ROWS_PER_TABLE >= len(rows),
            )
            for start in starts
        ]


class DayTable(Table):
    """A day's notes: kept together, unless taller than ``SPLIT_DAY_HEIGHT``; then they flow
    on (decided from the layout already made, not from a second one)."""

    def split(self, width: float, height: float) -> list[Flowable]:
        """Whole, or split like any table when the day is too tall to move on whole."""
        if getattr(self, "_height", 0) <= SPLIT_DAY_HEIGHT:
            return []
        return super().split(width, height)
