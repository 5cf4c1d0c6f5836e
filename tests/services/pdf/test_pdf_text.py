"""The shared PDF helpers: fonts, safe paragraph markup and all-or-nothing file writes."""

import os
import stat

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from caregiver_app.services import atomic_file
from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.pdf.text import (
    CJK,
    SANS,
    SANS_BOLD,
    markup,
    register_cjk_font,
    register_fonts,
)

HOSTILE = [
    "<b>not bold</b>",
    "a < b & c > d",
    '<img src="x.png"/>',
    "unclosed <font",
    "&amp; &lt; &#65; &nbsp;",
    "</para>",
    "]]> <![CDATA[ x",
]


def test_register_fonts_is_idempotent_and_registers_the_shipped_faces():
    register_fonts()
    register_fonts()
    for name in (SANS, SANS_BOLD):
        assert pdfmetrics.getFont(name).fontName == name
    # The large CJK face is read when text first needs it (or when asked for).
    assert markup("王") == '<font name="CareCJK">王</font>'
    register_cjk_font()
    assert pdfmetrics.getFont(CJK).fontName == CJK


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_prints_hostile_text_exactly_as_typed(text):
    register_fonts()
    paragraph = Paragraph(markup(text), ParagraphStyle("t", fontName=SANS))
    assert paragraph.getPlainText() == text


def test_markup_escapes_the_three_markup_characters():
    assert markup("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert markup("&amp;") == "&amp;amp;"


def test_markup_turns_line_breaks_into_br():
    assert markup("one\ntwo\r\nthree\rfour") == "one<br/>two<br/>three<br/>four"


def test_markup_bold_wraps_the_whole_text():
    assert markup("Ann & Bo", bold=True) == "<b>Ann &amp; Bo</b>"


def test_markup_leaves_scripts_dejavu_covers_in_caresans():
    for text in ("Иван Петров", "Μαρία", "José Müller-Łukasz", "Nguyễn Văn An"):
        assert markup(text) == text


def test_markup_sends_chinese_japanese_and_korean_runs_to_the_cjk_font():
    assert markup("王小明") == '<font name="CareCJK">王小明</font>'
    assert markup("山田花子") == '<font name="CareCJK">山田花子</font>'
    assert markup("김민수") == '<font name="CareCJK">김민수</font>'
    assert markup("Dr. 王 & Ms. 김") == (
        'Dr. <font name="CareCJK">王 </font>&amp; Ms. <font name="CareCJK">김</font>'
    )


def test_markup_keeps_characters_neither_font_has():
    gothic = "\U00010330"  # GOTHIC LETTER AHSA: in neither shipped font
    register_fonts()
    for name in (SANS, CJK):
        assert ord(gothic) not in pdfmetrics.getFont(name).face.charToGlyph
    assert markup(f"x{gothic}y") == f"x{gothic}y"


def test_markup_turns_control_characters_into_spaces():
    assert markup("a\x00b\x07c") == "a b c"


def test_mixed_markup_parses_and_keeps_every_character():
    register_fonts()
    text = "王小明 <b> & 김민수\nИван"  # noqa: RUF001 - Cyrillic on purpose: a third script
    paragraph = Paragraph(markup(text, bold=True), ParagraphStyle("t", fontName=SANS))
    assert paragraph.getPlainText().replace("\n", "") == text.replace("\n", "")


def test_atomic_write_creates_private_file_and_replaces_old_content(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [path.name for path in tmp_path.iterdir()] == ["sheet.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_atomic_write_failure_keeps_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(atomic_file.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["sheet.pdf"]


def test_atomic_write_into_missing_folder_raises_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "gone" / "sheet.pdf", b"x")
    assert list(tmp_path.iterdir()) == []
