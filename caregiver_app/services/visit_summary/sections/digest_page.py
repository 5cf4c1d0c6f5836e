"""Page 1 as one piece: the digest's sections laid out once, on one page.

Each section is laid out once, in ``wrap``, and drawn from that layout. The row of trend
charts is drawn last, once, in the room the others leave (at most ``CHART_HEIGHT``);
with less than ``CHART_LEAST`` left it is left out (the table above it has the numbers).
Only if the rest is still too much does the page give its sections back to flow on.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from caregiver_app.services.visit_summary.sections.kit import CHART_HEIGHT
from caregiver_app.services.visit_summary.sections.symptoms import ChartSlot

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

    def _lay(
        self, piece: Flowable, width: float, height: float
    ) -> tuple[Flowable, float, float, float]:
        _w, tall = piece.wrapOn(self.canv, width, height)
        return piece, piece.getSpaceBefore(), tall, piece.getSpaceAfter()

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Lay every piece out once; the charts get the room the others leave, if enough."""
        slot = next((piece for piece in self.pieces if isinstance(piece, ChartSlot)), None)
        others = [piece for piece in self.pieces if piece is not slot]
        self.laid = [self._lay(piece, width, height) for piece in others]
        if slot is not None:
            room = height - self._total() - 1
            if slot.row is None and room >= CHART_LEAST:
                slot.make(min(room, CHART_HEIGHT))
            if slot.row is not None and room >= CHART_LEAST:
                self.laid.insert(self.pieces.index(slot), self._lay(slot, width, height))
            else:  # no room for the charts: they and their caption are left out
                self.laid = [laid for laid in self.laid if laid[0] is not slot.caption]
        self.width, self.height = width, self._total()
        return width, self.height

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
