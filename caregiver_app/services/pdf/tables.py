"""A table whose short rows go to the next page whole: for lists of long texts in pieces."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

# Points: a row shorter than this is never cut between pages (a long text is several
# rows, ``text_pieces``, so only a row of many long short fields is ever this tall).
SPLIT_ROW_HEIGHT = 300


class RowKeepingTable(Table):
    """A table split between rows; a row is cut only when it is taller than ``SPLIT_ROW_HEIGHT``.

    Platypus cuts the first row that does not fit what is left of a page (``splitInRow``)
    and puts the part after the cut, with the heading rows again, in the middle of that
    same page; a row short enough for a page goes to the next one whole instead.
    """

    def split(self, width: float, height: float) -> list[Flowable]:
        """Nothing (the table starts on the next page) when no whole row but the heading
        fits and the first row is short; else as platypus splits."""
        self._calc(width, height)
        first = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        heights = self._rowHeights
        short = len(heights) > first and heights[first] <= SPLIT_ROW_HEIGHT
        if short and sum(heights[: first + 1]) > height:
            return []
        return super().split(width, height)
