"""A paragraph that starts in Hebrew or Arabic is set against the right margin.

Its lines were drawn in reading order but from the left margin, as English is: a Hebrew
note stood ragged on the right, where its reader starts each line. Positions are read
back from the PDF with pdfium.
"""

import pypdfium2
import pytest

from caregiver_app.services.pdf.text import markup
from tests.services.pdf.test_rtl import ARABIC, HEBREW, MIXED, pdf_of

WIDTH = 300  # each paragraph's width here, in points
# pdf_of's page margin (40) and its frame's padding (6): where a paragraph's lines can start
# and end.
LEFT = 40 + 6
RIGHT = 40 + WIDTH - 6
WORDS = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"]


def lines_of(pdf: bytes) -> list[tuple[float, float]]:
    """(leftmost, rightmost) edge of the characters on each line, top line first."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[0].get_textpage()
        lines: dict[int, list[float]] = {}
        for index in range(textpage.count_chars()):
            if textpage.get_text_range(index, 1).strip():
                left, _bottom, right, _top = textpage.get_charbox(index)
                _left, _bottom, _right, line_top = textpage.get_charbox(index, loose=True)
                lines.setdefault(round(line_top), []).extend((left, right))
        return [(min(edges), max(edges)) for _top, edges in sorted(lines.items(), reverse=True)]
    finally:
        document.close()


@pytest.mark.parametrize("text", [HEBREW, ARABIC, " ".join(WORDS * 4), f"{HEBREW} (Dr. Ruiz)"])
def test_a_right_to_left_paragraph_ends_at_the_right_margin(text):
    lines = lines_of(pdf_of((markup(text), WIDTH)))

    for left, right in lines:
        assert right == pytest.approx(RIGHT, abs=1.5)  # every line, the last one too
        assert left > LEFT + 20 or len(lines) > 1  # a short one does not reach the left


@pytest.mark.parametrize("text", ["Morphine 10 mg at night", MIXED, "555-0100"])
def test_a_paragraph_that_starts_left_to_right_stays_at_the_left(text):
    ((left, right),) = lines_of(pdf_of((markup(text), WIDTH)))

    assert left == pytest.approx(LEFT, abs=1.5)
    assert right < RIGHT - 20


def test_a_centred_right_to_left_paragraph_stays_centred(monkeypatch):
    import tests.services.pdf.test_rtl as shared

    plain = shared.style
    monkeypatch.setattr(
        shared, "style", lambda *args, **kwargs: plain(*args, **kwargs).clone("c", alignment=1)
    )
    ((left, right),) = lines_of(shared.pdf_of((markup(HEBREW), WIDTH)))

    assert (left + right) / 2 == pytest.approx((LEFT + RIGHT) / 2, abs=1.5)
