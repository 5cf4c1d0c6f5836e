"""The medicine list's scheduled-dose columns: given on time, given late, skipped (or refused)
and not logged in the period, and a line with the reasons given for the skipped ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.adherence_data import NO_REASON, DoseCounts
from caregiver_app.services.visit_summary.sections.kit import SectionKit
from caregiver_app.services.wording import QT_TRANSLATE_NOOP
from caregiver_app.store.diary.medicines import MedicineRecord

REASON_LABELS = {
    "asleep": QT_TRANSLATE_NOOP("VisitSummary", "asleep"),
    "vomited": QT_TRANSLATE_NOOP("VisitSummary", "vomited"),
    "refused": QT_TRANSLATE_NOOP("VisitSummary", "refused"),
    "not_needed": QT_TRANSLATE_NOOP("VisitSummary", "not needed"),
    "other": QT_TRANSLATE_NOOP("VisitSummary", "another reason"),
    NO_REASON: QT_TRANSLATE_NOOP("VisitSummary", "no reason given"),
}


def count_titles() -> list[str]:
    """The four columns' headings."""
    return [
        QCoreApplication.translate("VisitSummary", "On time"),
        QCoreApplication.translate("VisitSummary", "Late"),
        QCoreApplication.translate("VisitSummary", "Skipped"),
        QCoreApplication.translate("VisitSummary", "Not logged"),
    ]


def dose_and_route() -> str:
    """The heading of the column with the strength and how it is taken."""
    return QCoreApplication.translate("VisitSummary", "Dose, how taken")


class DoseCountsPart(SectionKit):
    """The four counts of a medicine's scheduled doses, and the reasons line."""

    def count_cells(self, medicine: MedicineRecord) -> list[Paragraph]:
        """On time, late, skipped, not logged; a dash where the medicine has no schedule."""
        adherence = self.data.adherence
        counts = adherence.counts.get(medicine.id) if adherence and medicine.id else None
        if counts is None:
            return [Paragraph(muted("\u2013"), self.styles.cell_centre) for _n in range(4)]
        values = (counts.on_time, counts.late, counts.skipped, counts.not_logged)
        return [
            Paragraph(markup(str(value), bold=bool(value) and index > 0), self.styles.cell_centre)
            for index, value in enumerate(values)
        ]

    def reasons_text(self, counts: DoseCounts) -> str:
        """ "asleep 2, vomited 1": the reasons for a medicine's skipped doses."""
        return self.labels.items(
            f"{QCoreApplication.translate('VisitSummary', REASON_LABELS[reason])} {count}"
            for reason, count in counts.reasons
        )

    def reasons_line(self) -> list[Flowable]:
        """One small line: why doses were skipped or refused, medicine by medicine."""
        adherence = self.data.adherence
        if adherence is None:
            return []
        parts = [
            f"{adherence.names[medicine_id]}: {self.reasons_text(counts)}"
            for medicine_id, counts in adherence.counts.items()
            if counts.reasons
        ]
        sentences = []
        if adherence.counted_from is not None:
            sentences.append(
                QCoreApplication.translate(
                    "VisitSummary",
                    "Scheduled doses counted from {day}, when the family began the medicine log.",
                ).format(day=self.labels.format_day(adherence.counted_from))
            )
        if parts:
            sentences.append(
                QCoreApplication.translate(
                    "VisitSummary", "Scheduled doses in the period. Skipped or refused: {list}"
                ).format(list=self.labels.groups(parts))
            )
        if not sentences:
            return []
        return [Paragraph(muted(markup(" ".join(sentences)), 7.5), self.styles.small)]
