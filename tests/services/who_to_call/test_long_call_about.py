"""A whole page pasted into a contact's "Call about" prints whole on the sheet, page after page.

As one paragraph in one table row, each page laid out all of what was left of it again,
for each of the sheet's densities: a "call about" of 90,000 characters took over a
minute. Now a long one is printed in pieces (``text_pieces``), one row a piece.
"""

import dataclasses

from caregiver_app.services.pdf.text import PIECE_CHARACTERS
from tests.helpers.laid_out import paragraph_lengths
from tests.services.who_to_call.test_who_to_call import LABELS, build, page_texts, team

LETTER = "".join(f"Sentence {n} about the pump, Zoë 中文。 " for n in range(1500))


def _with_long_call_about() -> list:
    contacts = team()
    first = next(index for index, contact in enumerate(contacts) if contact.call_first)
    contacts[first] = dataclasses.replace(contacts[first], call_about=LETTER)
    return contacts


def test_a_long_call_about_prints_whole_in_the_box_and_the_table(tmp_path):
    path = tmp_path / "who-to-call.pdf"

    build(path, _with_long_call_about())

    # the pages' text without the footer each ends with, nor the table's heading row and
    # the role the table repeats at the top of each page
    text = " ".join(page.split(LABELS.footer)[0].strip() for page in page_texts(path))
    text = text.replace("Role Name Phone Call about ", "").replace("Nurse navigator ", "")
    box = text.index("Call about:")  # the call-first box, then the team table
    table = text.index("Sentence 0 ", text.index("Sentence 1499 ", box))
    for start in (box, table):
        # the box's phone numbers may come between a line's words in the text read back
        positions = [text.index(f"Sentence {n} ", start) for n in range(1500)]
        assert positions == sorted(positions)  # every sentence, in order
    assert "Dr. Hiroshi Tanaka" in text and "Carmen Delgado" in text  # and everyone else


def test_no_page_lays_out_the_whole_call_about_again(tmp_path, monkeypatch):
    longest = paragraph_lengths(monkeypatch)

    build(tmp_path / "who-to-call.pdf", _with_long_call_about())

    assert max(longest) <= PIECE_CHARACTERS  # pieces, not the 60,000 characters left
