"""The pieces every printed page shares: safe fills, grey and unbroken text, "Page X of Y".

The "Who to call" sheet and the visit summary are built from these, so a family's
printouts look like one set. Text that a person typed still goes through
:func:`caregiver_app.services.pdf.text.markup` before it reaches a paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from caregiver_app.services.pdf.palette import MUTED

CREATOR = "Care Companion"


def fill(template: str, **values: str) -> str:
    """``template`` with each ``{key}`` replaced; a broken translation cannot raise."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def hex_color(color: colors.Color) -> str:
    """``#rrggbb`` for a ``<font color=...>`` attribute."""
    return "#" + color.hexval()[2:]


def muted(text: str, size: float | None = None) -> str:
    """Markup (already escaped) shown small and grey."""
    size_attribute = f' size="{size}"' if size else ""
    return f'<font color="{hex_color(MUTED)}"{size_attribute}>{text}</font>'


def unbroken(text: str) -> str:
    """``text`` with its spaces made non-breaking, so a line never splits it."""
    return text.replace(" ", "\u00a0")


def unbroken_if_it_fits(text: str, font_name: str, size: float, room: float) -> str:
    """``text`` unbroken when it fits on one line ``room`` points wide; else as it is.

    A phone number made unbroken but wider than its column is cut between two digits
    (a line "+1 (555) 010-999" then "9 ext. 4432" dials a wrong number); left as it
    is, it breaks only at its own spaces, between groups of digits.
    """
    if stringWidth(text, font_name, size) <= room:
        return unbroken(text)
    return text


PageFurniture = Callable[[Canvas, int, int], None]


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that draws ``furniture(canvas, page, pages)`` once the page count is known.

    Each finished page is held back until the document ends, so "Page X of Y" is
    right in one layout pass (the usual ReportLab "numbered canvas").
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:  # ReportLab's Canvas arguments
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

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
