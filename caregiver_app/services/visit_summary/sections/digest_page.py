"""Page 1 as one piece: the digest's sections laid out once, on one page.

Each section is laid out once, in ``wrap``, and drawn from that layout. When they do
not fit, the row of trend charts is drawn again shorter (never below ``CHART_LEAST``);
if that is not enough, the charts are left out (the table above them has the numbers);
only then does the page give its sections back to flow on as usual.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from caregiver_app.services.visit_summary.sections.symptoms import ChartRow

CHART_LEAST = 50  # points: the shortest the charts are drawn before they are left out


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    """The pieces of the sections, without what only matters across pages."""
    pieces: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            pieces += _flat(list(flowable._content))
        elif not isinstance(flowable, CondPageBreak):
            pieces.append(flowable)
    return pieces


class DigestPage(Flowable):
    """Page 1's sections, kept on one page (see the module's docstring)."""

    def __init__(self, sections: list[Flowable]) -> None:
        super().__init__()
        self.sections = sections
        self.pieces = _flat(sections)
        self.laid: list[tuple[Flowable, float, float, float]] = []  # piece, before, height, after
        self.width = self.height = 0.0

    def _lay(self, index: int, width: float, height: float) -> tuple[Flowable, float, float, float]:
        piece = self.pieces[index]
        _w, tall = piece.wrapOn(self.canv, width, height)
        return piece, piece.getSpaceBefore(), tall, piece.getSpaceAfter()

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Lay every piece out once; draw the charts shorter if that makes them fit."""
        self.laid = [self._lay(index, width, height) for index in range(len(self.pieces))]
        total = self._total()
        charts = next(
            (index for index, piece in enumerate(self.pieces) if isinstance(piece, ChartRow)), None
        )
        if total > height and charts is not None:
            row = self.pieces[charts]
            assert isinstance(row, ChartRow)
            shorter = row.chart_height - (total - height) - 1
            if shorter >= CHART_LEAST:
                self.pieces[charts] = row.remake(shorter)
                self.laid[charts] = self._lay(charts, width, height)
            else:  # the charts and their caption, the piece before them
                del self.pieces[charts - 1 : charts + 1]
                del self.laid[charts - 1 : charts + 1]
            total = self._total()
        self.width, self.height = width, total
        return width, total

    def _total(self) -> float:
        return sum(before + tall + after for _piece, before, tall, after in self.laid)

    def split(self, width: float, height: float) -> list[Flowable]:
        """Too much for one page even so: the sections flow on as they would alone."""
        return self.sections

    def draw(self) -> None:
        """Each piece where the layout put it, from the top down."""
        y = self.height
        for piece, before, tall, after in self.laid:
            y -= before + tall
            piece.drawOn(self.canv, 0, y)
            y -= after
