"""ReportLab's paragraph, its lines broken once for each width it is laid out at, and drawn
in reading order when they hold Hebrew or Arabic."""

from __future__ import annotations

import copy
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph

from caregiver_app.services.pdf.bidi import has_rtl, shaped


class Paragraph(paragraph.Paragraph):
    """A paragraph that keeps its last layout and gives it again for the same width.

    ReportLab breaks a paragraph's lines every time it is asked its height: a table asks
    each cell while it sizes its rows and again as it draws them, a block kept together
    or fitted to the room left asks again, and the visit summary's page 1 is measured
    before it is drawn; a cell was laid out two or three times, an appendix's up to five.
    The lines depend only on the text, the style and the width, and the layout kept is
    the one made last, so everything ReportLab set while making it is still as it was.

    Right-to-left text (ReportLab lays out left to right only): Arabic letters take their
    joined forms before the lines are broken, and each line is put in the order it is
    drawn only as it is drawn; a paragraph whose first letter reads from the right is set
    against the right margin (unless its style centres it). The lines kept stay in typed
    order, because ReportLab makes the paragraphs of a split across pages from them and
    would reorder them a second time.
    """

    style: ParagraphStyle  # set by ReportLab's __init__

    def __init__(self, text: str | None, *args: Any, **kwargs: Any) -> None:  # ReportLab's
        if text is None:  # a part of a split paragraph: its fragments, already shaped
            frags = kwargs.get("frags") or ()
            self._right_to_left = any(has_rtl(getattr(frag, "text", "")) for frag in frags)
        else:
            self._right_to_left = has_rtl(text)
            if self._right_to_left:
                text = shaped(text)
        super().__init__(text, *args, **kwargs)

    def wrap(  # ReportLab's argument names
        self,
        availWidth: float,  # noqa: N803
        availHeight: float,  # noqa: N803
    ) -> tuple[float, float]:
        """The paragraph's width and height at ``availWidth``, its lines broken once."""
        kept = self.__dict__.get("_kept_layout")
        if kept is not None and kept[0] == availWidth:
            _width, self.width, self._wrapWidths, self.blPara, self.height = kept
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if availWidth >= paragraph._FUZZ:  # else nothing was laid out
            self._kept_layout = (availWidth, self.width, self._wrapWidths, self.blPara, self.height)
        return size

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - ReportLab's name
        """Draw the lines, those with right-to-left text in the order they are read."""
        if not self.__dict__.get("_right_to_left"):
            super().drawPara(debug)
            return
        # Here, not at the top: only Hebrew or Arabic text is reordered.
        from caregiver_app.services.pdf.bidi_lines import lines_direction, visual_lines

        typed = self.blPara
        style = self.style
        self.blPara = visual_lines(typed)
        if style.alignment == TA_LEFT and lines_direction(typed) == "R":
            # A paragraph read from the right starts at the right margin, as its lines
            # are read; a style set to centre or right is the printout's own choice.
            right = copy.copy(style)
            right.alignment = TA_RIGHT
            self.style = right
        try:
            super().drawPara(debug)
        finally:
            self.blPara, self.style = typed, style
