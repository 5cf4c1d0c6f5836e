"""ReportLab's paragraph, its lines broken once for each width it is laid out at."""

from __future__ import annotations

from reportlab.platypus import paragraph


class Paragraph(paragraph.Paragraph):
    """A paragraph that keeps its last layout and gives it again for the same width.

    ReportLab breaks a paragraph's lines every time it is asked its height: a table asks
    each cell while it sizes its rows and again as it draws them, a block kept together
    or fitted to the room left asks again, and the visit summary's page 1 is measured
    before it is drawn; a cell was laid out two or three times, an appendix's up to five.
    The lines depend only on the text, the style and the width, and the layout kept is
    the one made last, so everything ReportLab set while making it is still as it was.
    """

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
