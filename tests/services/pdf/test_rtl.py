"""Hebrew and Arabic print in the order they are read, Arabic letters joined.

Each test reads the PDF back with pdfium and checks where the characters stand on the
page: the first letter of a right-to-left word is drawn to the right of its last.
"""

# ruff: noqa: RUF001 - Hebrew letters are the point of these tests

import io
import re
import subprocess
import sys
import zlib

import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle

from caregiver_app.services.diary.trend_text import drawn_text
from caregiver_app.services.medication.chart_cells import cell
from caregiver_app.services.pdf.document import new_document, one_frame_pages
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.text import SANS, markup, register_fonts
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from tests.helpers.visit_summary_record import NOW, fill_record, request

HEBREW = "שרה לוי"
ARABIC = "محمد عبد الرحمن"
MIXED = "Dr. שרה לוי 555-0100"
ARABIC_LETTERS = range(0x0620, 0x064B)


def style(size: float = 11, room: float = 0) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("rtl", fontName=SANS, fontSize=size, leading=size * 1.3, rightIndent=room)


def pdf_of(*paragraphs: tuple[str, float]) -> bytes:
    """A page with each (markup, width) as a paragraph that wide."""
    buffer = io.BytesIO()
    document = new_document(buffer, A4, "RTL", side=40, top=40, bottom=40)
    one_frame_pages(document)
    document.build(
        [Paragraph(text, style(room=document.width - width)) for text, width in paragraphs]
    )
    return buffer.getvalue()


def characters(pdf: bytes, page_number: int = 0) -> list[tuple[str, float, float]]:
    """(character, left, top) of each character on the page (in pdfium's reading order)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[page_number].get_textpage()
        found = []
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if char.strip():
                left, _bottom, _right, top = textpage.get_charbox(index, loose=True)
                found.append((char, left, top))
        return found
    finally:
        document.close()


def left_of(found: list[tuple[str, float, float]], char: str) -> float:
    return next(left for drawn, left, _top in found if drawn == char)


def test_a_hebrew_name_reads_right_to_left():
    found = characters(pdf_of((markup(HEBREW), 400)))
    # שרה: ש is read first, so it stands rightmost; לוי is the second word, to the left.
    assert left_of(found, "ש") > left_of(found, "ר") > left_of(found, "ה")
    assert left_of(found, "ל") > left_of(found, "ו") > left_of(found, "י")
    assert left_of(found, "ה") > left_of(found, "ל")


def test_a_mixed_line_keeps_the_title_and_number_left_to_right():
    for text in (markup(MIXED), f"<b>Dr.</b>{markup(MIXED[3:])}"):  # one run; two styles
        found = characters(pdf_of((text, 400)))
        assert left_of(found, "D") < left_of(found, "r") < left_of(found, ".")
        assert left_of(found, "ש") > left_of(found, "ה") > left_of(found, "ל")
        digits = [left for char, left, _top in found if char.isdigit()]
        assert digits == sorted(digits)  # 555-0100 reads left to right


def drawn_code_points(pdf: bytes) -> set[int]:
    """Every character the fonts' ToUnicode maps give (what the glyphs drawn stand for)."""
    points = set()
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.DOTALL):
        try:
            text = zlib.decompress(stream).decode("latin-1")
        except zlib.error:
            continue
        if "beginbfchar" in text:
            points |= {int(code, 16) for code in re.findall(r"<[0-9A-F]+> <([0-9A-F]{4})>", text)}
    return points


def test_arabic_letters_are_joined_and_read_right_to_left():
    pdf = pdf_of((markup(ARABIC), 400))
    drawn = drawn_code_points(pdf)
    assert not drawn & set(ARABIC_LETTERS)
    # محمد: an initial meem, medial hah, final dal (pdfium reads them back as letters).
    assert {0xFEE3, 0xFEA4, 0xFEAA} <= drawn
    found = characters(pdf)
    assert left_of(found, "م") > left_of(found, "ح") > left_of(found, "د")


def test_a_wrapped_hebrew_paragraph_starts_on_its_first_line():
    words = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"]
    found = characters(pdf_of((markup(" ".join(words * 3)), 90)))
    tops = sorted({round(top) for _char, _left, top in found}, reverse=True)
    assert len(tops) > 3
    first_line = "".join(
        char
        for char, _left, top in sorted(found, key=lambda entry: entry[1])
        if round(top) == tops[0]
    )
    # The line as drawn from the left is the first words read from the right.
    assert first_line[::-1].startswith("אחתשתיים")


def test_the_visit_summary_prints_a_hebrew_patient_name_in_its_header(store):
    fill_record(patient_name=HEBREW)
    found = characters(summary_pdf_bytes(collect_summary(request(), NOW)))
    line = next(top for char, _left, top in found if char == "ש")  # the header's name
    header = [entry for entry in found if entry[2] == line]
    assert left_of(header, "ש") > left_of(header, "ר") > left_of(header, "ה")
    assert left_of(header, "ה") > left_of(header, "ל")


def test_a_medicine_chart_cell_with_hebrew_is_a_paragraph():
    printed = cell([HEBREW], style(), 200)
    assert isinstance(printed, Paragraph)


def test_a_chart_label_is_drawn_in_reading_order():
    assert drawn_text(0, 0, HEBREW, 8).text == "יול הרש"
    assert drawn_text(0, 0, "Pain שרה", 8).text == "Pain הרש"


def test_printing_without_right_to_left_letters_loads_neither_library():
    # Most printouts have no Hebrew or Arabic: the reshaper's tables are not loaded for them.
    script = (
        "import sys\n"
        "from reportlab.lib.styles import ParagraphStyle\n"
        "from caregiver_app.services.pdf.paragraph import Paragraph\n"
        "from caregiver_app.services.pdf.text import SANS, markup, register_fonts\n"
        "register_fonts()\n"
        "style = ParagraphStyle('n', fontName=SANS)\n"
        "Paragraph(markup('Pain 5, slept well 王'), style).wrap(200, 99)\n"
        "print(sorted(m for m in ('arabic_reshaper', 'bidi') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[]"]
