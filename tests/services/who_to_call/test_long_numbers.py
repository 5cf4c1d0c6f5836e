"""A phone number too long for its column breaks only between its groups of digits, on the
"Who to call" sheet and in the visit summary's key contacts: a line cut inside a group
("010-999" then "9 ext. 4432") would have a family dial a wrong number."""

from datetime import date

import pypdfium2
from reportlab.lib.pagesizes import LETTER

from caregiver_app.services.who_to_call.labels import WhoToCallLabels
from caregiver_app.services.who_to_call.pdf import build_who_to_call_pdf
from caregiver_app.services.who_to_call.sheet import SheetContent
from caregiver_app.store.contacts import ContactRecord

LONG = "+1 (555) 010-9999 ext. 4432"


def _text(pdf) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def _groups_whole(text: str, number: str) -> None:
    """No printed word is a piece cut out of one of ``number``'s groups."""
    groups = number.split()
    words = [word for line in text.splitlines() for word in line.replace("\u00a0", " ").split()]
    assert all(group in words for group in groups), words
    for word in words:
        cut = len(word) > 1 and any(word in group and word != group for group in groups)
        assert not cut, (word, words)


def test_sheet_breaks_a_long_number_only_between_its_groups(tmp_path):
    nurse = ContactRecord(
        name="Grace Lindqvist, RN",
        role="nurse navigator",
        call_first=True,
        phones=[("main", "555-0112"), ("after_hours", "555-0111"), ("mobile", LONG)],
    )
    path = tmp_path / "who.pdf"
    content = SheetContent(
        [nurse], "Rosa", date(2026, 11, 29), WhoToCallLabels.english(), str, lambda n: n
    )
    build_who_to_call_pdf(path, content, LETTER)
    _groups_whole(_text(str(path)), LONG)


def test_summary_breaks_a_long_after_hours_number_only_between_its_groups(store):
    from caregiver_app.services.visit_summary.text import summary_bytes
    from caregiver_app.store.contacts import save_contact
    from tests.helpers.visit_summary_record import request

    longer = "+44 (0) 20 7946 0958 0123 4567 ext. 4432"
    save_contact(
        ContactRecord(
            name="Out-of-hours line",
            role="nurse navigator",
            call_first=True,
            phones=[("after_hours", longer)],
        )
    )
    _groups_whole(_text(summary_bytes(request(), LETTER)), longer)


def test_the_day_it_was_prepared_is_printed_whole_on_one_line(tmp_path):
    """A long date ("Wednesday, September 30, 2026") had its year alone on the next line."""
    from caregiver_app.services.who_to_call.text import sheet_labels

    path = tmp_path / "who.pdf"
    content = SheetContent([], "", date(2026, 9, 30), sheet_labels(), str, lambda n: n)
    build_who_to_call_pdf(path, content, LETTER)
    lines = [line.strip() for line in _text(str(path)).splitlines()]
    assert any(line.endswith("September 30, 2026") for line in lines), lines
