"""The appendices the family can add after the digest: every diary note of the period, and
every breakthrough dose (the week-by-week grid, then one line a dose)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from caregiver_app.services.pdf.bidi import has_rtl
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.text import SANS, glyphs, markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.sections.doses import DosesPart
from caregiver_app.services.visit_summary.sections.notes import NotesPart
from caregiver_app.store.diary.doses import DoseRecord

# Columns of the dose list, as shares of the text width.
DOSE_COLUMNS = (0.17, 0.28, 0.2, 0.18, 0.17)


def appendix_title(name: str) -> str:
    """The heading of an appendix, named as the dialog's box is."""
    if name == "notes":
        return QCoreApplication.translate("VisitSummary", "Appendix: all diary notes")
    return QCoreApplication.translate("VisitSummary", "Appendix: every breakthrough dose")


class AppendixPart(NotesPart, DosesPart):
    """The appendices, each starting on a page of its own; one with nothing in it is its
    heading and a line saying so, where the pages before end (a page of its own would
    be a sheet empty but for them)."""

    def cell(self, text: str, share: float) -> str | Paragraph:
        """A plain cell (no paragraph to lay out) when the text fits on one line in CareSans,
        else a paragraph that wraps and switches font where it must."""
        text = " ".join(text.split())
        sans = glyphs(SANS)
        room = self.width * share - 10
        # Hebrew or Arabic goes to a paragraph, which draws it in reading order.
        if (
            not has_rtl(text)
            and all(ord(char) in sans for char in text)
            and (stringWidth(text, SANS, self.styles.row.fontSize) <= room)
        ):
            return text
        return Paragraph(markup(text), self.styles.row)

    def notes_appendix(self) -> list[Flowable]:
        """Every diary note of the period, newest day first."""
        title = appendix_title("notes")
        notes = self.data.all_notes or ()
        story = self.notes(notes, title, self.labels.notes_none)
        return [PageBreak(), *story] if notes else story

    def dose_rows(self, doses: Sequence[DoseRecord]) -> list[list[object]]:
        """One row a dose: when, medicine and dose, why, for which symptom, scores around it."""
        labels = self.labels
        heading = [
            QCoreApplication.translate("VisitSummary", "Given"),
            QCoreApplication.translate("VisitSummary", "Medicine and dose"),
            QCoreApplication.translate("VisitSummary", "Reason"),
            QCoreApplication.translate("VisitSummary", "For"),
            QCoreApplication.translate("VisitSummary", "Score before \u2192 after"),
        ]
        rows: list[list[object]] = [[self.p(text, self.styles.head) for text in heading]]
        for dose in reversed(doses):  # newest first, as the notes
            at = dose.given_at
            when = f"{labels.format_day(at.date())} {labels.format_time(at.time())}"
            when = labels.at_pass(at, when)  # the night the clocks go back: which 1:15 AM
            before = "\u2013" if dose.score_before is None else str(dose.score_before)
            after = "\u2013" if dose.score_after is None else str(dose.score_after)
            what = f"{dose.medicine_name} {dose.dose}".strip()
            symptom = labels.item_name(dose.symptom) if dose.symptom else ""
            texts = (when, what, dose.reason, symptom, f"{before} \u2192 {after}")
            rows.append(
                [self.cell(text, share) for text, share in zip(texts, DOSE_COLUMNS, strict=True)]
            )
        return rows

    def doses_appendix(self) -> list[Flowable]:
        """The week-by-week grid of doses, then every dose, newest first."""
        title = appendix_title("doses")
        doses = self.data.dose_list or ()
        if not doses or self.data.doses is None:
            return self.headed(title, [self.none_line(self.labels.doses_none)])
        aside = VisitSummary.tr("%n doses", None, len(doses))
        grid = self.dose_grid(self.data.doses)
        grid.hAlign = "LEFT"
        size = self.styles.row.fontSize  # the plain cells, in the paragraphs' size
        table = self.table(
            self.dose_rows(doses), DOSE_COLUMNS, [("FONTSIZE", (0, 1), (-1, -1), size)], pad=1
        )
        note = Paragraph(
            muted(markup(QCoreApplication.translate("VisitSummary", "Newest first."))),
            self.styles.small,
        )
        return [PageBreak(), *self.headed(title, [grid, Spacer(0, 6), note], aside=aside), table]
