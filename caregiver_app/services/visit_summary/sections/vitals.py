"""The vital-signs table: per vital, the latest reading, the lowest, the highest and how many
were over the threshold in force. One compact table, printed only when any were recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import Flowable, KeepTogether, Spacer

from caregiver_app.services.diary.trend_series import TrendPoint
from caregiver_app.services.diary.trend_vitals import WHOLE_NUMBER, unit_of, vital_name
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.sections.kit import SectionKit
from caregiver_app.services.visit_summary.vital_data import VitalRow, VitalsSection


class VitalsPart(SectionKit):
    """The vital-signs table under the symptoms."""

    def reading(self, field: str, value: float, us_units: bool) -> str:
        """A reading in the unit shown, numbers in the summary's language."""
        number = str(round(value)) if field in WHOLE_NUMBER else self.labels.format_number(value)
        return f"{number}\u00a0{unit_of(field, us_units)}"

    def reading_cell(self, row: VitalRow, point: TrendPoint, us_units: bool) -> Paragraph:
        """A reading in bold, with the day it was recorded in small grey type."""
        text = markup(self.reading(row.field, point.score, us_units), bold=True)
        text += " " + muted(markup(self.wording.trend.format_day(point.at.date())), 7.5)
        return Paragraph(text, self.styles.cell_centre)

    def over_cell(self, row: VitalRow, us_units: bool) -> Paragraph:
        """How many readings were over the threshold, and the threshold; a dash where none."""
        if row.over is None or row.threshold is None:
            return Paragraph(muted(markup("\u2013")), self.styles.cell_centre)
        limit = self.reading(row.field, row.threshold, us_units)
        if row.field == "temperature_c":
            rule = QCoreApplication.translate("VisitSummary", "{limit} or more").format(limit=limit)
        else:
            rule = QCoreApplication.translate("VisitSummary", "under {limit}").format(limit=limit)
        text = markup(f"{row.over}/{row.readings}", bold=True) + " " + muted(markup(rule), 7.5)
        return Paragraph(text, self.styles.cell_centre)

    def vitals(self, section: VitalsSection) -> list[Flowable]:
        """The vital-signs table, kept small: its title is its first heading cell, and each
        vital one line (under the symptoms, where the team reads how the person is)."""
        s, us = self.styles, section.us_units
        title = markup(QCoreApplication.translate("VisitSummary", "Vital signs"), bold=True)
        title += " " + muted(markup(QCoreApplication.translate("VisitSummary", "(readings)")), 7.5)
        header = [
            Paragraph(title, s.cell),
            self.p(QCoreApplication.translate("VisitSummary", "Latest"), s.head_centre),
            self.p(QCoreApplication.translate("VisitSummary", "Lowest"), s.head_centre),
            self.p(QCoreApplication.translate("VisitSummary", "Highest"), s.head_centre),
            self.p(QCoreApplication.translate("VisitSummary", "Over threshold"), s.head_centre),
        ]
        rows: list[list[Paragraph]] = [header]
        for row in section.rows:
            name = markup(vital_name(row.field)) + " " + muted(markup(f"({row.readings})"), 7.5)
            rows.append(
                [
                    Paragraph(name, s.cell),
                    self.reading_cell(row, row.latest, us),
                    self.reading_cell(row, row.lowest, us),
                    self.reading_cell(row, row.highest, us),
                    self.over_cell(row, us),
                ]
            )
        commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        table = self.table(rows, [0.24, 0.19, 0.19, 0.19, 0.19], commands, pad=0.4)
        return [Spacer(0, 4), KeepTogether([table])]
