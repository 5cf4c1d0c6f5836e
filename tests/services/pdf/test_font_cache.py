"""Parsed fonts kept between runs: the same font as parsing gives, and never a wrong one.

Nothing here registers a font with ReportLab: a second name for the same face would
take over the app's own names for the rest of the session.
"""

from __future__ import annotations

from pathlib import Path

from caregiver_app.resources import resource_path
from caregiver_app.services.pdf import font_cache
from caregiver_app.services.pdf.font_cache import parsed_font

SAMPLE = "Zoë Ñúñez — 37.8 °C → 4 mg"


def test_a_kept_font_measures_and_prints_as_the_parsed_one(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(font_cache, "_cache_file", lambda name, path: tmp_path / f"{name}.pickle")
    path = resource_path("fonts", "DejaVuSans.ttf")
    parsed = parsed_font("CacheTestSans", path)  # parsed, and kept
    assert (tmp_path / "CacheTestSans.pickle").exists()
    kept = parsed_font("CacheTestSans", path)  # read back
    assert kept is not parsed
    assert kept.stringWidth(SAMPLE, 10) == parsed.stringWidth(SAMPLE, 10)
    assert kept.face.charToGlyph == parsed.face.charToGlyph
    assert kept.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    # What a PDF embeds of the font: the same bytes for the same glyphs.
    glyphs = [0, *sorted({ord(char) for char in SAMPLE})]
    assert kept.face.makeSubset(glyphs) == parsed.face.makeSubset(glyphs)


def test_a_damaged_or_foreign_cache_file_is_ignored(qapp, tmp_path, monkeypatch):
    cached = tmp_path / "CacheTestSans.pickle"
    monkeypatch.setattr(font_cache, "_cache_file", lambda name, path: cached)
    path = resource_path("fonts", "DejaVuSans.ttf")
    cached.write_bytes(b"not a pickle")
    font = parsed_font("CacheTestSans", path)
    assert font.stringWidth("W", 10) > 0
    parsed_font("OtherName", Path(path))  # kept under this file, for another name
    assert parsed_font("CacheTestSans", path).fontName == "CacheTestSans"
