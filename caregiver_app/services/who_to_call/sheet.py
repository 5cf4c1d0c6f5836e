"""The one-page "Who to call" sheet: emergency line, who to call first, after-hours lines, team.

Made to hang on the fridge or hand to a relative taking a shift: large type for
what matters at 3 a.m., the whole team in one table below. Every string it
prints comes from the caller (already translated) or from the care record, and
every one goes through :func:`caregiver_app.services.pdf.text.markup`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.contacts.roles import role_sort_key
from caregiver_app.services.pdf.palette import (
    ACCENT,
    CALL_FIRST_EDGE,
    CALL_FIRST_FILL,
    EMERGENCY_FILL,
    EMERGENCY_INK,
    HEADER_FILL,
    MUTED,
    RULE,
)
from caregiver_app.services.pdf.pieces import CREATOR, fill, hex_color
from caregiver_app.services.pdf.styles import paragraph_style, table_style
from caregiver_app.services.pdf.text import SANS, SANS_BOLD, markup, register_fonts
from caregiver_app.store.contacts import ContactRecord

MARGIN_X = 0.5 * inch
FRAME_PADDING = 6  # platypus' default padding inside the page frame
MARGIN_TOP = 0.5 * inch
MARGIN_BOTTOM = 0.75 * inch
FOOTER_Y = 0.4 * inch


def _english_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


@dataclass(frozen=True)
class WhoToCallLabels:
    """Every fixed string the sheet prints, already translated; ``{...}`` are filled in."""

    title: str
    for_patient: str  # {name}
    prepared_on: str  # {date}
    emergency: str
    call_first_title: str
    call_first_none: str
    after_hours_title: str
    after_hours_none: str
    team_title: str
    team_none: str
    column_name: str
    column_role: str
    column_phone: str
    column_call_about: str
    call_about_line: str  # {text}
    emergency_contact: str
    kind_main: str
    kind_mobile: str
    kind_after_hours: str
    kind_fax: str
    footer: str
    page_of: str  # {page}, {pages}
    format_date: Callable[[date], str] = _english_date

    @classmethod
    def english(cls) -> WhoToCallLabels:
        """The English wording, used when no translation is given."""
        return cls(
            title=QT_TRANSLATE_NOOP("WhoToCall", "Who to call"),
            for_patient=QT_TRANSLATE_NOOP("WhoToCall", "for {name}"),
            prepared_on=QT_TRANSLATE_NOOP("WhoToCall", "Prepared on {date}"),
            emergency=QT_TRANSLATE_NOOP(
                "WhoToCall", "In an emergency call 911 (or your local emergency number)"
            ),
            call_first_title=QT_TRANSLATE_NOOP("WhoToCall", "Call first for symptoms"),
            call_first_none=QT_TRANSLATE_NOOP(
                "WhoToCall",
                "No one is marked “call first” yet. In the app, mark the person to call "
                "about new or worse symptoms.",
            ),
            after_hours_title=QT_TRANSLATE_NOOP("WhoToCall", "After-hours and 24-hour lines"),
            after_hours_none=QT_TRANSLATE_NOOP(
                "WhoToCall", "No after-hours or 24-hour line has been added yet."
            ),
            team_title=QT_TRANSLATE_NOOP("WhoToCall", "The care team"),
            team_none=QT_TRANSLATE_NOOP("WhoToCall", "No one has been added to the care team yet."),
            column_name=QT_TRANSLATE_NOOP("WhoToCall", "Name"),
            column_role=QT_TRANSLATE_NOOP("WhoToCall", "Role"),
            column_phone=QT_TRANSLATE_NOOP("WhoToCall", "Phone"),
            column_call_about=QT_TRANSLATE_NOOP("WhoToCall", "Call about"),
            call_about_line=QT_TRANSLATE_NOOP("WhoToCall", "Call about: {text}"),
            emergency_contact=QT_TRANSLATE_NOOP("WhoToCall", "Emergency contact"),
            kind_main=QT_TRANSLATE_NOOP("WhoToCall", "main"),
            kind_mobile=QT_TRANSLATE_NOOP("WhoToCall", "mobile"),
            kind_after_hours=QT_TRANSLATE_NOOP("WhoToCall", "after hours"),
            kind_fax=QT_TRANSLATE_NOOP("WhoToCall", "fax"),
            footer=QT_TRANSLATE_NOOP(
                "WhoToCall", "Keep this sheet by the phone. Confirm numbers with the care team."
            ),
            page_of=QT_TRANSLATE_NOOP("WhoToCall", "Page {page} of {pages}"),
        )

    def kind_label(self, kind: str) -> str:
        """The display name of a stored phone kind."""
        return {
            "main": self.kind_main,
            "mobile": self.kind_mobile,
            "after_hours": self.kind_after_hours,
            "fax": self.kind_fax,
        }.get(kind, kind)


@dataclass(frozen=True)
class _Density:
    """Type sizes and spacing; a tighter one is used when the calm one needs a second page."""

    title: float  # the sheet's title
    cell: float  # table text size
    small: float  # organisation, phone kind
    pad: float  # table cell padding above (below is one point more)
    gap: float  # space above a section heading
    first: float  # name and numbers of the person to call first
    box_pad: float  # padding inside the emergency and call-first boxes


CALM = _Density(title=24, cell=9.5, small=8, pad=4, gap=12, first=14, box_pad=9)
COMPACT = _Density(title=22, cell=8.5, small=7.5, pad=2.5, gap=8, first=13, box_pad=6)
TIGHT = _Density(title=20, cell=8, small=7, pad=1.5, gap=5, first=12, box_pad=4)
DENSITIES = (CALM, COMPACT, TIGHT)


class _Styles:
    """The paragraph styles of the sheet, all in the shipped fonts."""

    def __init__(self, density: _Density = CALM) -> None:
        d = density
        self.title = paragraph_style(
            "title", fontName=SANS_BOLD, fontSize=d.title, leading=d.title * 1.17
        )
        self.patient = paragraph_style("patient", fontSize=15, leading=19, textColor=MUTED)
        self.prepared = paragraph_style(
            "prepared", fontSize=9, leading=12, textColor=MUTED, alignment=TA_RIGHT
        )
        self.emergency = paragraph_style(
            "emergency",
            fontName=SANS_BOLD,
            fontSize=18,
            leading=23,
            textColor=EMERGENCY_INK,
            alignment=TA_CENTER,
        )
        self.section = paragraph_style(
            "section",
            fontName=SANS_BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=d.gap,
            spaceAfter=5,
            leftIndent=6,  # in line with the text in the tables below
        )
        self.note = paragraph_style("note", textColor=MUTED, leftIndent=6)
        self.first_name = paragraph_style(
            "first_name", fontName=SANS_BOLD, fontSize=d.first, leading=d.first * 1.3
        )
        self.first_detail = paragraph_style(
            "first_detail", fontSize=10, leading=13, textColor=MUTED
        )
        self.first_about = paragraph_style("first_about", fontSize=10.5, leading=14, spaceBefore=2)
        self.first_phone = paragraph_style("first_phone", fontSize=d.first, leading=d.first * 1.35)
        self.head = paragraph_style(
            "head", fontName=SANS_BOLD, fontSize=8.5, leading=11, textColor=MUTED
        )
        self.cell = paragraph_style("cell", fontSize=d.cell, leading=d.cell * 1.25)
        self.cell_role = paragraph_style(
            "cell_role", fontName=SANS_BOLD, fontSize=d.cell, leading=d.cell * 1.25
        )
        self.line_phone = paragraph_style("line_phone", fontSize=d.cell + 1, leading=d.cell * 1.25)
        self.footer = paragraph_style(
            "footer", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_CENTER
        )
        self.page = paragraph_style(
            "page", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_RIGHT
        )


def _muted(text: str, size: float | None = None) -> str:
    size_attribute = f' size="{size}"' if size else ""
    return f'<font color="{hex_color(MUTED)}"{size_attribute}>{text}</font>'


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unbroken(text: str) -> str:
    """``text`` with its spaces made non-breaking, so a line never splits it."""
    return text.replace(" ", "\u00a0")


def _digits_key(number: str) -> str:
    digits = "".join(char for char in number if char.isdigit())
    return digits or " ".join(number.casefold().split())


def _after_hours_first(phones: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(phones, key=lambda phone: phone[0] != "after_hours")


def _role_group_key(contact: ContactRecord) -> tuple:
    role = contact.role.strip()
    return (role == "", role_sort_key(role))


class _RoleCell(Flowable):
    """A role in the team table: drawn on a group's first row, and on a row that opens a page."""

    def __init__(self, paragraph: Paragraph, shown: bool) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.shown = shown

    def wrap(self, availWidth, availHeight):
        """Reserve the role's height on every row, so showing it later never overflows."""
        return self.paragraph.wrap(availWidth, availHeight)

    def draw(self) -> None:
        """Draw the role if this row shows it."""
        if self.shown:
            self.paragraph.drawOn(self.canv, 0, 0)


class _GroupedTable(Table):
    """The team table; a role group carried over to a new page names its role again."""

    def split(self, availWidth, availHeight):
        """Split as platypus does, then show the role on the first row of the next part."""
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            rest = parts[1]
            first = rest.repeatRows if isinstance(rest.repeatRows, int) else len(rest.repeatRows)
            if first < len(rest._cellvalues):
                cell = rest._cellvalues[first][0]  # platypus may hold it in a tuple
                for item in cell if isinstance(cell, list | tuple) else [cell]:
                    if isinstance(item, _RoleCell):
                        item.shown = True
        return parts


class _Sheet:
    """Builds the story (the list of flowables) of one sheet."""

    def __init__(
        self,
        contacts: list[ContactRecord],
        patient_name: str,
        prepared_on: date,
        labels: WhoToCallLabels,
        role_label: Callable[[str], str],
        phone_display: Callable[[str], str],
        width: float,
        density: _Density,
    ) -> None:
        self.contacts = contacts
        self.patient_name = patient_name.strip()
        self.prepared_on = prepared_on
        self.labels = labels
        self.role_label = role_label
        self.phone_display = phone_display
        self.width = width
        self.density = density
        self.styles = _Styles(density)

    def shown(self, number: str) -> str:
        """How ``number`` is printed: normalised, or as typed if that gives nothing."""
        return self.phone_display(number) or number

    def phone(self, number: str, kind: str, kind_size: float) -> str:
        """A number in bold, never broken across lines, then its kind, small and grey."""
        shown = self.shown(number)
        kind_text = markup(_unbroken(self.labels.kind_label(kind)))
        return f"{markup(_unbroken(shown), bold=True)}\u00a0 {_muted(kind_text, kind_size)}"

    def phones(self, phones: Iterable[tuple[str, str]], kind_size: float) -> str:
        return "<br/>".join(self.phone(number, kind, kind_size) for kind, number in phones)

    def role_text(self, role: str) -> str:
        return _capitalised(self.role_label(role.strip()) if role.strip() else "")

    def story(self) -> list[Flowable]:
        return [
            self.header(),
            Spacer(0, 8),
            self.emergency(),
            *self.call_first(),
            *self.after_hours(),
            *self.team(),
        ]

    def header(self) -> Flowable:
        s, labels = self.styles, self.labels
        left: list[Flowable] = [Paragraph(markup(labels.title), s.title)]
        if self.patient_name:
            left.append(
                Paragraph(markup(fill(labels.for_patient, name=self.patient_name)), s.patient)
            )
        prepared = fill(labels.prepared_on, date=labels.format_date(self.prepared_on))
        table = Table(
            [[left, Paragraph(markup(prepared), s.prepared)]],
            colWidths=[self.width * 0.68, self.width * 0.32],
        )
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def emergency(self) -> Flowable:
        """The emergency line, in the largest size (18 down to 13 points) that fits one line."""
        inner = self.width - 24
        text = markup(self.labels.emergency)
        for size in (18, 17, 16, 15, 14, 13):
            style = ParagraphStyle(
                f"emergency{size}", parent=self.styles.emergency, fontSize=size, leading=size * 1.3
            )
            paragraph = Paragraph(text, style)
            paragraph.wrap(inner, 1000)
            if len(paragraph.blPara.lines) <= 1:
                break
        table = Table([[Paragraph(text, style)]], colWidths=[self.width])
        pad = self.density.box_pad
        table.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 2.5, EMERGENCY_INK),
                    ("BACKGROUND", (0, 0), (-1, -1), EMERGENCY_FILL),
                    ("TOPPADDING", (0, 0), (-1, -1), pad + 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ]
            )
        )
        return table

    def section(self, title: str) -> Paragraph:
        return Paragraph(markup(title), self.styles.section)

    def call_first(self) -> list[Flowable]:
        s, labels = self.styles, self.labels
        people = [contact for contact in self.contacts if contact.call_first]
        heading = self.section(labels.call_first_title)
        if not people:
            return [KeepTogether([heading, Paragraph(markup(labels.call_first_none), s.note)])]
        rows = []
        for contact in people:
            details = [
                part
                for part in (self.role_text(contact.role), contact.organisation.strip())
                if part
            ]
            left: list[Flowable] = [Paragraph(markup(contact.name), s.first_name)]
            if details:
                left.append(Paragraph(markup(" · ".join(details)), s.first_detail))
            if contact.call_about.strip():
                about = fill(labels.call_about_line, text=contact.call_about.strip())
                left.append(Paragraph(markup(about), s.first_about))
            right = Paragraph(self.phones(_after_hours_first(contact.phones), 10), s.first_phone)
            rows.append([left, right])
        table = Table(rows, colWidths=[self.width * 0.58, self.width * 0.42], splitInRow=1)
        pad = self.density.box_pad
        table.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.5, CALL_FIRST_EDGE),
                    ("BACKGROUND", (0, 0), (-1, -1), CALL_FIRST_FILL),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.75, CALL_FIRST_EDGE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), pad - 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        if len(rows) <= 3:
            return [KeepTogether([heading, table])]
        return [CondPageBreak(120), heading, table]

    def after_hours_lines(self) -> list[tuple[str, list[ContactRecord]]]:
        """Each after-hours number once, with everyone whose line it is (call-first first)."""
        ordered = sorted(
            self.contacts,
            key=lambda c: (not c.call_first, _role_group_key(c), c.name.casefold()),
        )
        lines: dict[str, tuple[str, list[ContactRecord]]] = {}
        for contact in ordered:
            for number in contact.after_hours_numbers():
                _number, owners = lines.setdefault(_digits_key(number), (number, []))
                if contact not in owners:
                    owners.append(contact)
        return list(lines.values())

    def after_hours(self) -> list[Flowable]:
        s, labels = self.styles, self.labels
        heading = self.section(labels.after_hours_title)
        lines = self.after_hours_lines()
        if not lines:
            return [KeepTogether([heading, Paragraph(markup(labels.after_hours_none), s.note)])]
        rows = [
            [
                Paragraph(markup(labels.column_phone), s.head),
                Paragraph(markup(labels.column_name), s.head),
            ]
        ]
        for number, owners in lines:
            names = "<br/>".join(
                markup(owner.name, bold=True)
                + (f"\u00a0 {_muted(markup(role))}" if (role := self.role_text(owner.role)) else "")
                for owner in owners
            )
            rows.append(
                [
                    Paragraph(markup(_unbroken(self.shown(number)), bold=True), s.line_phone),
                    Paragraph(names, s.cell),
                ]
            )
        table = Table(
            rows, colWidths=[self.width * 0.34, self.width * 0.66], repeatRows=1, splitInRow=1
        )
        table.setStyle(self.grid_style([]))
        if len(rows) <= 8:  # a short list stays with its heading
            return [KeepTogether([heading, table])]
        return [CondPageBreak(100), heading, table]

    def grid_style(self, group_starts: list[int]) -> TableStyle:
        pad = self.density.pad
        commands = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        for row in group_starts:
            if row > 1:
                commands.append(("LINEABOVE", (0, row), (-1, row), 0.9, MUTED))
        return table_style(commands)

    def team(self) -> list[Flowable]:
        s, labels, d = self.styles, self.labels, self.density
        heading = self.section(labels.team_title)
        if not self.contacts:
            return [KeepTogether([heading, Paragraph(markup(labels.team_none), s.note)])]
        header = [
            Paragraph(markup(text), s.head)
            for text in (
                labels.column_role,
                labels.column_name,
                labels.column_phone,
                labels.column_call_about,
            )
        ]
        rows = [header]
        group_starts: list[int] = []
        previous = None
        for contact in sorted(self.contacts, key=lambda c: (_role_group_key(c), c.name.casefold())):
            group = _role_group_key(contact)
            first_of_group = group != previous
            previous = group
            if first_of_group:
                group_starts.append(len(rows))
            name = markup(contact.name, bold=True)
            if contact.organisation.strip():
                name += "<br/>" + _muted(markup(contact.organisation.strip()), d.small)
            if contact.emergency_contact:
                name += (
                    f'<br/><font size="{d.small}" color="{hex_color(EMERGENCY_INK)}">'
                    f"{markup(labels.emergency_contact, bold=True)}</font>"
                )
            role = Paragraph(markup(self.role_text(contact.role)), s.cell_role)
            rows.append(
                [
                    _RoleCell(role, shown=first_of_group),
                    Paragraph(name, s.cell),
                    Paragraph(self.phones(contact.phones, d.small), s.cell),
                    Paragraph(markup(contact.call_about.strip()), s.cell),
                ]
            )
        widths = [0.17, 0.28, 0.21, 0.34]
        # A row taller than a page (a very long "call about") splits rather than fail.
        table = _GroupedTable(
            rows, colWidths=[self.width * share for share in widths], repeatRows=1, splitInRow=1
        )
        table.setStyle(self.grid_style(group_starts))
        return [CondPageBreak(110), heading, table]


def key_contact_flowables(
    contacts: list[ContactRecord],
    labels: WhoToCallLabels,
    role_label: Callable[[str], str],
    phone_display: Callable[[str], str],
    width: float,
    heading_style: ParagraphStyle | None = None,
) -> list[Flowable]:
    """The sheet's "Call first" box and after-hours lines, for another document (the summary).

    Laid out with the sheet's tightest spacing; ``heading_style`` replaces the sheet's
    section headings, so they sit under the other document's own heading.
    """
    register_fonts()
    sheet = _Sheet(
        list(contacts), "", date.today(), labels, role_label, phone_display, width, TIGHT
    )
    if heading_style is not None:
        sheet.styles.section = heading_style
    return [*sheet.call_first(), *sheet.after_hours()]


class _SheetDocument(BaseDocTemplate):
    """One frame a page, with the footer line and, on longer sheets, "Page X of Y"."""

    def __init__(self, buffer, *, footer: str, page_of: str, total_pages: int, **kwargs):
        super().__init__(buffer, **kwargs)
        self._footer = footer
        self._page_of = page_of
        self._total_pages = total_pages
        self._styles = _Styles()
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="sheet")
        # Drawn when the page ends, so the footer also comes last when the text is read.
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=self._decorate)])

    def _decorate(self, canvas, doc) -> None:
        left = self.leftMargin + FRAME_PADDING
        width = self.width - 2 * FRAME_PADDING
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = FOOTER_Y + 16
        canvas.line(left, top, left + width, top)
        footer = Paragraph(markup(self._footer), self._styles.footer)
        _w, height = footer.wrap(width, MARGIN_BOTTOM)
        footer.drawOn(canvas, left, FOOTER_Y + 10 - height)
        if self._total_pages > 1:
            text = fill(self._page_of, page=str(doc.page), pages=str(self._total_pages))
            number = Paragraph(markup(text), self._styles.page)
            _w, height = number.wrap(width, MARGIN_BOTTOM)
            number.drawOn(canvas, left, FOOTER_Y - 4 - height)
        canvas.restoreState()


def _render(sheet: _Sheet, labels: WhoToCallLabels, page_size, total_pages: int):
    buffer = io.BytesIO()
    document = _SheetDocument(
        buffer,
        footer=labels.footer,
        page_of=labels.page_of,
        total_pages=total_pages,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=labels.title,
        author="",
        subject="",
        keywords="",
        creator=CREATOR,
        producer="",
        initialFontName=SANS,  # no Helvetica in the file, not even unused
    )
    document.build(sheet.story())
    return buffer.getvalue(), document.page


def build_who_to_call_pdf(
    path: Path,
    contacts: list[ContactRecord],
    patient_name: str,
    prepared_on: date,
    labels: WhoToCallLabels,
    role_label: Callable[[str], str],
    phone_display: Callable[[str], str],
    page_size: tuple[float, float] = LETTER,
) -> None:
    """Write the "Who to call" sheet for ``contacts`` to ``path`` (all or nothing)."""
    register_fonts()
    width = page_size[0] - 2 * MARGIN_X - 2 * FRAME_PADDING

    def sheet(density: _Density) -> _Sheet:
        return _Sheet(
            list(contacts),
            patient_name,
            prepared_on,
            labels,
            role_label,
            phone_display,
            width,
            density,
        )

    # Calm spacing when the sheet fits one page; tighter when that keeps it to one.
    for density in DENSITIES:
        data, pages = _render(sheet(density), labels, page_size, total_pages=1)
        if pages == 1:
            break
    else:  # too long for one page anyway: compact, counted first for "Page X of Y"
        _data, pages = _render(sheet(COMPACT), labels, page_size, total_pages=1)
        data, _pages = _render(sheet(COMPACT), labels, page_size, total_pages=pages)
    atomic_write_bytes(Path(path), data)
