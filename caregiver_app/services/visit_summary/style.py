"""The look of the visit summary: its wording bundle, paragraph styles and small pieces.

Used by :mod:`caregiver_app.services.visit_summary.pdf` (page furniture) and
:mod:`caregiver_app.services.visit_summary.sections` (the sections).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from caregiver_app.esas import BAND_LOWEST, BANDS
from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.services.pdf.palette import ACCENT, INK, MUTED, RULE
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.styles import TableCommand, bold_style, muted_style, paragraph_style
from caregiver_app.services.pdf.styles import grid as list_grid
from caregiver_app.services.pdf.text import font_for, markup
from caregiver_app.services.visit_summary.labels import SummaryLabels
from caregiver_app.services.who_to_call.labels import WhoToCallLabels

PLAN_HEIGHT = 96  # four handwritten lines


class SummaryWording(NamedTuple):
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
        self.title = bold_style("title", 9, 11, textColor=ACCENT, alignment=TA_RIGHT)
        self.name = bold_style("name", 14, 17)
        self.born = muted_style("born", 9, 11.5)
        self.period = bold_style("period", 9.5, 11.5, alignment=TA_RIGHT)
        self.prepared = muted_style("prepared", 8.5, 10.5, alignment=TA_RIGHT)
        self.running_name = bold_style("running_name", 10, 12.5)
        self.running = muted_style("running", 8, 10)
        self.running_period = bold_style("running_period", 8.5, 11, alignment=TA_RIGHT)
        self.running_prepared = muted_style("running_prepared", 8, 10, alignment=TA_RIGHT)
        self.about = muted_style("about", 9, 11.5, spaceAfter=1)
        self.section = bold_style(
            "section", 11, 13.5, textColor=ACCENT, spaceBefore=4, spaceAfter=2
        )
        self.sub = bold_style("sub", 10, 13, spaceBefore=8, spaceAfter=3)
        self.body = s("body", fontSize=9.5, leading=12.5, spaceAfter=2)
        self.dose_line = s("dose_line", fontSize=8.5, leading=10.5, spaceAfter=1.5)
        self.small = muted_style("small", 8, 10.5)
        self.question = s(
            "question", fontSize=9.5, leading=12.5, leftIndent=16, bulletIndent=0, spaceAfter=1
        )
        self.concern = s("concern", fontSize=9.5, leading=12, leftIndent=14, bulletIndent=0)
        self.head = bold_style("head", 8, 10.5, textColor=MUTED)
        self.head_centre = bold_style("head_centre", 8, 10.5, textColor=MUTED, alignment=TA_CENTER)
        self.cell = s("cell", fontSize=9, leading=11.5)
        self.table_name = s("table_name", fontSize=8.5, leading=10)  # the ESAS-r table's names
        self.legend = s("legend", fontSize=6.5, leading=7.5)
        self.row = s("row", fontSize=8.5, leading=10.5)  # the lists: medicines, visits
        self.note = s("note", fontSize=8.5, leading=10)
        self.note_day = s("note_day", fontSize=8, leading=10.5)
        self.cell_centre = s("cell_centre", fontSize=9, leading=11.5, alignment=TA_CENTER)
        self.score = bold_style("score", 9, 10.5, alignment=TA_CENTER)
        self.footer = muted_style("footer", 7.5, 9.5)
        self.page = muted_style("page", 8.5, 11, alignment=TA_RIGHT)


def grid(commands: Iterable[TableCommand] = (), pad: float = 3) -> list[TableCommand]:
    """The summary's table look: a tinted heading row, light rules between rows."""
    return [*list_grid(pad, side=5), *commands]


def band_range(name: str) -> str:
    """The scores of a Selby band as printed: "0", "1–3"."""
    lows = [BAND_LOWEST[b] for b in BANDS]
    index = BANDS.index(name)
    high = lows[index + 1] - 1 if index + 1 < len(lows) else 10
    low = lows[index]
    return str(low) if low == high else f"{low}\u2013{high}"


def text_width(text: str, font_name: str, size: float) -> float:
    """How wide ``text`` prints, each character measured in the font that draws it."""
    return sum(stringWidth(char, font_for(char, font_name), size) for char in text)


class WholeTable(Table):
    """A table that moves to the next column or page whole rather than split."""

    def split(self, width: float, height: float) -> list[Flowable]:
        """Never split: the caller moves it on whole."""
        return []


class PlanBox(Flowable):
    """A ruled box at least ``PLAN_HEIGHT`` tall that grows into the rest of the page.

    Its purpose is printed small and grey in the top corner.
    """

    LINE = 24  # room for one handwritten line
    MOST = 300

    def __init__(self, hint: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.hint = Paragraph(muted(markup(hint), 7.5), style)
        self.width: float = 0
        self.height: float = 0

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Whole lines down to the bottom of the page, never less than ``PLAN_HEIGHT``."""
        room = min(height - 1, self.MOST)
        self.width = width
        self.height = max(PLAN_HEIGHT, room - room % self.LINE)
        return self.width, self.height

    def draw(self) -> None:
        """The ruled lines, the frame and the hint."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        y = self.height - self.LINE
        while y > 4:
            canvas.line(0, y, self.width, y)
            y -= self.LINE
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1)
        canvas.rect(0, 0, self.width, self.height)
        _w, height = self.hint.wrap(self.width - 8, self.LINE)
        self.hint.drawOn(canvas, 5, self.height - 3 - height)
        canvas.restoreState()
