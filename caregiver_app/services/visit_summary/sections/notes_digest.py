"""The digest's diary notes: those marked for the team and those of days with a severe score,
newest first, as many as fit in the room the page has left (never more than a page)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import CondPageBreak, Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.listed_lines import NoteLine
from caregiver_app.services.visit_summary.sections.fitted import Block, FittedBlocks
from caregiver_app.services.visit_summary.sections.kit import KEEP_WITH_HEADING
from caregiver_app.services.visit_summary.sections.notes import NotesPart


class NotesDigestPart(NotesPart):
    """The digest's diary notes section."""

    def more_notes(self, count: int) -> Paragraph | None:
        """The line under the notes: how many are not shown, and how to print them all."""
        if count <= 0:
            return None
        text = VisitSummary.tr(
            "%n more of these notes did not fit here; add the appendix of all diary notes "
            "to print every one.",
            None,
            count,
        )
        return Paragraph(muted(markup(text), 8), self.styles.small)

    def note_block(
        self, shown_day: str, note: NoteLine, widths: tuple[float, float], last: bool
    ) -> Flowable:
        """One note, as a row in line with the others (made only if the page shows it)."""
        return self.note_table([self.note_row(shown_day, note)], self.width, widths, last=last)

    def notes_digest(self, reserve: float) -> list[Flowable]:
        """The notes marked for the team or written on a day with a severe score, newest
        first, in the room left on the page above ``reserve`` points."""
        labels = self.labels
        notes = self.data.notes or ()
        team_only = self.data.request.team_notes_only
        title = (
            labels.notes_team_title
            if team_only
            else QCoreApplication.translate(
                "VisitSummary", "Diary notes for the team and from days with a severe score"
            )
        )
        # How many notes the period has, of which these are the ones for the team; "0 notes"
        # is not how anyone says there were none.
        count = self.data.notes_in_period
        aside = (
            VisitSummary.tr("%n notes written in this period", None, count)
            if count
            else QCoreApplication.translate("VisitSummary", "No notes written in this period")
        )
        if not notes:
            empty = (
                labels.notes_team_none
                if team_only
                else QCoreApplication.translate(
                    "VisitSummary",
                    "No note was marked for the team or written on a day with a severe score.",
                )
            )
            return self.headed(title, [self.none_line(empty)], aside=aside)
        days, day_labels, widths = self.by_day(notes)
        blocks: list[Block] = []
        for day, day_notes in days.items():  # newest first, the notes of a day too
            for index, note in enumerate(day_notes):
                shown_day = day_labels[day] if index == 0 else ""
                last = index == len(day_notes) - 1
                make = partial(self.note_block, shown_day, note, widths, last)
                blocks.append((1, make))
        fitted = FittedBlocks(blocks, self.more_notes, reserve)
        return [CondPageBreak(KEEP_WITH_HEADING + reserve), self.heading(title, aside), fitted]
