"""A very long diary note (a letter pasted in) prints whole in the appendix, page after page.

Printed as one paragraph in one table, each page of it copied and laid out all of what
was left: a note of 90,000 characters took 18 seconds, one of 270,000 with a long list
under it nearly four minutes. Now a long note is printed in pieces, a few to a table.
"""

import functools
import random
from datetime import timedelta

import pytest
import reportlab.platypus.flowables as rl_flowables
from reportlab.platypus import Paragraph, Table

from caregiver_app.services.pdf.text import PIECE_CHARACTERS, text_pieces
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.listed_lines import NoteLine
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.sections.notes import ROWS_PER_TABLE
from tests.helpers.laid_out import paragraph_lengths
from tests.helpers.visit_summary_record import NOW, fill_record, request
from tests.services.visit_summary.test_visit_summary_pdf import text_of


def _rebuilds(text: str, pieces: list[str]) -> bool:
    """The pieces, each joined to the one before with nothing or with a typed line break,
    give ``text`` back."""

    @functools.cache
    def from_piece(index: int, position: int) -> bool:
        if index == len(pieces):
            return position == len(text)
        piece = pieces[index]
        after_break = index and text.startswith("\n" + piece, position)
        if after_break and from_piece(index + 1, position + 1 + len(piece)):
            return True
        return text.startswith(piece, position) and from_piece(index + 1, position + len(piece))

    return from_piece(0, 0)


def test_short_text_is_one_piece_as_typed():
    note = "Slept badly.\nPain 6 at 2 am, better after the liquid morphine."
    assert text_pieces(note) == [note]
    assert text_pieces("x" * 3000) == ["x" * 3000]


def test_pieces_keep_every_character_and_cut_where_reading_pauses():
    sentences = "".join(f"Sentence {n} ends here. " for n in range(400))
    pieces = text_pieces(sentences)
    assert len(pieces) > 1 and all(len(piece) <= 600 for piece in pieces)
    assert "".join(pieces) == sentences
    assert all(piece.endswith(". ") for piece in pieces[:-1])  # after a full stop

    lines = "\n".join(f"line {n}: a cough at night" for n in range(300))
    pieces = text_pieces(lines)
    assert "\n".join(pieces) == lines  # cut only at the typed line breaks

    generator = random.Random(7)
    words = ["a", "word.", "中文。", "\n", "\n\n", " ", "x" * 700, "Tired. ", "🙂"]
    for _ in range(300):
        text = " ".join(generator.choice(words) for _ in range(generator.randint(0, 400)))
        pieces = text_pieces(text, most=100, whole_up_to=100)
        assert all(len(piece) <= 100 for piece in pieces)
        assert _rebuilds(text, pieces), repr(text[:80])


@pytest.fixture
def long_notes(store):
    fill_record()
    letter = "".join(f"Sentence {n} of the letter from the hospital. " for n in range(900))
    listed = "\n".join(f"Item {n}: checked the pump" for n in range(1500))
    return (
        NoteLine(NOW - timedelta(days=2), letter, True),
        NoteLine(NOW - timedelta(days=1), listed, False),
    )


def test_a_long_note_prints_whole_in_the_appendix(long_notes):
    data = collect_summary(request(appendices=("notes",)), NOW)
    data = data._replace(all_notes=long_notes)

    text = text_of(summary_pdf_bytes(data))

    appendix = text[text.index("Appendix") :]
    positions = [appendix.index(f"Sentence {n} of the letter") for n in range(900)]
    assert positions == sorted(positions)  # every sentence, in order
    positions = [appendix.index(f"Item {n}: checked the pump") for n in range(1500)]
    assert positions == sorted(positions)


def test_no_page_lays_out_the_whole_note_again(long_notes, monkeypatch):
    longest = paragraph_lengths(monkeypatch)
    data = collect_summary(request(appendices=("notes",)), NOW)

    summary_pdf_bytes(data._replace(all_notes=long_notes))

    assert max(longest) <= 600  # each page lays out the pieces it holds, not the note


def test_no_page_of_many_notes_copies_a_long_note_whole(long_notes, monkeypatch):
    # Seven notes or more go in two balanced columns, which copy what they split.
    short = tuple(
        NoteLine(NOW - timedelta(days=3, hours=n), f"Short note {n}.", False) for n in range(6)
    )
    copied: list[int] = []  # the characters of each table copied
    deepcopy = rl_flowables.deepcopy

    def counting_deepcopy(value, *args):
        if isinstance(value, Table):
            cells = [cell for row in value._cellvalues for cell in row]
            copied.append(sum(len(c.getPlainText()) for c in cells if isinstance(c, Paragraph)))
        return deepcopy(value, *args)

    monkeypatch.setattr(rl_flowables, "deepcopy", counting_deepcopy)
    data = collect_summary(request(appendices=("notes",)), NOW)

    pdf = summary_pdf_bytes(data._replace(all_notes=long_notes + short))

    assert copied  # the columns did split tables between pages
    # at most a table of pieces (the letter alone is 45,000 characters)
    assert max(copied) <= ROWS_PER_TABLE * PIECE_CHARACTERS <= 5000
    assert "Sentence 899 of the letter" in text_of(pdf) and "Short note 5." in text_of(pdf)
