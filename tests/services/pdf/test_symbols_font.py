"""Emoji and symbols in the printouts: drawn by the shipped symbols font, read back as typed."""

import pypdfium2
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from caregiver_app.services.diary.trend_text import drawn_text, plain, shown_width
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.text import (
    CJK,
    SANS,
    SANS_BOLD,
    SYMBOLS,
    font_for,
    glyphs,
    markup,
    printed,
    register_fonts,
)
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from tests.helpers.visit_summary_record import NOW, fill_record, request

# What families type in a note or a tracker's name: hands, hearts, faces, the sun and moon,
# a pill, a hospital, a check mark, a warning sign.
EMOJI = "👍🙏❤💊🏥✅⚠😴😢😊🌙☀🤒🤢"


def _text_of(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def _one_paragraph_pdf(text: str, tmp_path) -> bytes:
    register_fonts()
    target = tmp_path / "note.pdf"
    style = ParagraphStyle("note", fontName=SANS, fontSize=12, leading=16)
    SimpleDocTemplate(str(target)).build([Paragraph(markup(text), style)])
    return target.read_bytes()


def test_every_emoji_a_family_types_has_a_glyph_in_the_font_that_prints_it():
    for char in EMOJI:
        font = font_for(char)
        assert ord(char) in glyphs(font), f"{char} (U+{ord(char):04X}) has no glyph in {font}"
    assert font_for("🙏") == SYMBOLS
    assert font_for("王") == CJK
    assert font_for("a") == SANS
    assert font_for("a", SANS_BOLD) == SANS_BOLD


def test_markup_sends_emoji_to_the_symbols_font_and_keeps_the_rest():
    assert markup("Slept well 🙏") == f'Slept well <font name="{SYMBOLS}">🙏</font>'
    assert markup("🙏 王 ok") == (
        f'<font name="{SYMBOLS}">🙏 </font><font name="{CJK}">王 </font>ok'
    )
    assert markup("💊 <b>", bold=True) == f'<b><font name="{SYMBOLS}">💊 </font>&lt;b&gt;</b>'


def test_a_skin_tone_mark_after_an_emoji_is_left_out_of_the_print_only():
    # Symbola draws the mark as a grey square beside the hand; in black ink it says nothing.
    assert printed("👍🏽 ok") == "👍 ok"
    assert markup("👍🏽") == f'<font name="{SYMBOLS}">👍</font>'
    assert plain("Mood 👍🏿") == "Mood 👍"
    # A mark typed on its own is what was typed: it stays.
    assert printed("🏽") == "🏽"


def test_a_printed_note_with_emoji_reads_back_as_typed(tmp_path):
    # Before, every emoji the shipped fonts lacked printed as an empty box, and every
    # character beyond U+FFFF read back as another one (U+1F44D as U+1F44, "ὄ"): copying the
    # note out of the PDF, or a screen reader, got it wrong.
    text = f"Dad smiled today 😊, ate a little {EMOJI} 王小明 end"
    assert _text_of(_one_paragraph_pdf(text, tmp_path)) == text


def test_a_trend_label_with_an_emoji_is_drawn_in_runs_of_both_fonts():
    register_fonts()
    label = drawn_text(0, 0, "Mood 🙂 score", 10)
    fonts = [shape.fontName for shape in label.contents]
    assert fonts == [SANS, SYMBOLS, SANS]
    assert shown_width(label, 10) > shown_width(drawn_text(0, 0, "Mood score", 10), 10)


def test_the_visit_summary_prints_a_concern_with_emoji_as_typed(store):
    fill_record()
    concern = "Breathless at night 😢, better with the fan 🌀"
    pdf = summary_pdf_bytes(collect_summary(request(concerns=(concern,)), NOW))
    assert concern in " ".join(_text_of(pdf).split())


def test_without_the_symbols_font_emoji_print_as_boxes_and_the_printout_is_made(
    store, monkeypatch
):
    # A bundle that lost the file: the summary is still made (--self-test names the file).
    from caregiver_app.services.pdf import text

    monkeypatch.setitem(text._FONT_FILES, SYMBOLS, "NoSuchSymbols.ttf")
    monkeypatch.setattr(text, "_registered", set(text._registered) - {SYMBOLS})
    glyphs.cache_clear()
    font_for.cache_clear()
    try:
        assert markup("Slept well 🙏") == "Slept well 🙏"
        fill_record()
        pdf = summary_pdf_bytes(collect_summary(request(concerns=("Better 🙏",)), NOW))
        assert "Better" in _text_of(pdf)
    finally:
        glyphs.cache_clear()
        font_for.cache_clear()


def test_a_reportlab_writing_its_map_another_way_keeps_its_own_map(monkeypatch):
    # The UTF-16 rewrite relies on ReportLab's "N beginbfchar" line; without it, every PDF
    # must still be made, with ReportLab's own map.
    from caregiver_app.services.pdf import text

    monkeypatch.setattr(text, "_reportlab_cmap", lambda _name, subset: f"map of {len(subset)}")
    assert text._to_unicode_cmap("CareSans", [65, 0x1F44D]) == "map of 2"
