"""The visit summary's sections as ReportLab flowables, one method per section.

Every piece of text, typed or translated, goes through
:func:`caregiver_app.services.pdf_text.markup`. Tables repeat their heading row and
split rows that are taller than a page, so long notes, long names and many medicines
flow onto new pages instead of overlapping anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from caregiver_app.esas import BAND_LOWEST, BANDS, ITEMS_BY_FIELD, band
from caregiver_app.services.pdf_pieces import (
    ACCENT,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    fill,
    hex_color,
    paragraph_style,
    table_style,
)
from caregiver_app.services.pdf_text import SANS_BOLD, markup
from caregiver_app.services.trend_chart import BAND_FILL, TRACKER_PREFIX, TrendLabels, trend_drawing
from caregiver_app.services.visit_summary_data import (
    OTHER_PREFIX,
    DosesSection,
    MedicinesSection,
    SymptomRow,
    SymptomsSection,
    VisitSummaryData,
)
from caregiver_app.services.visit_summary_labels import SummaryLabels
from caregiver_app.services.who_to_call import WhoToCallLabels, key_contact_flowables

CHART_HEIGHT = 158
CHART_GAP = 10
PLAN_HEIGHT = 150


@dataclass(frozen=True)
class SummaryWording:
    """Everything worded for the reader: the summary's, the chart's and the sheet's labels."""

    labels: SummaryLabels
    trend: TrendLabels
    sheet: WhoToCallLabels
    role_label: Callable[[str], str] = lambda role: role
    phone_display: Callable[[str], str] = lambda number: number

    @classmethod
    def english(cls) -> SummaryWording:
        """English throughout, roles and numbers as stored."""
        return cls(SummaryLabels.english(), TrendLabels.english(), WhoToCallLabels.english())


class Styles:
    """The summary's paragraph styles, all in the shipped fonts."""

    def __init__(self) -> None:
        s = paragraph_style
        self.title = s("title", fontName=SANS_BOLD, fontSize=9.5, leading=12, textColor=ACCENT)
        self.name = s("name", fontName=SANS_BOLD, fontSize=15, leading=18.5)
        self.born = s("born", fontSize=9.5, leading=12.5, textColor=MUTED)
        self.period = s(
            "period", fontName=SANS_BOLD, fontSize=9.5, leading=12.5, alignment=TA_RIGHT
        )
        self.prepared = s("prepared", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_RIGHT)
        self.about = s("about", fontSize=9, leading=12, textColor=MUTED, spaceAfter=2)
        self.section = s(
            "section",
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        )
        self.sub = s(
            "sub", fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3
        )
        self.body = s("body", fontSize=9.5, leading=12.5, spaceAfter=2)
        self.small = s("small", fontSize=8, leading=10.5, textColor=MUTED)
        self.concern = s("concern", fontSize=11, leading=14.5, leftIndent=16, bulletIndent=0)
        self.head = s("head", fontName=SANS_BOLD, fontSize=8, leading=10.5, textColor=MUTED)
        self.head_centre = s(
            "head_centre", fontName=SANS_BOLD, fontSize=8, leading=10.5, textColor=MUTED,
            alignment=TA_CENTER,
        )  # fmt: skip
        self.cell = s("cell", fontSize=9, leading=11.5)
        self.cell_centre = s("cell_centre", fontSize=9, leading=11.5, alignment=TA_CENTER)
        self.score = s("score", fontName=SANS_BOLD, fontSize=10, leading=12.5, alignment=TA_CENTER)
        self.footer = s("footer", fontSize=7.5, leading=9.5, textColor=MUTED)
        self.page = s("page", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_RIGHT)


def muted(text: str, size: float | None = None) -> str:
    """Markup (already escaped) shown small and grey."""
    size_attribute = f' size="{size}"' if size else ""
    return f'<font color="{hex_color(MUTED)}"{size_attribute}>{text}</font>'


def grid(commands: Iterable = (), pad: float = 3) -> list:
    """The summary's table look: a tinted heading row, light rules between rows."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        *commands,
    ]


def _band_range(name: str) -> str:
    lows = [BAND_LOWEST[b] for b in BANDS]
    index = BANDS.index(name)
    high = lows[index + 1] - 1 if index + 1 < len(lows) else 10
    low = lows[index]
    return str(low) if low == high else f"{low}\u2013{high}"


class SummarySections:
    """Builds the story: the optional sections in the order the team reads them."""

    def __init__(self, data: VisitSummaryData, wording: SummaryWording, width: float) -> None:
        self.data = data
        self.wording = wording
        self.labels = wording.labels
        self.width = width
        self.styles = Styles()

    # ------------------------------------------------------------ helpers

    def p(self, text: str, style, bold: bool = False) -> Paragraph:
        """A paragraph of plain ``text`` (escaped here)."""
        return Paragraph(markup(text, bold=bold), style)

    def heading(self, text: str) -> Paragraph:
        return self.p(text, self.styles.section)

    def none_line(self, text: str) -> Paragraph:
        return Paragraph(muted(markup(text)), self.styles.body)

    def table(self, rows, widths, commands=(), pad: float = 3, repeat: int = 1) -> Table:
        table = Table(
            rows,
            colWidths=[self.width * share for share in widths],
            repeatRows=repeat,
            splitInRow=1,  # a row taller than a page splits rather than fail
        )
        table.setStyle(table_style(grid(commands, pad)))
        return table

    def headed(self, title: str, body: list[Flowable], keep: bool = True) -> list[Flowable]:
        """A section: its heading kept with the first lines that follow it."""
        heading = self.heading(title)
        if keep:
            return [KeepTogether([heading, *body])]
        return [CondPageBreak(90), heading, *body]

    # ------------------------------------------------------------ story

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*self.about()]
        data = self.data
        if data.concerns:
            story += self.concerns()
        if data.symptoms is not None:
            story += self.symptoms(data.symptoms)
        if data.doses is not None:
            story += self.doses(data.doses)
        if data.medicines is not None:
            story += self.medicines(data.medicines)
        if data.notes is not None:
            story += self.notes()
        if data.appointments is not None:
            story += self.appointments()
        if data.questions is not None:
            story += self.questions()
        if data.contacts is not None:
            story += self.contacts()
        story += self.plan()
        return story

    def about(self) -> list[Flowable]:
        labels, parts = self.labels, []
        if self.data.diagnosis:
            parts.append(markup(fill(labels.diagnosis, text=self.data.diagnosis)))
        if self.data.allergies:
            parts.append(markup(fill(labels.allergies, text=self.data.allergies)))
        if not parts:
            return []
        return [Paragraph("<br/>".join(parts), self.styles.about)]

    def concerns(self) -> list[Flowable]:
        s = self.styles
        items = [
            Paragraph(markup(text), s.concern, bulletText=f"{number}.")
            for number, text in enumerate(self.data.concerns, start=1)
        ]
        box = Table([[items]], colWidths=[self.width])
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        return self.headed(self.labels.concerns_title, [box])

    # ------------------------------------------------------------ symptoms

    def symptom_name(self, row: SymptomRow) -> str:
        labels = self.labels
        if row.key.startswith(OTHER_PREFIX):
            return markup(fill(labels.other_problem, name=row.name))
        if row.key.startswith(TRACKER_PREFIX):
            return markup(fill(labels.own_tracker, name=row.name))
        text = markup(labels.item_name(row.key), bold=True)
        item = ITEMS_BY_FIELD[row.key]
        if item.explanation:
            explanation = QCoreApplication.translate("Esas", item.explanation)
            text += "<br/>" + muted(markup(explanation), 8)
        return text

    def score_cell(self, score: int | None, with_band: bool) -> Paragraph:
        if score is None:
            return Paragraph(muted(markup("\u2013")), self.styles.cell_centre)
        text = markup(str(score), bold=True)
        if with_band:
            text += "<br/>" + muted(markup(self.labels.band_name(band(score))), 7.5)
        return Paragraph(text, self.styles.score)

    def change_cell(self, row: SymptomRow) -> Paragraph:
        labels, s = self.labels, self.styles
        if row.count == 0:
            return Paragraph(muted(markup("\u2013")), s.cell_centre)
        if row.change is None:
            return Paragraph(muted(markup(labels.no_earlier), 8), s.cell_centre)
        before = labels.format_number(row.previous_average)
        text = markup(labels.signed(row.change), bold=True)
        text += "<br/>" + muted(markup(f"({before})"), 7.5)
        return Paragraph(text, s.cell_centre)

    def symptom_table(self, section: SymptomsSection) -> Table:
        labels, s = self.labels, self.styles
        header = [
            self.p(labels.col_symptom, s.head),
            self.p(labels.col_latest, s.head_centre),
            self.p(labels.col_average, s.head_centre),
            self.p(labels.col_highest, s.head_centre),
            self.p(labels.col_change, s.head_centre),
        ]
        rows, commands = [header], []
        first_extra = None
        for row in section.rows:
            index = len(rows)
            if not row.is_esas and first_extra is None:
                first_extra = index
            if row.count == 0:
                latest = Paragraph(muted(markup(labels.not_rated), 8), s.cell_centre)
                average = highest = self.score_cell(None, False)
            else:
                latest = self.score_cell(row.latest, True)
                shown_average = labels.format_number(row.average)
                average = Paragraph(markup(shown_average, bold=True), s.score)
                highest = self.score_cell(row.highest, False)
                # Selby 2010 bands shade each score; the average by its rounded value.
                for column, score in ((1, row.latest), (2, round(row.average)), (3, row.highest)):
                    commands.append(
                        ("BACKGROUND", (column, index), (column, index), BAND_FILL[band(score)])
                    )
            rows.append(
                [
                    Paragraph(self.symptom_name(row), s.cell),
                    latest,
                    average,
                    highest,
                    self.change_cell(row),
                ]
            )
        if first_extra is not None:
            commands.append(("LINEABOVE", (0, first_extra), (-1, first_extra), 0.9, MUTED))
        commands += [("VALIGN", (1, 1), (-1, -1), "MIDDLE")]
        return self.table(rows, [0.4, 0.15, 0.15, 0.15, 0.15], commands, pad=2.5)

    def band_legend(self, section: SymptomsSection) -> list[Flowable]:
        labels, s = self.labels, self.styles
        cells = [Paragraph(muted(markup(labels.bands_legend), 7.5), s.small)]
        for name in BANDS:
            text = markup(labels.band_name(name), bold=True) + " " + markup(_band_range(name))
            cells.append(Paragraph(f'<font size="7.5">{text}</font>', s.small))
        legend = Table([cells], colWidths=[self.width * 0.36] + [self.width * 0.16] * 4)
        commands = [
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for column, name in enumerate(BANDS, start=1):
            commands.append(("BACKGROUND", (column, 0), (column, 0), BAND_FILL[name]))
        legend.setStyle(table_style(commands))
        start, end = section.previous
        notes = [
            labels.higher_is_worse,
            fill(
                labels.symptoms_previous,
                start=labels.format_date(start),
                end=labels.format_date(end),
            ),
        ]
        return [
            Spacer(0, 4),
            legend,
            Spacer(0, 3),
            Paragraph(muted(markup(" ".join(notes))), s.small),
        ]

    def symptoms(self, section: SymptomsSection) -> list[Flowable]:
        labels, s = self.labels, self.styles
        if section.entry_count == 0:
            return self.headed(labels.symptoms_title, [self.none_line(labels.symptoms_none)])
        who = ", ".join(
            f"{labels.completed_by(kind)} ({count})" for kind, count in section.completed_by
        )
        intro = self.p(fill(labels.symptoms_intro, count=str(section.entry_count), who=who), s.body)
        story = self.headed(
            labels.symptoms_title, [intro, self.symptom_table(section), *self.band_legend(section)]
        )
        if section.charts:
            story += [Spacer(0, 6), *self.charts(section)]
        return story

    def charts(self, section: SymptomsSection) -> list[Flowable]:
        """Two charts side by side: the same drawing the window shows, sized for paper."""
        request = self.data.request
        start, end = request.bounds()
        half = (self.width - CHART_GAP) / 2
        drawings = [
            trend_drawing(
                list(chart.points),
                list(chart.doses),
                start,
                end,
                self.labels.item_name(chart.key),
                self.wording.trend,
                half,
                CHART_HEIGHT,
            )
            for chart in section.charts
        ]
        rows = [drawings[index : index + 2] for index in range(0, len(drawings), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append("")
        flowables: list[Flowable] = [
            CondPageBreak(CHART_HEIGHT + 40),
            Paragraph(muted(markup(self.labels.charts_intro)), self.styles.small),
        ]
        for pair in rows:
            table = Table([pair], colWidths=[half + CHART_GAP / 2] * 2)
            table.setStyle(
                table_style(
                    [
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                        ("BOX", (0, 0), (0, 0), 0.4, RULE),
                        ("BOX", (1, 0), (1, 0), 0.4, RULE if pair[1] != "" else colors.white),
                    ]
                )
            )
            flowables.append(table)
        return flowables

    # ------------------------------------------------------------ doses

    def dose_grid(self, section: DosesSection) -> Table:
        labels, s = self.labels, self.styles
        first = labels.first_weekday
        order = [(first + offset) % 7 for offset in range(7)]
        header = [self.p(labels.doses_week, s.head)]
        header += [self.p(labels.format_weekday(day), s.head_centre) for day in order]
        header.append(self.p(labels.doses_total_column, s.head_centre))
        counts = dict(section.per_day)
        start_day = section.per_day[0][0]
        week_start = start_day - timedelta(days=(start_day.weekday() - first) % 7)
        last_day = section.per_day[-1][0]
        rows = [header]
        while week_start <= last_day:
            days = [week_start + timedelta(days=offset) for offset in range(7)]
            cells = [self.p(labels.format_day(max(week_start, start_day)), s.cell)]
            total = 0
            for day in days:
                if day in counts:
                    total += counts[day]
                    cells.append(self.p(str(counts[day]), s.cell_centre))
                else:
                    cells.append("")
            cells.append(self.p(str(total), s.score))
            rows.append(cells)
            week_start += timedelta(days=7)
        widths = [0.1] + [0.045] * 7 + [0.06]
        commands = [("BACKGROUND", (-1, 1), (-1, -1), colors.HexColor("#f3f6f8"))]
        return self.table(rows, widths, commands, pad=1.5)

    def doses(self, section: DosesSection) -> list[Flowable]:
        labels, s = self.labels, self.styles
        if section.total == 0:
            return self.headed(labels.doses_title, [self.none_line(labels.doses_none)])
        lines = [
            fill(
                labels.doses_total,
                count=str(section.total),
                days=str(len(section.per_day)),
                average=labels.format_number(section.average_per_day),
                most=str(section.most_in_a_day),
            )
        ]
        lines += [
            fill(labels.doses_given, medicine=name, dose=dose, count=str(count)).replace(" :", ":")
            for name, dose, count in section.by_medicine
        ]
        if section.reasons:
            reasons = ", ".join(f"{reason} ({count})" for reason, count in section.reasons)
            lines.append(fill(labels.doses_reasons, list=reasons))
        for relief in section.relief:
            symptom = (
                labels.item_name(relief.symptom) if relief.symptom else labels.doses_no_symptom
            )
            lines.append(
                fill(
                    labels.doses_relief,
                    symptom=symptom,
                    before=labels.format_number(relief.before),
                    after=labels.format_number(relief.after),
                    count=str(relief.count),
                )
            )
        if section.without_after:
            lines.append(fill(labels.doses_awaiting, count=str(section.without_after)))
        text = [Paragraph(markup(line), s.body) for line in lines]
        grid_table = self.dose_grid(section)
        grid_width = self.width * 0.475
        side = Table(
            [[grid_table, text]],
            colWidths=[grid_width + 12, self.width - grid_width - 12],
            splitInRow=1,
        )
        side.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 12),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        if len(section.per_day) > 120:  # a long period's grid may need to split over pages
            return self.headed(labels.doses_title, [*text, Spacer(0, 4), grid_table], keep=False)
        return self.headed(labels.doses_title, [side])

    # ------------------------------------------------------------ medicines

    def medicines(self, section: MedicinesSection) -> list[Flowable]:
        labels, s = self.labels, self.styles
        story: list[Flowable] = []
        if not section.current:
            story += self.headed(labels.medicines_title, [self.none_line(labels.medicines_none)])
        else:
            header = [
                self.p(text, s.head)
                for text in (
                    labels.col_medicine,
                    labels.col_strength,
                    labels.col_route,
                    labels.col_schedule,
                    labels.col_prescriber,
                )
            ]
            rows = [header]
            for medicine in section.current:
                name = markup(medicine.name, bold=True)
                if medicine.purpose.strip():
                    name += "<br/>" + muted(markup(medicine.purpose.strip()), 8)
                schedule = medicine.schedule.strip()
                if medicine.as_needed:
                    schedule = fill(labels.as_needed, schedule=schedule).rstrip(": ")
                prescriber = section.prescribers.get(medicine.prescriber_id, "")
                rows.append(
                    [
                        Paragraph(name, s.cell),
                        self.p(medicine.strength, s.cell),
                        self.p(medicine.route, s.cell),
                        self.p(schedule, s.cell),
                        self.p(prescriber, s.cell),
                    ]
                )
            table = self.table(rows, [0.3, 0.15, 0.18, 0.19, 0.18])
            caption = self.p(
                fill(labels.medicines_current, date=labels.format_date(section.on)), s.small
            )
            story += self.headed(labels.medicines_title, [caption, Spacer(0, 2), table], keep=False)
        story += self.medicine_changes(section)
        return story

    def medicine_changes(self, section: MedicinesSection) -> list[Flowable]:
        labels, s = self.labels, self.styles
        heading = self.p(labels.changes_title, s.sub)
        if not section.changes:
            return [KeepTogether([heading, self.none_line(labels.changes_none)])]
        kinds = {
            "started": labels.change_started,
            "stopped": labels.change_stopped,
            "changed": labels.change_edited,
        }
        rows = [
            [
                self.p(labels.col_when, s.head),
                self.p("", s.head),
                self.p(labels.col_medicine, s.head),
            ]
        ]
        for change in section.changes:
            medicine = change.medicine
            details = ", ".join(
                part.strip() for part in (medicine.strength, medicine.schedule) if part.strip()
            )
            what = markup(medicine.name, bold=True)
            if details:
                what += " " + muted(markup(details))
            rows.append(
                [
                    self.p(labels.format_date(change.day), s.cell),
                    self.p(kinds[change.kind], s.cell, bold=True),
                    Paragraph(what, s.cell),
                ]
            )
        table = self.table(rows, [0.2, 0.17, 0.63])
        if len(rows) <= 6:
            return [KeepTogether([heading, table])]
        return [CondPageBreak(80), heading, table]

    # ------------------------------------------------------------ notes, visits, questions

    def notes(self) -> list[Flowable]:
        labels, s = self.labels, self.styles
        team_only = self.data.request.team_notes_only
        title = labels.notes_team_title if team_only else labels.notes_title
        if not self.data.notes:
            empty = labels.notes_team_none if team_only else labels.notes_none
            return self.headed(title, [self.none_line(empty)])
        rows = []
        for note in self.data.notes:
            when = markup(labels.when(note.at))
            if note.for_team and not team_only:
                when += "<br/>" + f'<font color="{hex_color(ACCENT)}" size="7.5">'
                when += markup(labels.for_team, bold=True) + "</font>"
            rows.append([Paragraph(when, s.cell), self.p(note.text, s.cell)])
        table = Table(
            rows, colWidths=[self.width * 0.2, self.width * 0.8], splitInRow=1, repeatRows=0
        )
        table.setStyle(
            table_style(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return self.headed(title, [table], keep=len(rows) <= 4)

    def appointments(self) -> list[Flowable]:
        labels, s = self.labels, self.styles
        title = labels.appointments_title
        if not self.data.appointments:
            return self.headed(title, [self.none_line(labels.appointments_none)])
        header = [
            self.p(text, s.head)
            for text in (labels.col_when, labels.col_what, labels.col_kind, labels.col_where)
        ]
        rows = [header]
        for item in self.data.appointments:
            when = (
                labels.format_day(item.starts_at.date())
                if item.all_day
                else labels.when(item.starts_at)
            )
            rows.append(
                [
                    self.p(when, s.cell),
                    self.p(item.title, s.cell, bold=True),
                    self.p(labels.kind_label(item.kind), s.cell),
                    self.p(item.location, s.cell),
                ]
            )
        table = self.table(rows, [0.2, 0.3, 0.2, 0.3])
        return self.headed(title, [table], keep=len(rows) <= 10)

    def questions(self) -> list[Flowable]:
        labels, s = self.labels, self.styles
        title = labels.questions_title
        if not self.data.questions:
            return self.headed(title, [self.none_line(labels.questions_none)])
        items = []
        for number, question in enumerate(self.data.questions, start=1):
            text = markup(question.text)
            if question.ask_of:
                text += " " + muted(markup(fill(labels.ask_of, who=question.ask_of)))
            items.append(Paragraph(text, s.concern, bulletText=f"{number}."))
        first, rest = items[:2], items[2:]
        return [*self.headed(title, first), *rest]

    def contacts(self) -> list[Flowable]:
        heading = self.heading(self.labels.contacts_title)
        pieces = key_contact_flowables(
            list(self.data.contacts or ()),
            self.wording.sheet,
            self.wording.role_label,
            self.wording.phone_display,
            self.width,
            heading_style=self.styles.sub,
        )
        return [CondPageBreak(150), heading, *pieces]

    def plan(self) -> list[Flowable]:
        labels, s = self.labels, self.styles
        lines = 6
        box = Table(
            [[""]] * lines, colWidths=[self.width], rowHeights=[PLAN_HEIGHT / lines] * lines
        )
        box.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1, INK),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ]
            )
        )
        return [
            KeepTogether(
                [
                    self.heading(labels.plan_title),
                    Paragraph(muted(markup(labels.plan_hint)), s.small),
                    Spacer(0, 4),
                    box,
                ]
            )
        ]
