"""A long question in the visit summary is shortened with a mark, and the short ones after
it still print (before, the first long one took the share of page 2 and hid the rest, and
a very long first question ran the summary over three more pages)."""

import pypdfium2
import pytest

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.listed_lines import QuestionLine
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from tests.helpers.visit_summary_record import NOW, fill_record, request
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

LONG = " ".join(f"word{n}" for n in range(400))  # about 2,700 characters


@pytest.fixture
def filled(store):
    fill_record()
    return collect_summary(request(), NOW)


def _pdf(data, texts):
    questions = tuple(QuestionLine(text, "") for text in texts)
    return summary_pdf_bytes(data._replace(questions=questions))


def _questions_part(pages: list[str]) -> str:
    text = " ".join(pages)
    return text[text.index("Questions for this visit") : text.index("Key contacts")]


def test_short_questions_after_a_long_one_print_in_order(filled):
    part = _questions_part(pages_of(_pdf(filled, ["Short?", LONG, "Tab here?", "Night pain?"])))
    assert "1. Short?" in part
    assert "2. word0 word1" in part and "… (continues in the app)" in part
    assert "word399" not in part  # shortened, and said so
    assert part.index("3. Tab here?") < part.index("4. Night pain?")
    assert "did not fit" not in part  # all four are there


def test_a_very_long_first_question_keeps_the_summary_short(filled):
    usual = len(pages_of(_pdf(filled, ["Short?"])))
    pages = pages_of(_pdf(filled, ["x" * 10_000, "Short?"]))
    assert len(pages) == usual
    part = _questions_part(pages)
    assert "… (continues in the app)" in part and "2. Short?" in part


def test_the_more_line_counts_what_is_left_out(filled):
    texts = [LONG] * 3 + [f"Question {n}?" for n in range(40)]
    part = _questions_part(pages_of(_pdf(filled, texts)))
    shown = part.count("… (continues in the app)") + part.count("? ")
    assert 3 < shown < 43  # the long ones shortened, then short ones, then the line
    assert f"{43 - shown} more open questions did not fit here" in part


def test_the_page_looks_right(filled, tmp_path):
    """Rendered, for a look: the long question's mark ends its last line."""
    document = pypdfium2.PdfDocument(_pdf(filled, ["Short?", LONG, "Tab here?"]))
    try:
        for index, page in enumerate(document):
            page.render(scale=1.5).to_pil().save(tmp_path / f"page{index}.png")
    finally:
        document.close()
    assert (tmp_path / "page1.png").exists()
