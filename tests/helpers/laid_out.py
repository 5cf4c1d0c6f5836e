"""What ReportLab lays out while a PDF is made: the length of every paragraph wrapped.

A long text printed as one paragraph is laid out again, whole, for every page it runs
over; printed in pieces, no paragraph laid out is longer than a piece.
"""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph


def paragraph_lengths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on in the test, note the length of each paragraph's text as it is laid
    out; returns the list that fills."""
    lengths: list[int] = []
    wrap = Paragraph.wrap

    def measuring_wrap(self, width, height):
        lengths.append(len(self.getPlainText()))
        return wrap(self, width, height)

    monkeypatch.setattr(Paragraph, "wrap", measuring_wrap)
    return lengths
