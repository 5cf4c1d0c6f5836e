"""The symptom section: the score table, the band legend and the trend charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Spacer, Table

from caregiver_app.esas import BANDS, ITEMS_BY_FIELD, band
from caregiver_app.services.diary.trend_chart import BAND_FILL, ChartContent, trend_drawing
from caregiver_app.services.diary.trend_series import TRACKER_PREFIX
from caregiver_app.services.pdf.palette import MUTED
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill, muted
from caregiver_app.services.pdf.styles import table_style
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.request import OTHER_PREFIX
from caregiver_app.services.visit_summary.sections.kit import CHART_FONT, CHART_GAP, SectionKit
from caregiver_app.services.visit_summary.sections.trend_column import TABLE_SHARE, TableAndCharts
from caregiver_app.services.visit_summary.style import band_range
from caregiver_app.services.visit_summary.symptom_data import SymptomRow, SymptomsSection

# Each problem and tracker of the family's own is a row: the table may outgrow a page.
_TALL = {"may_be_taller_than_a_page": True}


class SymptomsPart(SectionKit):
    """The symptom section: the score table, the band legend and the trend charts."""

    def symptom_name(self, row: SymptomRow) -> str:
        """A row's name as markup: the ESAS-r item with its explanation, or the family's own."""
        labels = self.labels
        if row.key.startswith(OTHER_PREFIX):
            return markup(fill(labels.other_problem, name=row.name))
        if row.key.startswith(TRACKER_PREFIX):
            return markup(fill(labels.own_tracker, name=row.name))
        text = markup(labels.item_name(row.key), bold=True)
        item = ITEMS_BY_FIELD[row.key]
        if item.explanation:
            explanation = QCoreApplication.translate("Esas", item.explanation)
            text += " " + muted(markup(explanation), 8)
        return text

    def score_cell(self, score: int | None, with_band: bool) -> Paragraph:
        """A score, with its band's name if asked; a dash when not rated."""
        if score is None:
            return Paragraph(muted(markup("\u2013")), self.styles.cell_centre)
        text = markup(str(score), bold=True)
        shown_band = band(score)
        if with_band and shown_band is not None:
            text += " " + muted(markup(self.wording.trend.band_name(shown_band)), 7.5)
        return Paragraph(text, self.styles.score)

    def change_cell(self, row: SymptomRow) -> Paragraph:
        """The change from the previous period, with that period's average in brackets."""
        labels, s = self.labels, self.styles
        if row.scores == 0:
            return Paragraph(muted(markup("\u2013")), s.cell_centre)
        if row.change is None or row.previous_average is None:
            return Paragraph(muted(markup(labels.no_earlier), 8), s.cell_centre)
        before = labels.format_number(row.previous_average)
        text = markup(labels.signed(row.change), bold=True)
        text += " " + muted(markup(f"({before})"), 7.5)
        return Paragraph(text, s.cell_centre)

    def symptom_table(self, section: SymptomsSection, width: float | None = None) -> Table:
        """The ESAS-r table, ``width`` wide: latest, average, highest, change, shaded by band."""
        labels, s = self.labels, self.styles
        numbers = (labels.col_latest, labels.col_average, labels.col_highest, labels.col_change)
        # Beside the charts the number columns are narrow: their headings smaller.
        size = "8" if width is None else "7"
        header = [self.p(labels.col_symptom, s.head)] + [
            Paragraph(f'<font size="{size}">{markup(text, bold=True)}</font>', s.head_centre)
            for text in numbers
        ]
        rows: list[list[Paragraph]] = [header]
        commands: list[tuple[object, ...]] = []
        first_extra = None
        for row in section.rows:
            index = len(rows)
            if not row.is_esas and first_extra is None:
                first_extra = index
            if row.scores == 0 or row.average is None:
                latest = Paragraph(muted(markup(labels.not_rated), 8), s.cell_centre)
                average = highest = self.score_cell(None, False)
            else:
                # Beside the charts the band shows by its shading only (the legend names it).
                latest = self.score_cell(row.latest, width is None)
                shown_average = labels.format_number(row.average)
                average = Paragraph(markup(shown_average, bold=True), s.score)
                highest = self.score_cell(row.highest, False)
                # Selby 2010 bands shade each score; the average by its rounded value.
                for column, score in ((1, row.latest), (2, round(row.average)), (3, row.highest)):
                    if (shade := band(score)) is not None:
                        commands.append(
                            ("BACKGROUND", (column, index), (column, index), BAND_FILL[shade])
                        )
            rows.append(
                [
                    Paragraph(self.symptom_name(row), s.table_name),
                    latest,
                    average,
                    highest,
                    self.change_cell(row),
                ]
            )
        if first_extra is not None:
            commands.append(("LINEABOVE", (0, first_extra), (-1, first_extra), 0.9, MUTED))
        commands += [
            ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 1), (-1, -1), 0.2),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 0.6),
        ]
        shares = [0.4, 0.16, 0.13, 0.13, 0.18]
        if width is not None:  # beside the charts: narrow number columns, snug
            shares = [0.44, 0.11, 0.14, 0.12, 0.19]
            commands += [
                ("LEFTPADDING", (1, 0), (-1, -1), 1),
                ("RIGHTPADDING", (1, 0), (-1, -1), 1),
            ]
        return self.table(rows, shares, commands, pad=0.3, width=width)

    def band_legend(self, section: SymptomsSection, width: float | None = None) -> list[Flowable]:
        """One small line: the key to the band shading, and what the change column compares."""
        labels, s = self.labels, self.styles
        start, end = section.previous
        change = fill(
            labels.symptoms_previous,
            start=labels.format_date(start),
            end=labels.format_date(end),
        )
        caption = f"{labels.bands_legend}. {labels.higher_is_worse} {change}"
        cells: list[object] = [Paragraph(muted(markup(caption), 6.5), s.small)]
        band_name = self.wording.trend.band_name
        for name in BANDS:
            text = markup(band_name(name), bold=True) + "<br/>" + markup(band_range(name))
            cells.append(Paragraph(f'<font size="6.5">{text}</font>', s.legend))
        if width is None:  # across the page: the caption, then the four bands
            legend = Table([cells], colWidths=[self.width * 0.68] + [self.width * 0.08] * 4)
            first_band = (1, 0)
        else:  # beside the charts: the four bands under the caption
            legend = Table([[cells[0], "", "", ""], cells[1:]], colWidths=[width / 4] * 4)
            first_band = (0, 1)
        commands: list[tuple[object, ...]] = [
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        if width is not None:
            commands.append(("SPAN", (0, 0), (-1, 0)))
        column, row = first_band
        for offset, name in enumerate(BANDS):
            cell = (column + offset, row)
            commands.append(("BACKGROUND", cell, cell, BAND_FILL[name]))
        legend.setStyle(table_style(commands))
        return [Spacer(0, 2), legend]

    def symptoms(
        self, section: SymptomsSection, vitals: list[Flowable] | None = None
    ) -> list[Flowable]:
        """The symptom section: who completed the entries, the table, the legend, the charts,
        then the ``vitals`` table when there is one (after the charts, which fill a page)."""
        labels = self.labels
        if section.entry_count == 0:
            none = [self.none_line(labels.symptoms_none)]
            return self.headed(labels.symptoms_title, none) + (vitals or [])
        who = labels.items(
            f"{labels.completed_by(kind)} ({count})" for kind, count in section.completed_by
        )
        intro = fill(labels.symptoms_intro, count=str(section.entry_count), who=who)
        if not any(row.scores for row in section.rows):
            # entries of vital signs or notes only: a table of "not rated" says nothing
            none = [self.none_line(labels.symptoms_none)]
            return self.headed(labels.symptoms_title, none, aside=intro) + (vitals or [])
        if not section.charts:
            body = [self.symptom_table(section), *self.band_legend(section)]
            return self.headed(labels.symptoms_title, body, aside=intro, **_TALL) + (vitals or [])
        left = self.width * TABLE_SHARE
        table = [self.symptom_table(section, left), *self.band_legend(section, left)]
        caption = Paragraph(muted(markup(self.labels.charts_intro), 6.5), self.styles.legend)
        both = TableAndCharts(
            table,
            left,
            lambda height, count: self.chart_column(section, height, count),
            caption,
            len(section.charts),
        )
        return self.headed(labels.symptoms_title, [both], aside=intro, **_TALL) + (vitals or [])

    def chart_column(self, section: SymptomsSection, height: float, count: int) -> list[Drawing]:
        """The first ``count`` charts, each ``height`` tall, as wide as the column beside."""
        start, end = section.span or self.data.request.bounds()
        width = self.width * (1 - TABLE_SHARE) - CHART_GAP
        return [
            trend_drawing(
                ChartContent(
                    list(chart.points),
                    list(chart.doses),
                    start,
                    end,
                    self.labels.item_name(chart.key),
                    self.wording.trend,
                ),
                width,
                height,
                font_size=CHART_FONT,
                fit_text=False,
            )
            for chart in section.charts[:count]
        ]
