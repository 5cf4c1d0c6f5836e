"""The symptom section: the score table, the band legend and the trend charts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from caregiver_app.esas import BANDS, ITEMS_BY_FIELD, band
from caregiver_app.services.diary.trend_chart import BAND_FILL, ChartContent, trend_drawing
from caregiver_app.services.diary.trend_series import TRACKER_PREFIX
from caregiver_app.services.pdf.palette import MUTED
from caregiver_app.services.pdf.pieces import fill, muted
from caregiver_app.services.pdf.styles import FLUSH, table_style
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.request import MAX_CHARTS, OTHER_PREFIX
from caregiver_app.services.visit_summary.sections.kit import (
    CHART_FONT,
    CHART_GAP,
    CHART_HEIGHT,
    SectionKit,
)
from caregiver_app.services.visit_summary.style import band_range
from caregiver_app.services.visit_summary.symptom_data import SymptomRow, SymptomsSection


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
            text += " " + muted(markup(self.labels.band_name(shown_band)), 7.5)
        return Paragraph(text, self.styles.score)

    def change_cell(self, row: SymptomRow) -> Paragraph:
        """The change from the previous period, with that period's average in brackets."""
        labels, s = self.labels, self.styles
        if row.count == 0:
            return Paragraph(muted(markup("\u2013")), s.cell_centre)
        if row.change is None or row.previous_average is None:
            return Paragraph(muted(markup(labels.no_earlier), 8), s.cell_centre)
        before = labels.format_number(row.previous_average)
        text = markup(labels.signed(row.change), bold=True)
        text += " " + muted(markup(f"({before})"), 7.5)
        return Paragraph(text, s.cell_centre)

    def symptom_table(self, section: SymptomsSection) -> Table:
        """The ESAS-r table: latest, average, highest and change, shaded by band."""
        labels, s = self.labels, self.styles
        header = [
            self.p(labels.col_symptom, s.head),
            self.p(labels.col_latest, s.head_centre),
            self.p(labels.col_average, s.head_centre),
            self.p(labels.col_highest, s.head_centre),
            self.p(labels.col_change, s.head_centre),
        ]
        rows: list[list[Paragraph]] = [header]
        commands: list[tuple[object, ...]] = []
        first_extra = None
        for row in section.rows:
            index = len(rows)
            if not row.is_esas and first_extra is None:
                first_extra = index
            if row.count == 0 or row.average is None:
                latest = Paragraph(muted(markup(labels.not_rated), 8), s.cell_centre)
                average = highest = self.score_cell(None, False)
            else:
                latest = self.score_cell(row.latest, True)
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
        return self.table(rows, [0.4, 0.16, 0.13, 0.13, 0.18], commands, pad=0.3)

    def band_legend(self, section: SymptomsSection) -> list[Flowable]:
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
        for name in BANDS:
            text = markup(labels.band_name(name), bold=True) + "<br/>" + markup(band_range(name))
            cells.append(Paragraph(f'<font size="6.5">{text}</font>', s.legend))
        legend = Table([cells], colWidths=[self.width * 0.68] + [self.width * 0.08] * 4)
        commands: list[tuple[object, ...]] = [
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for column, name in enumerate(BANDS, start=1):
            commands.append(("BACKGROUND", (column, 0), (column, 0), BAND_FILL[name]))
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
        who = ", ".join(
            f"{labels.completed_by(kind)} ({count})" for kind, count in section.completed_by
        )
        intro = fill(labels.symptoms_intro, count=str(section.entry_count), who=who)
        story = self.headed(
            labels.symptoms_title,
            [self.symptom_table(section), *self.band_legend(section)],
            aside=intro,
        )
        if section.charts:
            story += [Spacer(0, 2), *self.charts(section)]
        return story + (vitals or [])

    def chart_row(self, section: SymptomsSection, height: float) -> Table:
        """The charts side by side, ``height`` tall: the drawing the window shows, for paper."""
        start, end = section.span or self.data.request.bounds()
        room = (self.width - CHART_GAP * (MAX_CHARTS - 1)) / MAX_CHARTS
        drawings: list[object] = [
            trend_drawing(
                ChartContent(
                    list(chart.points),
                    list(chart.doses),
                    start,
                    end,
                    self.labels.item_name(chart.key),
                    self.wording.trend,
                ),
                room,
                height,
                font_size=CHART_FONT,
                fit_text=False,
            )
            for chart in section.charts
        ]
        drawings += [""] * (MAX_CHARTS - len(section.charts))
        widths = [room + CHART_GAP] * (MAX_CHARTS - 1) + [room]
        table = Table([drawings], colWidths=widths)
        commands: list[tuple[object, ...]] = [
            *FLUSH,
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-2, -1), CHART_GAP),
        ]
        table.setStyle(table_style(commands))
        return table

    def charts(self, section: SymptomsSection) -> list[Flowable]:
        """The caption, then the charts in one row (drawn once, at the height the page has)."""
        caption = Paragraph(muted(markup(self.labels.charts_intro), 6.5), self.styles.legend)
        slot = ChartSlot(lambda height: self.chart_row(section, height), caption)
        return [KeepTogether([caption, slot])]


class ChartSlot(Flowable):
    """Where the row of trend charts goes; the charts are drawn once, ``CHART_HEIGHT`` tall
    unless the page asks for them shorter first (:meth:`make`)."""

    def __init__(self, build: Callable[[float], Table], caption: Flowable) -> None:
        super().__init__()
        self.build = build
        self.caption = caption
        self.row: Table | None = None
        self.width = self.height = 0.0

    def make(self, height: float) -> None:
        """Draw the charts ``height`` tall (only if not drawn yet)."""
        if self.row is None:
            self.row = self.build(height)

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """The row's size, drawing it at the full height if the page did not ask first."""
        self.make(CHART_HEIGHT)
        assert self.row is not None
        self.width, self.height = self.row.wrapOn(self.canv, width, height)
        return self.width, self.height

    def draw(self) -> None:
        """The row of charts."""
        assert self.row is not None
        self.row.drawOn(self.canv, 0, 0)
