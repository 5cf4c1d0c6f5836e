"""The ESAS-r table with its trend charts beside it: the table and its legend on the left,
the charts stacked on the right, as tall together as the table (drawn once, at that height),
or taller where the table is short (one line a row, as in Chinese): the number of charts
printed never depends on how many lines the table's words take."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable

from caregiver_app.services.visit_summary.sections.kit import CHART_GAP

TABLE_SHARE = 0.6  # of the text width, for the table; the charts have the rest
CHART_LEAST = 70  # points: a chart shorter than this is not drawn (the table has the numbers)
CHARTS_MOST = 3


class TableAndCharts(Flowable):
    """The table's pieces stacked ``left`` points wide; beside them ``wanted`` charts (at most
    ``CHARTS_MOST``), sharing the table's height, or ``CHART_LEAST`` each where the table is
    shorter than that, then the charts' caption."""

    def __init__(
        self,
        table: list[Flowable],
        left: float,
        charts: Callable[[float, int], list[Drawing]],
        caption: Flowable,
        wanted: int = CHARTS_MOST,
    ) -> None:
        super().__init__()
        self.pieces = table
        self.wanted = min(wanted, CHARTS_MOST)
        self.left = left
        self.make_charts = charts
        self.caption = caption
        self.laid: list[tuple[Flowable, float]] = []
        self.drawn: list[Drawing] | None = None
        self.caption_height = 0.0
        self.width = self.height = 0.0

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """The table laid out once; the charts drawn once, to its height."""
        if not self.laid:
            self.laid = [
                (piece, piece.wrapOn(self.canv, self.left, height)[1]) for piece in self.pieces
            ]
        tall = sum(piece_height for _piece, piece_height in self.laid)
        right = width - self.left - CHART_GAP
        if self.drawn is None:
            self.caption_height = self.caption.wrapOn(self.canv, right, height)[1]
            count = self.wanted
            least = count * CHART_LEAST + CHART_GAP / 2 * (count - 1) if count else 0
            room = max(tall - self.caption_height, least)
            each = (room - CHART_GAP / 2 * (count - 1)) / count if count else 0
            self.drawn = self.make_charts(each, count) if count else []
        if self.drawn:
            charts = sum(drawing.height for drawing in self.drawn)
            charts += CHART_GAP / 2 * (len(self.drawn) - 1) + self.caption_height
            tall = max(tall, charts)
        self.width, self.height = width, tall
        return width, tall

    def split(self, width: float, height: float) -> list[Flowable]:
        """Move on whole to the next page, unless no page is tall enough (many problems and
        trackers of the family's own): then as much of the table as fits here, with the
        charts beside it, and the rest of the table and its legend after."""
        if self.height <= self._tallest_page():
            return []
        table, *after = self.pieces
        parts = table.split(self.left, height)
        if len(parts) < 2:
            return []
        first = TableAndCharts(parts[:1], self.left, self.make_charts, self.caption, self.wanted)
        rest = [*parts[1:], *after]
        for piece in rest:  # under the first part, not centred on the page
            piece.hAlign = "LEFT"
        return [first, *rest]

    def _tallest_page(self) -> float:
        """The room of an empty page: this one's, or the next one's if taller (ReportLab's
        frames, which it gives a flowable while it asks it to split)."""
        frames = [getattr(self, "_frame", None)]
        peek = self._doctemplateAttr("_peekNextFrame")
        if peek is not None:
            frames.append(peek())
        return max((frame._aH for frame in frames if frame is not None), default=float("inf"))

    def draw(self) -> None:
        """The table's pieces on the left, the charts and their caption on the right."""
        y = self.height
        for piece, piece_height in self.laid:
            y -= piece_height
            piece.drawOn(self.canv, 0, y)
        if not self.drawn:
            return
        x = self.left + CHART_GAP
        y = self.height
        for drawing in self.drawn:
            y -= drawing.height
            drawing.drawOn(self.canv, x, y)
            y -= CHART_GAP / 2
        self.caption.drawOn(self.canv, x, 0)
