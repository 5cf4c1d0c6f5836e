"""A list that takes only the room it is given: whole blocks, first ones first, as many as fit
in the page's room less a reserve (and under a cap), then one line counting the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable

from caregiver_app.services.pdf.paragraph import Paragraph

Block = tuple[int, Callable[[], Flowable]]  # (how many items it holds, how to make it)


class FittedBlocks(Flowable):
    """Whole blocks, in order, as many as fit above ``reserve`` points and within ``most``.

    A block is made and laid out only when the room left may hold it, and once per
    width: a list of hundreds costs what the page shows. What does not fit is counted
    in the line under them (``more(count)``, None when nothing is left out), which says
    where the rest is.
    """

    def __init__(
        self,
        blocks: Sequence[Block],
        more: Callable[[int], Paragraph | None],
        reserve: float = 0,
        most: float = 1e6,
    ) -> None:
        super().__init__()
        self.makers = list(blocks)
        self.made: list[Flowable] = []
        self.more = more
        self.reserve = reserve
        self.most = most
        self.total = sum(count for count, _make in self.makers)
        self._heights: dict[float, list[float]] = {}
        self._tails: dict[tuple[float, int], tuple[Paragraph | None, float]] = {}
        self.kept = 0
        self.tail: Paragraph | None = None
        self.width = self.height = 0.0

    def block(self, index: int, width: float) -> tuple[Flowable, float]:
        """Block ``index``, made if needed, and its height at ``width``."""
        while len(self.made) <= index:
            self.made.append(self.makers[len(self.made)][1]())
        heights = self._heights.setdefault(width, [])
        while len(heights) <= index:
            heights.append(self.made[len(heights)].wrap(width, 1e6)[1])
        return self.made[index], heights[index]

    def _tail(self, width: float, left_out: int) -> tuple[Paragraph | None, float]:
        key = (width, left_out)
        if key not in self._tails:
            tail = self.more(left_out) if left_out > 0 else None
            self._tails[key] = (tail, tail.wrap(width, 1e6)[1] if tail is not None else 0.0)
        return self._tails[key]

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Keep the first blocks that fit in ``height`` less the reserve, under the cap."""
        room = min(height - self.reserve, self.most)
        kept, shown, used = 0, 0, 0.0
        for index, (count, _make) in enumerate(self.makers):
            if used >= room:
                break
            _block, block_height = self.block(index, width)
            _tail, tail_height = self._tail(width, self.total - shown - count)
            if used + block_height + tail_height > room:
                break
            used += block_height
            kept += 1
            shown += count
        self.kept = kept
        self.tail, tail_height = self._tail(width, self.total - shown)
        self.width, self.height = width, used + tail_height
        return width, self.height

    def split(self, width: float, height: float) -> list[Flowable]:
        """Never split: it is laid out to fit where it is."""
        return []

    def draw(self) -> None:
        """The kept blocks from the top down, then the line about the rest."""
        y = self.height
        for index in range(self.kept):
            block, block_height = self.block(index, self.width)
            y -= block_height
            block.drawOn(self.canv, 0, y)
        if self.tail is not None:
            self.tail.drawOn(self.canv, 0, 0)
