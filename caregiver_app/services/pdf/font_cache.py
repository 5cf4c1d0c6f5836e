"""Parsed fonts kept between runs, so a printout does not read 1.4 MB of TrueType each time.

ReportLab parses a whole TrueType file to register it (its glyph map and widths): about
50 ms for each DejaVu face, a quarter of a ``summary`` command's work beyond Python and
ReportLab. The parsed font is kept in the user's cache folder (pickled; the folder is
the user's own, like the bytecode cache), keyed by the font file's size and time and
ReportLab's version, and read back in a few milliseconds. Anything unexpected (no cache
folder, a damaged or stale file) falls back to parsing, so the fonts are always right.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from PySide6.QtCore import QStandardPaths
from reportlab.pdfbase.ttfonts import TTFont

from caregiver_app.services.atomic_file import atomic_write_bytes

FOLDER = "fonts"
FORMAT = 2  # 2: without the glyph-to-character map, which only the parsing itself reads


def _cache_file(name: str, path: Path) -> Path | None:
    """Where the parsed ``path`` is kept, or None when there is no cache folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not location:
        return None
    stat = path.stat()
    key = f"{name}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}-f{FORMAT}.pickle"
    return Path(location) / FOLDER / key


def _scale(units_per_em: int) -> Callable[[float], float]:
    """What ReportLab's parser keeps to scale font units to a 1000-unit em."""
    if units_per_em == 1000:
        return lambda value: value
    factor = 1000 / units_per_em
    return lambda value: value * factor


def _read(cached: Path, name: str) -> TTFont | None:
    try:
        # The user's own cache folder, written only by this module (see the docstring).
        font = pickle.loads(cached.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    if not isinstance(font, TTFont) or font.fontName != name:
        return None
    font.state = WeakKeyDictionary()
    font.face._pdfScale = _scale(font.face.unitsPerEm)
    return font


def _keep(cached: Path, font: TTFont) -> None:
    kept = copy.copy(font)
    kept.state = None  # per document, and not picklable
    kept.face = copy.copy(font.face)
    del kept.face._pdfScale  # a lambda: made again when read
    # Thousands of small lists, a third of the time to read a face back; ReportLab reads
    # it only while parsing the file (widths and subsets use the other maps).
    kept.face.glyphToChar = {}
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cached, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return  # no cache this time: the next run parses again


def parsed_font(name: str, path: Path) -> TTFont:
    """The TrueType font at ``path`` as ReportLab's ``TTFont``, from the cache if kept."""
    cached = _cache_file(name, path)
    if cached is not None and cached.exists():
        font = _read(cached, name)
        if font is not None:
            return font
    font = TTFont(name, str(path))
    if cached is not None:
        _keep(cached, font)
    return font
