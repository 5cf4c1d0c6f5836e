"""Page 1 as one piece: the digest's sections laid out once, on one page.

Each section is laid out once, in ``wrap``, and drawn from that layout. Only if they are
too much for one page does the page give its sections back to flow on as usual; then
page 2's sections follow the last of them on the same page (:class:`AfterDigest`), not
from a new page that would leave the one before holding only the digest's last lines.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak
from reportlab.platypus.doctemplate import FrameActionFlowable, NullActionFlowable
from reportlab.platypus.frames import Frame


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
        self.overflowed = False  # given back to flow on past page 1

    def _lay(
        self, piece: Flowable, width: float, height: float
    ) -> tuple[Flowable, float, float, float]:
        _w, tall = piece.wrapOn(self.canv, width, height)
        return piece, piece.getSpaceBefore(), tall, piece.getSpaceAfter()

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Lay every piece out once (again only if the width changes)."""
        if not self.laid or width != self.width:
            self.laid = [self._lay(piece, width, height) for piece in self.pieces]
        self.width, self.height = width, self._total()
        return width, self.height

    def _total(self) -> float:
        return sum(before + tall + after for _piece, before, tall, after in self.laid)

    def split(self, width: float, height: float) -> list[Flowable]:
        """Too much for one page even so: the sections flow on as they would alone."""
        # Led by an action, the sections go back on the list to be laid out (and split) one
        # by one; ReportLab would otherwise place the first here whole, or fail.
        self.overflowed = True
        return [NullActionFlowable(), *self.sections]

    def draw(self) -> None:
        """Each piece where the layout put it, from the top down."""
        y = self.height
        for piece, before, tall, after in self.laid:
            y -= before + tall
            piece.drawOn(self.canv, 0, y)
            y -= after


class AfterDigest(FrameActionFlowable):
    """A new page after the digest when it held on page 1; else none (see the module's
    docstring)."""

    locChanger = 1  # noqa: N815 - ReportLab's name: it may change the page

    def __init__(self, digest: DigestPage) -> None:
        self.digest = digest

    def frameAction(self, frame: Frame) -> None:  # noqa: N802 - ReportLab's name
        """Break the page unless the digest flowed on past page 1, or the page is empty."""
        if not self.digest.overflowed and not frame._atTop:
            frame.add_generated_content(PageBreak())
