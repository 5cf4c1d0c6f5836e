"""The pieces every printed page shares: colours, paragraph and table styles, "Page X of Y".

The "Who to call" sheet and the visit summary are built from these, so a family's
printouts look like one set. Text that a person typed still goes through
:func:`caregiver_app.services.pdf.text.markup` before it reaches a paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import TableStyle

from caregiver_app.services.pdf.text import SANS

CREATOR = "Care Companion"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#56616c")
ACCENT = colors.HexColor("#1d5b79")
RULE = colors.HexColor("#c5d0d8")
HEADER_FILL = colors.HexColor("#e6eef3")


def paragraph_style(name: str, **overrides) -> ParagraphStyle:
    """A paragraph style in CareSans, 10 on 13 points, long words split rather than clipped."""
    base = {
        "fontName": SANS,
        "bulletFontName": SANS,  # platypus would draw list numbers in Helvetica
        "fontSize": 10,
        "leading": 13,
        "textColor": INK,
        "splitLongWords": 1,
    }
    base.update(overrides)
    return ParagraphStyle(name, **base)


def table_style(commands: list) -> TableStyle:
    """A table style whose cells default to CareSans (platypus would select Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS), *commands])


def fill(template: str, **values: str) -> str:
    """``template`` with each ``{key}`` replaced; a broken translation cannot raise."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def hex_color(color: colors.Color) -> str:
    """``#rrggbb`` for a ``<font color=...>`` attribute."""
    return "#" + color.hexval()[2:]


PageFurniture = Callable[[Canvas, int, int], None]


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that draws ``furniture(canvas, page, pages)`` once the page count is known.

    Each finished page is held back until the document ends, so "Page X of Y" is
    right in one layout pass (the usual ReportLab "numbered canvas").
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                furniture(self, number, pages)
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
