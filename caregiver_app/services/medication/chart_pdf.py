"""The weekly medicine chart as a PDF: landscape, a box per dose to initial, in the app's fonts."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from caregiver_app.services.contacts.display_labels import phone_kind_label, shown_number
from caregiver_app.services.diary.vital_routing import week_numbers
from caregiver_app.services.medication.chart_cells import cell as box
from caregiver_app.services.medication.chart_data import ChartCell, ChartData, ChartRow
from caregiver_app.services.medication.chart_labels import ChartLabels
from caregiver_app.services.pdf.document import draw_text, new_document, one_frame_pages
from caregiver_app.services.pdf.palette import (
    ACCENT,
    CALL_FIRST_EDGE,
    CALL_FIRST_FILL,
    EMERGENCY_INK,
    RULE,
)
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill, numbered_canvas, unbroken
from caregiver_app.services.pdf.styles import (
    TableCommand,
    bold_style,
    grid,
    muted_style,
    paragraph_style,
    table_style,
)
from caregiver_app.services.pdf.text import SANS_BOLD, markup, register_fonts, text_pieces
from caregiver_app.store.diary.doses import DoseRecord

MARGIN = 0.45 * inch
FOOTER_Y = 0.3 * inch
FRAME_PADDING = 6  # platypus' padding inside the page frame
NOT_DUE_FILL = colors.HexColor("#d5dbe0")  # a day without this dose: clearly not a box to fill
NOT_LOGGED_FILL = colors.HexColor("#fff1d6")  # amber: nobody said, so ask
BLANK_ROW_HEIGHT = 36  # room for initials and a time written by hand
AS_NEEDED_BLANK_LINES = 6
HAND_WRITTEN_ROWS = 6  # a blank chart of a record with no schedule set up yet
CELL_SIDE = 4  # padding left and right inside a table cell
KEEP_ROOM = 2 * inch  # an as-needed block's name, limits and first lines of doses


class _Styles:
    """The chart's paragraph styles."""

    def __init__(self) -> None:
        self.title = bold_style("title", 18, 22)
        self.patient = muted_style("patient", 12, 15)
        self.allergies = bold_style("allergies", 11, 14, textColor=EMERGENCY_INK)
        self.call = bold_style("call", 11, 14)
        self.how = muted_style("how", 8.5, 11, spaceBefore=4, spaceAfter=4)
        self.head = bold_style("head", 8.5, 10.5, alignment=TA_CENTER)
        self.head_left = bold_style("head_left", 8.5, 10.5)
        self.name = bold_style("name", 9, 11)
        self.detail = muted_style("detail", 7.5, 9.5)
        self.time = bold_style("time", 9.5, 11.5)
        self.cell = paragraph_style("cell", fontSize=7.5, leading=9, alignment=TA_CENTER)
        self.section = bold_style("section", 12, 15, textColor=ACCENT, spaceBefore=10, spaceAfter=4)
        self.text = paragraph_style("text", fontSize=9, leading=11.5)
        self.footer = muted_style("footer", 7.5, 9)
        self.page = muted_style("page", 7.5, 9, alignment=TA_RIGHT)


class ChartLayout:
    """Builds the chart's flowables from its data and wording."""

    def __init__(self, data: ChartData, labels: ChartLabels, width: float) -> None:
        self.data = data
        self.labels = labels
        self.width = width
        self.s = _Styles()
        self._made: dict[tuple[str, str], Paragraph] = {}

    def shared(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of ``text`` (markup) in ``style``, made once for the whole chart: each
        as-needed block has the same heading row, several rows the same time of day. (A
        table lays out a cell's paragraph for its column as it draws it, as it does the
        heading row it repeats on each page, so one paragraph serves every table.)"""
        made = self._made.get((text, style.name))
        if made is None:
            made = self._made[text, style.name] = Paragraph(text, style)
        return made

    def story(self) -> list[Flowable]:
        """The whole chart, top to bottom."""
        return [*self.header(), self.grid(), *self.no_rows(), *self.not_set_up(), *self.as_needed()]

    def no_rows(self) -> list[Flowable]:
        """With no schedule set up, a sentence (and, on a blank chart, rows to write in)."""
        if self.data.rows:
            return []
        return [Spacer(1, 3), Paragraph(markup(self.labels.no_rows), self.s.how)]

    # ------------------------------------------------------------------ header
    def header(self) -> list[Flowable]:
        """Title, patient, week, then the allergies and the number to call first."""
        data, labels, s = self.data, self.labels, self.s
        days = data.days
        title = labels.filled_title if data.filled else labels.title
        lines: list[Flowable] = [Paragraph(markup(title), s.title)]
        week = fill(
            labels.week,
            first=labels.format_date(days[0]),
            last=labels.format_date(days[-1]),
        )
        who = fill(labels.for_patient, name=data.patient_name) if data.patient_name else ""
        lines.append(Paragraph(markup(" · ".join(part for part in (who, week) if part)), s.patient))
        allergies = (
            fill(labels.allergies, text=data.allergies)
            if data.allergies
            else labels.allergies_unknown
        )
        # Allergies pasted at length (pages of them) are several rows, so the box goes on
        # from page to page; as one paragraph it was taller than the page and failed.
        pieces = text_pieces(allergies)
        rows = [[Paragraph(markup(piece), s.allergies)] for piece in pieces]
        last = len(pieces) - 1
        joined = [("TOPPADDING", (0, 1), (0, last), 0), ("BOTTOMPADDING", (0, 0), (0, last - 1), 0)]
        box = Table(
            [*rows, [Paragraph(self.call_line(), s.call)]],
            colWidths=[self.width],
            style=table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), CALL_FIRST_FILL),
                    ("BOX", (0, 0), (-1, -1), 1, CALL_FIRST_EDGE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    *(joined if last else []),
                ]
            ),
        )
        how = fill(labels.how_to_filled, date=labels.format_date(data.made_on))
        lines += [
            Spacer(1, 6),
            box,
            Paragraph(markup(how if data.filled else labels.how_to_blank), s.how),
        ]
        return lines

    def call_line(self) -> str:
        """The person to call first and their numbers, each with its kind, as markup."""
        labels, contact = self.labels, self.data.call_first
        if contact is None:
            return markup(labels.call_first_none) + " ____________________"
        # Printed once and read all week, day and night: every number with its kind (main,
        # after hours), never the one that happened to answer when it was printed.
        numbers = week_numbers(contact)
        if not numbers:
            return markup(fill(labels.call_first_no_number, name=contact.name))
        # Each number kept on one line with its kind, so a line never ends between them.
        shown = labels.items(
            unbroken(
                fill(
                    labels.number_kind,
                    number=shown_number(number),
                    kind=phone_kind_label(kind, short=True),
                )
            )
            for kind, number in numbers
        )
        return markup(fill(labels.call_first, name=contact.name, number=shown))

    # ------------------------------------------------------------------ grid
    def widths(self) -> list[float]:
        """The medicine and time columns, then seven equal days."""
        medicine, at = self.width * 0.19, self.width * 0.09
        day = (self.width - medicine - at) / 7
        return [medicine, at, *[day] * 7]

    def medicine_cell(self, row: ChartRow) -> list[Flowable]:
        """The medicine's name, and its strength and route as on the list."""
        medicine = row.medicine
        detail = " · ".join(part for part in (medicine.strength, medicine.route) if part)
        cell: list[Flowable] = [Paragraph(markup(medicine.name), self.s.name)]
        if detail:
            cell.append(Paragraph(markup(detail), self.s.detail))
        return cell

    def cell_lines(self, cell: ChartCell, strength: str = "") -> list[str]:
        """What the log says of one dose, a line each ([] an empty box); the dose given
        when it is not ``strength``, the one the row names."""
        labels, answer = self.labels, cell.answer
        if cell.state == "not_logged":
            return [labels.not_logged]
        if answer is None or not cell.state:
            return []
        lines: list[str] = []
        if cell.state in ("given", "given_late") and answer.effective_at is not None:
            template = labels.given if cell.state == "given" else labels.given_late
            at = answer.effective_at
            lines.append(fill(template, time=labels.at_pass(at, labels.format_time(at.time()))))
        elif cell.state in ("skipped", "refused"):
            lines.append(labels.skipped if cell.state == "skipped" else labels.refused)
            if answer.status_reason:
                lines.append(f"({labels.reason(answer.status_reason)})")
        if answer.performer:
            lines.append(labels.performer(answer.performer))
        given = cell.state in ("given", "given_late")
        if given and answer.dosage and answer.dosage != strength.strip():
            lines.append(fill(labels.dose_given, dose=answer.dosage))
        return lines

    def grid(self) -> Flowable:
        """Medicines by dose time by day: a box for each dose, grey where none is due."""
        labels, s = self.labels, self.s
        head: list[object] = [
            Paragraph(markup(labels.column_medicine), s.head_left),
            Paragraph(markup(labels.column_time), s.head_left),
        ]
        for day in self.data.days:
            text = markup(labels.format_weekday(day)) + "<br/>" + markup(labels.format_day(day))
            head.append(Paragraph(text, s.head))
        rows: list[list[object]] = [head]
        commands: list[TableCommand] = [
            *grid(3, CELL_SIDE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (2, 0), (-1, -1), 0.6, RULE),
            ("LINEBELOW", (0, 1), (1, -1), 0.6, RULE),
            # plain-text boxes (chart_cells.cell) in the boxes' own size, centred
            ("FONTSIZE", (2, 1), (-1, -1), s.cell.fontSize),
            ("LEADING", (2, 1), (-1, -1), s.cell.leading),
            ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ]
        day_width = self.widths()[2] - 2 * CELL_SIDE
        for index, row in enumerate(self.data.rows, start=1):
            line: list[object] = [
                self.medicine_cell(row),
                self.shared(markup(labels.format_time(row.at)), s.time),
            ]
            for column, cell in enumerate(row.cells, start=2):
                if not cell.due:
                    commands.append(("BACKGROUND", (column, index), (column, index), NOT_DUE_FILL))
                elif cell.state == "not_logged":
                    commands.append(
                        ("BACKGROUND", (column, index), (column, index), NOT_LOGGED_FILL)
                    )
                if cell.state == "not_logged":
                    commands.append(("FONT", (column, index), (column, index), SANS_BOLD))
                lines = self.cell_lines(cell, row.medicine.strength)
                line.append(box(lines, s.cell, day_width) if lines else "")
            rows.append(line)
        if not self.data.rows and not self.data.filled:  # rows to write medicines in by hand
            rows += [[""] * 9 for _ in range(HAND_WRITTEN_ROWS)]
        heights = None if self.data.filled else [None, *[BLANK_ROW_HEIGHT] * (len(rows) - 1)]
        return Table(
            rows,
            colWidths=self.widths(),
            rowHeights=heights,
            repeatRows=1,
            style=table_style(commands),
        )

    # ------------------------------------------------------------------ other lists
    def not_set_up(self) -> list[Flowable]:
        """Regular medicines with no schedule in the app, their free text word for word."""
        labels, s = self.labels, self.s
        if not self.data.not_set_up:
            return []
        lines: list[Flowable] = [Paragraph(markup(labels.not_set_up_title), s.section)]
        for medicine in self.data.not_set_up:
            written = medicine.schedule.strip()
            said = (
                fill(labels.not_set_up_line, schedule=written)
                if written
                else labels.not_set_up_empty
            )
            name = " · ".join(
                part for part in (medicine.name, medicine.strength, medicine.route) if part
            )
            lines.append(Paragraph(f"<b>{markup(name)}</b>: {markup(said)}", s.text))
        return lines

    def as_needed(self) -> list[Flowable]:
        """Each as-needed medicine with its limits, and lines for (or the log of) its doses."""
        labels, s = self.labels, self.s
        heading = Paragraph(markup(labels.as_needed_title), s.section)
        if not self.data.as_needed:
            return [KeepTogether([heading, Paragraph(markup(labels.as_needed_none), s.text)])]
        # A block starts on a new page rather than leave its name at the foot of one; its
        # list of doses may then run on over pages, the heading row repeated.
        parts: list[Flowable] = [CondPageBreak(KEEP_ROOM), heading]
        for index, entry in enumerate(self.data.as_needed):
            medicine, rules = entry.medicine, entry.rules
            name = " · ".join(
                part for part in (medicine.name, medicine.strength, medicine.route) if part
            )
            said: list[str] = []
            reasons = labels.items(
                line.strip() for line in rules.reasons.splitlines() if line.strip()
            )
            if reasons:
                said.append(fill(labels.as_needed_for, reasons=reasons))
            said += labels.limits(rules.min_interval_minutes, rules.max_per_day)
            if rules.min_interval_minutes or rules.max_per_day:
                said.append(labels.as_needed_call)
            if index:
                parts.append(CondPageBreak(KEEP_ROOM))
            parts += [
                Paragraph(f"<b>{markup(name)}</b>", s.text),
                Paragraph(" · ".join(markup(part) for part in said), s.text),
                Spacer(1, 3),
                self.dose_lines(entry.doses),
                Spacer(1, 6),
            ]
        return parts

    def dose_lines(self, doses: list[DoseRecord]) -> Flowable:
        """Empty lines to write doses on (blank chart), or the week's doses (filled in)."""
        labels, s = self.labels, self.s
        columns = (
            labels.column_day,
            labels.column_given_at,
            labels.column_dose,
            labels.column_reason,
            labels.column_given_by,
        )
        rows: list[list[object]] = [[self.shared(markup(text), s.head_left) for text in columns]]
        if not self.data.filled:
            rows += [[""] * len(columns) for _ in range(AS_NEEDED_BLANK_LINES)]
        elif not doses:
            rows.append([self.shared(markup(labels.no_doses_this_week), s.text), "", "", "", ""])
        shares = (0.14, 0.12, 0.2, 0.34, 0.2)
        widths = [self.width * share - 2 * CELL_SIDE for share in shares]
        for dose in doses:
            day = dose.given_at.date()
            texts = (
                f"{labels.format_weekday(day)} {labels.format_day(day)}",
                labels.at_pass(dose.given_at, labels.format_time(dose.given_at.time())),
                dose.dose,
                dose.reason,
                labels.performer(dose.performer),
            )
            rows.append(
                [box([text], s.text, width) for text, width in zip(texts, widths, strict=True)]
            )
        commands: list[TableCommand] = [
            *grid(3, CELL_SIDE),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("FONTSIZE", (0, 1), (-1, -1), s.text.fontSize),
            ("LEADING", (0, 1), (-1, -1), s.text.leading),
        ]
        if self.data.filled and not doses:
            commands.append(("SPAN", (0, 1), (-1, 1)))
        heights = None if self.data.filled else [None, *[22] * AS_NEEDED_BLANK_LINES]
        return Table(
            rows,
            colWidths=[self.width * share for share in shares],
            rowHeights=heights,
            repeatRows=1,
            style=table_style(commands),
        )


def chart_pdf(data: ChartData, labels: ChartLabels, page_size: tuple[float, float]) -> bytes:
    """The chart of ``data`` as PDF bytes, on ``page_size`` turned landscape."""
    register_fonts()
    buffer = io.BytesIO()
    document = new_document(
        buffer,
        landscape(page_size),
        labels.filled_title if data.filled else labels.title,
        side=MARGIN,
        top=MARGIN,
        bottom=MARGIN + 0.15 * inch,
    )
    one_frame_pages(document)
    layout = ChartLayout(data, labels, document.width - 2 * FRAME_PADDING)
    styles = layout.s

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        left, width = MARGIN + FRAME_PADDING, document.width - 2 * FRAME_PADDING
        made = fill(labels.footer, date=labels.format_date(data.made_on))
        draw_text(canvas, made, styles.footer, left, FOOTER_Y + 9, width)
        if pages > 1:
            text = fill(labels.page_of, page=str(page), pages=str(pages))
            draw_text(canvas, text, styles.page, left, FOOTER_Y + 9, width)

    document.build(layout.story(), canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()
