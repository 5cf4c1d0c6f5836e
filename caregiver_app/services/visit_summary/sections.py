"""The visit summary's sections as ReportLab flowables, one method per section.

Every piece of text, typed or translated, goes through
:func:`caregiver_app.services.pdf.text.markup`. Tables repeat their heading row and
split rows that are taller than a page, so long notes, long names and many medicines
flow onto new pages instead of overlapping anything.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.platypus import (
    BalancedColumns,
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from caregiver_app.esas import BANDS, ITEMS_BY_FIELD, band
from caregiver_app.services.diary.trend_chart import BAND_FILL, TRACKER_PREFIX, trend_drawing
from caregiver_app.services.pdf.palette import ACCENT, HEADER_FILL, MUTED, RULE, STRIPE_FILL
from caregiver_app.services.pdf.pieces import fill, hex_color
from caregiver_app.services.pdf.styles import table_style
from caregiver_app.services.pdf.text import SANS, SANS_BOLD, markup
from caregiver_app.services.visit_summary.data import (
    OTHER_PREFIX,
    DosesSection,
    MedicinesSection,
    SymptomRow,
    SymptomsSection,
    VisitSummaryData,
)
from caregiver_app.services.visit_summary.style import (
    PLAN_HEIGHT,
    PlanBox,
    Styles,
    SummaryWording,
    WholeTable,
    band_range,
    grid,
    muted,
    text_width,
)
from caregiver_app.services.who_to_call.sheet import key_contact_flowables

CHART_HEIGHT = 128
CHART_GAP = 10
# Room a heading needs below it for the first lines of its section.
KEEP_WITH_HEADING = 75
SPLIT_DAY_HEIGHT = 140
NOTE_COLUMN_GAP = 16


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

    def heading(self, text: str, aside: str = "") -> Paragraph:
        """A section heading, with an optional remark after it in small grey type."""
        shown = markup(text)
        if aside:
            shown += "\u2003" + f'<font name="{SANS}">{muted(markup(aside), 8.5)}</font>'
        return Paragraph(shown, self.styles.section)

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

    def headed(
        self, title: str, body: list[Flowable], keep: bool = True, aside: str = ""
    ) -> list[Flowable]:
        """A section: its heading kept with the first lines that follow it."""
        heading = self.heading(title, aside)
        if keep:
            return [KeepTogether([heading, *body])]
        return [CondPageBreak(KEEP_WITH_HEADING), heading, *body]

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
            text += " " + muted(markup(explanation), 8)
        return text

    def score_cell(self, score: int | None, with_band: bool) -> Paragraph:
        if score is None:
            return Paragraph(muted(markup("\u2013")), self.styles.cell_centre)
        text = markup(str(score), bold=True)
        if with_band:
            text += " " + muted(markup(self.labels.band_name(band(score))), 7.5)
        return Paragraph(text, self.styles.score)

    def change_cell(self, row: SymptomRow) -> Paragraph:
        labels, s = self.labels, self.styles
        if row.count == 0:
            return Paragraph(muted(markup("\u2013")), s.cell_centre)
        if row.change is None:
            return Paragraph(muted(markup(labels.no_earlier), 8), s.cell_centre)
        before = labels.format_number(row.previous_average)
        text = markup(labels.signed(row.change), bold=True)
        text += " " + muted(markup(f"({before})"), 7.5)
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
        return self.table(rows, [0.4, 0.16, 0.13, 0.13, 0.18], commands, pad=1.5)

    def band_legend(self, section: SymptomsSection) -> list[Flowable]:
        labels, s = self.labels, self.styles
        caption = f"{labels.bands_legend}. {labels.higher_is_worse}"
        cells = [Paragraph(muted(markup(caption), 7.5), s.small)]
        for name in BANDS:
            text = markup(labels.band_name(name), bold=True) + " " + markup(band_range(name))
            cells.append(Paragraph(f'<font size="7.5">{text}</font>', s.small))
        legend = Table([cells], colWidths=[self.width * 0.48] + [self.width * 0.13] * 4)
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
        change = fill(
            labels.symptoms_previous,
            start=labels.format_date(start),
            end=labels.format_date(end),
        )
        return [Spacer(0, 3), legend, Spacer(0, 2), Paragraph(muted(markup(change)), s.small)]

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
        start, end = section.span or self.data.request.bounds()
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
        """Doses on each day, a week a row (weeks start on the locale's first day)."""
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
        widths = [0.104] + [0.042] * 7 + [0.072]
        commands = [
            ("BACKGROUND", (-1, 1), (-1, -1), STRIPE_FILL),
            ("LEFTPADDING", (1, 0), (-1, -1), 1),
            ("RIGHTPADDING", (1, 0), (-1, -1), 1),
        ]
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
            fill(labels.doses_given, medicine=name, dose=dose, count=str(count)).strip()
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
        text = [Paragraph(markup(line), s.dose_line) for line in lines]
        grid_table = self.dose_grid(section)
        grid_width = self.width * 0.47
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
                    name += "<br/>" + muted(markup(medicine.purpose.strip()), 7.5)
                schedule = medicine.schedule.strip()
                if medicine.as_needed:
                    schedule = fill(labels.as_needed, schedule=schedule).rstrip(": ")
                prescriber = section.prescribers.get(medicine.prescriber_id, "")
                rows.append(
                    [
                        Paragraph(name, s.row),
                        self.p(medicine.strength, s.row),
                        self.p(medicine.route, s.row),
                        self.p(schedule, s.row),
                        self.p(prescriber, s.row),
                    ]
                )
            table = self.table(rows, [0.34, 0.11, 0.15, 0.23, 0.17], pad=2)
            caption = fill(labels.medicines_current, date=labels.format_date(section.on))
            story += self.headed(labels.medicines_title, [table], keep=False, aside=caption)
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
        rows = []
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
                    self.p(labels.format_date(change.day), s.row),
                    self.p(kinds[change.kind], s.row, bold=True),
                    Paragraph(what, s.row),
                ]
            )
        table = Table(rows, colWidths=[self.width * share for share in (0.18, 0.16, 0.66)])
        table.setStyle(table_style(grid([("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE)], pad=2)[1:]))
        if len(rows) <= 6:
            return [KeepTogether([heading, table])]
        return [CondPageBreak(80), heading, table]

    # ------------------------------------------------------------ notes, visits, questions

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

    def day_label(self, day) -> str:
        """A weekday and a day: "Sat, Nov 28"."""
        labels = self.labels
        return f"{labels.format_weekday(day.weekday())}, {labels.format_day(day)}"

    def note_time(self, note) -> str:
        return self.labels.format_time(note.at.time())

    def note_day(self, shown_day: str, notes, width: float, widths) -> Flowable:
        """One day's notes: the day, then each note's time and text in line with the others."""
        labels, s = self.labels, self.styles
        team_only = self.data.request.team_notes_only
        day_width = min(widths[0], width * 0.3)
        time_width = min(widths[1], width * 0.25)
        rows = []
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
                    self.p(when, s.row),
                    self.p(item.title, s.row, bold=True),
                    self.p(labels.kind_label(item.kind), s.row),
                    self.p(item.location, s.row),
                ]
            )
        table = self.table(rows, [0.17, 0.29, 0.19, 0.35], pad=1.5)
        return self.headed(title, [table], keep=len(rows) <= 4)

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
            items.append(Paragraph(text, s.question, bulletText=f"{number}."))
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
        return [CondPageBreak(KEEP_WITH_HEADING + 40), heading, *pieces]

    def plan(self) -> list[Flowable]:
        """A blank ruled box for the clinician, filling what is left of the last page."""
        box = PlanBox(self.labels.plan_hint, self.styles.small)
        return [
            CondPageBreak(PLAN_HEIGHT + 30),
            self.heading(self.labels.plan_title),
            box,
        ]
