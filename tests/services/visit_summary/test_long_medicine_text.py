"""A leaflet pasted into a medicine's schedule or purpose prints whole in the medicine list.

The medicine's row held each text in one paragraph; a row taller than a page was cut page
by page, and each page laid out all of what was left again: a schedule of 90,000
characters took 12 seconds. Now a long text is in pieces, a row a piece.
"""

from dataclasses import replace

import pytest

from caregiver_app.services.pdf.text import PIECE_CHARACTERS
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.store.diary.medicines import list_medicines, save_medicine
from tests.helpers.laid_out import paragraph_lengths
from tests.helpers.visit_summary_record import NOW, fill_record, request
from tests.services.visit_summary.test_visit_summary_pdf import text_of

# Each sentence's number is a word of its own (it never breaks between lines), as the
# schedule's and the purpose's lines are read back side by side.
LEAFLET = "".join(f"Line L{n}L of the leaflet: take with food. " for n in range(2000))
PURPOSE = "".join(f"For P{n}P constipation from the morphine. " for n in range(200))


@pytest.fixture
def long_schedule(store):
    fill_record()
    senna = next(medicine for medicine in list_medicines() if medicine.name == "Senna")
    save_medicine(replace(senna, schedule=LEAFLET, purpose=PURPOSE))
    return collect_summary(request(), NOW)


def test_a_long_schedule_prints_whole_and_in_order(long_schedule):
    text = text_of(summary_pdf_bytes(long_schedule))

    for word, count in (("L", 2000), ("P", 200)):
        positions = [text.index(f"{word}{n}{word}") for n in range(count)]
        assert positions == sorted(positions)  # every sentence, in order
    assert "Morphine oral solution" in text and "Dexamethasone" in text  # and the others


def test_no_page_lays_out_the_whole_schedule_again(long_schedule, monkeypatch):
    longest = paragraph_lengths(monkeypatch)

    summary_pdf_bytes(long_schedule)

    assert max(longest) <= PIECE_CHARACTERS + 100  # a piece (and a name), not 80,000 left
