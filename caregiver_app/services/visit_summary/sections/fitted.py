"""A list that takes only the room it is given: whole blocks, first ones first, as many as fit
in the page's room less a reserve (and under a cap), then one line counting the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, Paragraph


class FittedBlocks(Flowable):
    """Whole blocks, in order, as many as fit above ``reserve`` points and within ``most``.

    Each block is ``(how many items it holds, the flowable)`` and is laid out once per
    width. What does not fit is counted in the line under them (``more(count)``, None
    when nothing is left out), which says where the rest is.
    """

    def __init__(
        self,
        blocks: Sequence[tuple[int, Flowable]],
        more: Callable[[int], Paragraph | None],
        reserve: float = 0,
        most: float = 1e6,
    ) -> None:
        super().__init__()
        self.blocks = list(blocks)
        self.more = more
        self.reserve = reserve
        self.most = most
        self.total = sum(count for count, _block in self.blocks)
        self._heights: dict[float, list[float]] = {}
        self._tails: dict[tuple[float, int], tuple[Paragraph | None, float]] = {}
        self.kept = 0
        self.shown = 0
        self.tail: Paragraph | None = None
        self.width = self.height = 0.0

    def block_heights(self, width: float) -> list[float]:
        """Each block's height at ``width`` (laid out once)."""
        if width not in self._heights:
            self._heights[width] = [block.wrap(width, 1e6)[1] for _count, block in self.blocks]
        return self._heights[width]

    def _tail(self, width: float, left_out: int) -> tuple[Paragraph | None, float]:
        key = (width, left_out)
        if key not in self._tails:
            tail = self.more(left_out) if left_out > 0 else None
            self._tails[key] = (tail, tail.wrap(width, 1e6)[1] if tail is not None else 0.0)
        return self._tails[key]

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Keep the first blocks that fit in ``height`` less the reserve, under the cap."""
        heights = self.block_heights(width)
        room = min(height - self.reserve, self.most)
        kept, shown, used = 0, 0, 0.0
        for (count, _block), block_height in zip(self.blocks, heights, strict=True):
            _tail, tail_height = self._tail(width, self.total - shown - count)
            if used + block_height + tail_height > room:
                break
            used += block_height
            kept += 1
            shown += count
        self.kept, self.shown = kept, shown
        self.tail, tail_height = self._tail(width, self.total - shown)
        self.width, self.height = width, used + tail_height
        return width, self.height

    def split(self, width: float, height: float) -> list[Flowable]:
        """Never split: it is laid out to fit where it is."""
        return []

    def draw(self) -> None:
        """The kept blocks from the top down, then the line about the rest."""
        y = self.height
        for (_count, block), block_height in zip(
            self.blocks[: self.kept], self.block_heights(self.width), strict=False
        ):
            y -= block_height
            block.drawOn(self.canv, 0, y)
        if self.tail is not None:
            self.tail.drawOn(self.canv, 0, 0)
