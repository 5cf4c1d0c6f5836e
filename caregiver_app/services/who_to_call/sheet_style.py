"""The "Who to call" sheet's type sizes, paragraph styles and table pieces."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import (
    Flowable,
    Paragraph,
)

from caregiver_app.services.contacts.roles import role_sort_key
from caregiver_app.services.pdf.palette import ACCENT, EMERGENCY_INK, MUTED
from caregiver_app.services.pdf.styles import bold_style, muted_style, paragraph_style
from caregiver_app.services.pdf.tables import RowKeepingTable
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.phone_keys import number_key


class Density(NamedTuple):
    """Type sizes and spacing; a tighter one is used when the calm one needs a second page."""

    title: float  # the sheet's title
    cell: float  # table text size
    small: float  # organisation, phone kind
    pad: float  # table cell padding above (below is one point more)
    gap: float  # space above a section heading
    first: float  # name and numbers of the person to call first
    box_pad: float  # padding inside the emergency and call-first boxes


CALM = Density(title=24, cell=9.5, small=8, pad=4, gap=12, first=14, box_pad=9)
COMPACT = Density(title=22, cell=8.5, small=7.5, pad=2.5, gap=8, first=13, box_pad=6)
TIGHT = Density(title=20, cell=8, small=7, pad=1.5, gap=5, first=12, box_pad=4)
DENSITIES = (CALM, COMPACT, TIGHT)


class SheetStyles:
    """The paragraph styles of the sheet, all in the shipped fonts."""

    def __init__(self, density: Density = CALM) -> None:
        d = density
        self.title = bold_style("title", d.title, d.title * 1.17)
        self.patient = muted_style("patient", 15, 19)
        self.prepared = muted_style("prepared", 9, 12, alignment=TA_RIGHT)
        self.emergency = bold_style(
            "emergency", 18, 23, textColor=EMERGENCY_INK, alignment=TA_CENTER
        )
        self.section = bold_style(
            "section", 13, 16, textColor=ACCENT, spaceBefore=d.gap, spaceAfter=5,
            leftIndent=6,  # in line with the text in the tables below
        )  # fmt: skip
        self.note = paragraph_style("note", textColor=MUTED, leftIndent=6)
        self.first_name = bold_style("first_name", d.first, d.first * 1.3)
        self.first_detail = muted_style("first_detail", 10, 13)
        self.first_about = paragraph_style("first_about", fontSize=10.5, leading=14, spaceBefore=2)
        self.first_phone = paragraph_style("first_phone", fontSize=d.first, leading=d.first * 1.35)
        self.head = bold_style("head", 8.5, 11, textColor=MUTED)
        self.cell = paragraph_style("cell", fontSize=d.cell, leading=d.cell * 1.25)
        self.cell_role = bold_style("cell_role", d.cell, d.cell * 1.25)
        self.line_phone = paragraph_style("line_phone", fontSize=d.cell + 1, leading=d.cell * 1.25)
        self.footer = muted_style("footer", 8.5, 11, alignment=TA_CENTER)
        self.page = muted_style("page", 8.5, 11, alignment=TA_RIGHT)


def capitalised(text: str) -> str:
    """``text`` with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def digits_key(number: str) -> str:
    """A phone number's key (letters as keypad digits, the extension apart), to tell two
    numbers apart; the text itself if it has no digit."""
    return number_key(number) or " ".join(number.casefold().split())


_KIND_ORDER = {"after_hours": 1, "fax": 2}  # main and mobile (0) first


def daytime_first(phones: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The phones in the order a sheet read all week shows them, each kind labelled: the
    daytime numbers, then the after-hours lines, then any fax; otherwise as typed."""
    return sorted(phones, key=lambda phone: _KIND_ORDER.get(phone[0], 0))


def role_group_key(contact: ContactRecord) -> tuple:
    """Where a contact's role group stands: the offered roles in order, no role last."""
    role = contact.role.strip()
    return (role == "", role_sort_key(role))


class RoleCell(Flowable):
    """A role in the team table: drawn on a group's first row, and on a row that opens a page."""

    def __init__(self, paragraph: Paragraph, shown: bool) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.shown = shown

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Reserve the role's height on every row, so showing it later never overflows."""
        return self.paragraph.wrap(width, height)

    def draw(self) -> None:
        """Draw the role if this row shows it."""
        if self.shown:
            self.paragraph.drawOn(self.canv, 0, 0)


class GroupedTable(RowKeepingTable):
    """The team table; a role group carried over to a new page names its role again."""

    def split(self, width: float, height: float) -> list[Flowable]:
        """Split as ``RowKeepingTable`` does, then show the role on the first row of the
        next part."""
        parts = super().split(width, height)
        if len(parts) == 2:
            rest = parts[1]
            first = rest.repeatRows if isinstance(rest.repeatRows, int) else len(rest.repeatRows)
            if first < len(rest._cellvalues):
                cell = rest._cellvalues[first][0]  # platypus may hold it in a tuple
                for item in cell if isinstance(cell, list | tuple) else [cell]:
                    if isinstance(item, RoleCell):
                        item.shown = True
        return parts
