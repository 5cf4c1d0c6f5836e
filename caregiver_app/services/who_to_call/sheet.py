"""The "Who to call" sheet's content: emergency line, who to call first, after-hours lines, team.

Made to hang on the fridge or hand to a relative taking a shift: large type for
what matters at 3 a.m., the whole team in one table below. Every string it
prints comes from the caller (already translated) or from the care record, and
every one goes through :func:`caregiver_app.services.pdf.text.markup`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caregiver_app.services.pdf.palette import (
    CALL_FIRST_EDGE,
    CALL_FIRST_FILL,
    EMERGENCY_FILL,
    EMERGENCY_INK,
    MUTED,
)
from caregiver_app.services.pdf.pieces import (
    fill,
    hex_color,
    muted,
    unbroken,
    unbroken_if_it_fits,
)
from caregiver_app.services.pdf.styles import FLUSH, grid, joined_rows, table_style
from caregiver_app.services.pdf.text import SANS, SANS_BOLD, markup, text_pieces
from caregiver_app.services.who_to_call.labels import WhoToCallLabels
from caregiver_app.services.who_to_call.sheet_style import (
    Density,
    GroupedTable,
    RoleCell,
    SheetStyles,
    capitalised,
    daytime_first,
    digits_key,
    role_group_key,
)
from caregiver_app.store.contacts import ContactRecord


class SheetContent(NamedTuple):
    """What one sheet lists, for whom and when, and how it words roles and numbers."""

    contacts: list[ContactRecord]
    patient_name: str
    prepared_on: date
    labels: WhoToCallLabels
    role_label: Callable[[str], str]
    phone_display: Callable[[str], str]


class Sheet:
    """Builds the story (the list of flowables) of one sheet."""

    def __init__(self, content: SheetContent, width: float, density: Density) -> None:
        self.contacts = list(content.contacts)
        self.patient_name = content.patient_name.strip()
        self.prepared_on = content.prepared_on
        self.labels = content.labels
        self.role_label = content.role_label
        self.phone_display = content.phone_display
        self.width = width
        self.density = density
        self.styles = SheetStyles(density)

    def shown(self, number: str) -> str:
        """How ``number`` is printed: normalised, or as typed if that gives nothing."""
        return self.phone_display(number) or number

    def number(self, number: str, size: float, room: float) -> str:
        """``number`` as printed, in bold, never broken across lines if it fits on one line
        ``room`` points wide, else broken only at its spaces."""
        return markup(unbroken_if_it_fits(self.shown(number), SANS_BOLD, size, room), bold=True)

    def phone(self, number: str, kind: str, size: float, room: float, kind_size: float) -> str:
        """A number in bold (see :meth:`number`), then its kind, small and grey."""
        kind_text = markup(unbroken(self.labels.kind_label(kind)))
        return f"{self.number(number, size, room)}\u00a0 {muted(kind_text, kind_size)}"

    def phones(
        self,
        phones: Iterable[tuple[str, str]],
        style: ParagraphStyle,
        room: float,
        kind_size: float,
    ) -> str:
        """Phone numbers as markup, one a line, each with its kind; ``room`` is the column's
        width for text, ``style`` the paragraph's."""
        size = style.fontSize
        return "<br/>".join(
            self.phone(number, kind, size, room, kind_size) for kind, number in phones
        )

    def role_text(self, role: str) -> str:
        """A stored role as shown, capitalised; ``""`` for none."""
        return capitalised(self.role_label(role.strip()) if role.strip() else "")

    def story(self) -> list[Flowable]:
        """The whole sheet: header, emergency line, call first, after hours, the team."""
        return [
            self.header(),
            Spacer(0, 8),
            self.emergency(),
            *self.call_first(),
            *self.after_hours(),
            *self.team(),
        ]

    def header(self) -> Flowable:
        """The title and the patient's name, with the day it was prepared on the right."""
        s, labels = self.styles, self.labels
        left: list[Flowable] = [Paragraph(markup(labels.title), s.title)]
        if self.patient_name:
            left.append(
                Paragraph(markup(fill(labels.for_patient, name=self.patient_name)), s.patient)
            )
        # The date whole on its own line rather than its year alone on the next.
        day = labels.format_date(self.prepared_on)
        room = self.width * 0.32
        prepared = fill(
            labels.prepared_on, date=unbroken_if_it_fits(day, SANS, s.prepared.fontSize, room)
        )
        table = Table(
            [[left, Paragraph(markup(prepared), s.prepared)]],
            colWidths=[self.width * 0.68, self.width * 0.32],
        )
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    *FLUSH,
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
        """A section heading."""
        return Paragraph(markup(title), self.styles.section)

    def call_first(self) -> list[Flowable]:
        """The people to call first about symptoms, in large type."""
        s, labels = self.styles, self.labels
        people = [contact for contact in self.contacts if contact.call_first]
        heading = self.section(labels.call_first_title)
        if not people:
            return [KeepTogether([heading, Paragraph(markup(labels.call_first_none), s.note)])]
        rows: list[list[object]] = []
        ends: list[int] = []  # each person's last row, ruled below
        pad = self.density.box_pad
        commands: list[tuple[object, ...]] = [
            ("BOX", (0, 0), (-1, -1), 1.5, CALL_FIRST_EDGE),
            ("BACKGROUND", (0, 0), (-1, -1), CALL_FIRST_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), pad - 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ]
        for contact in people:
            details = [
                part
                for part in (self.role_text(contact.role), contact.organisation.strip())
                if part
            ]
            left: list[Flowable] = [Paragraph(markup(contact.name), s.first_name)]
            if details:
                left.append(Paragraph(markup(" · ".join(details)), s.first_detail))
            about = contact.call_about.strip()
            pieces = text_pieces(fill(labels.call_about_line, text=about)) if about else []
            if pieces:
                left.append(Paragraph(markup(pieces[0]), s.first_about))
            phones = self.phones(
                daytime_first(contact.phones), s.first_phone, self.width * 0.42 - 20, 10
            )
            right = Paragraph(phones, s.first_phone)
            rows.append([left, right])
            commands += self.piece_rows(rows, pieces[1:], 0, s.first_about)
            ends.append(len(rows) - 1)
        commands += [("LINEBELOW", (0, end), (-1, end), 0.75, CALL_FIRST_EDGE) for end in ends[:-1]]
        table = Table(rows, colWidths=[self.width * 0.58, self.width * 0.42], splitInRow=1)
        table.setStyle(table_style(commands))
        if len(rows) <= 3:
            return [KeepTogether([heading, table])]
        return [CondPageBreak(120), heading, table]

    @staticmethod
    def piece_rows(
        rows: list[list[object]], pieces: list[str], column: int, style: ParagraphStyle
    ) -> list[tuple[object, ...]]:
        """Add a row under the last for each further piece of a long text (``text_pieces``)
        in ``column``, and return the commands that join them to the row above: a page of a
        long "call about" is laid out piece by piece, not the whole rest of it again."""
        commands: list[tuple[object, ...]] = []
        width = len(rows[-1])
        for piece in pieces:
            row: list[object] = [""] * width
            row[column] = Paragraph(markup(piece), style)
            rows.append(row)
            at = len(rows) - 1
            commands += [
                ("TOPPADDING", (0, at), (-1, at), 0),
                ("BOTTOMPADDING", (0, at - 1), (-1, at - 1), 0),
            ]
        return commands

    def after_hours_lines(self) -> list[tuple[str, list[ContactRecord]]]:
        """Each after-hours number once, with everyone whose line it is (call-first first)."""
        ordered = sorted(
            self.contacts,
            key=lambda c: (not c.call_first, role_group_key(c), c.name.casefold()),
        )
        lines: dict[str, tuple[str, list[ContactRecord]]] = {}
        for contact in ordered:
            for number in contact.after_hours_numbers():
                _number, owners = lines.setdefault(digits_key(number), (number, []))
                if contact not in owners:
                    owners.append(contact)
        return list(lines.values())

    def after_hours(self) -> list[Flowable]:
        """Every after-hours and 24-hour number once, with whose line it is."""
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
                + (f"\u00a0 {muted(markup(role))}" if (role := self.role_text(owner.role)) else "")
                for owner in owners
            )
            rows.append(
                [
                    Paragraph(
                        self.number(number, s.line_phone.fontSize, self.width * 0.34 - 12),
                        s.line_phone,
                    ),
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

    def grid_style(
        self, group_starts: list[int], continued: Collection[int] = (), row_count: int = 0
    ) -> TableStyle:
        """The team table's look, with a rule above each role group and none inside a long
        "call about" (``continued``: the rows whose text goes on in the next)."""
        pad = self.density.pad
        commands = joined_rows(grid(pad, side=6), continued, row_count)
        for row in group_starts:
            if row > 1:
                commands.append(("LINEABOVE", (0, row), (-1, row), 0.9, MUTED))
        return table_style(commands)

    def team(self) -> list[Flowable]:
        """The care team table, grouped by role."""
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
        rows: list[list[object]] = [header]
        group_starts: list[int] = []
        continued: list[int] = []  # rows whose text goes on in the row below: no rule under
        previous = None
        for contact in sorted(self.contacts, key=lambda c: (role_group_key(c), c.name.casefold())):
            group = role_group_key(contact)
            first_of_group = group != previous
            previous = group
            if first_of_group:
                group_starts.append(len(rows))
            name = markup(contact.name, bold=True)
            if contact.organisation.strip():
                name += "<br/>" + muted(markup(contact.organisation.strip()), d.small)
            if contact.emergency_contact:
                name += (
                    f'<br/><font size="{d.small}" color="{hex_color(EMERGENCY_INK)}">'
                    f"{markup(labels.emergency_contact, bold=True)}</font>"
                )
            role = Paragraph(markup(self.role_text(contact.role)), s.cell_role)
            pieces = text_pieces(contact.call_about.strip())
            rows.append(
                [
                    RoleCell(role, shown=first_of_group),
                    Paragraph(name, s.cell),
                    Paragraph(
                        self.phones(contact.phones, s.cell, self.width * 0.21 - 12, d.small), s.cell
                    ),
                    Paragraph(markup(pieces[0]), s.cell),
                ]
            )
            start = len(rows) - 1
            self.piece_rows(rows, pieces[1:], 3, s.cell)
            # a page that opens inside a long "call about" names the role again
            for row in rows[start + 1 :]:
                row[0] = RoleCell(role, shown=False)
            continued += range(start, len(rows) - 1)
        widths = [0.17, 0.28, 0.21, 0.34]
        # A row taller than a page splits rather than fail; a long "call about" is several.
        table = GroupedTable(
            rows, colWidths=[self.width * share for share in widths], repeatRows=1, splitInRow=1
        )
        table.setStyle(self.grid_style(group_starts, set(continued), len(rows)))
        return [CondPageBreak(110), heading, table]
