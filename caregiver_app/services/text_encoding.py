"""The one rule every importer (.ics, .vcf, diary CSV) reads a text file's bytes by.

1. A byte order mark says the encoding: UTF-8, UTF-16 (Excel's "Unicode text", Outlook's
   "Unicode" exports) or UTF-32.
2. Without one, text in Latin letters with a zero byte beside every letter is UTF-16 (or
   UTF-32), little- or big-endian by where the zeros are.
3. Otherwise the file is UTF-8 if all of it is; else Windows-1252, what old Outlook and
   Excel exports in Western languages are (ISO-8859-1 files read the same).

A file that is UTF-8 in part (it holds accented letters written as UTF-8, and then bytes
that are not) is damaged UTF-8, not Windows-1252: read so, each accent would become two
wrong letters ("Ã©"). It is refused, as is a file that none of these read whole. What is
read is exactly the text of the file, never a replacement character.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (codecs.BOM_UTF8, "utf-8-sig"),
)
_SAMPLE = 512
# The five bytes Windows-1252 leaves undefined: a file holding one is not in it.
_NOT_1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_CHUNK = 64 * 1024


class UndecodableTextError(ValueError):
    """The file's bytes are not text by the rule; the message is the sentence to show.

    ``damaged_at`` is where the bytes of a file in UTF-8 stop being UTF-8 (or None).
    """

    def __init__(self, damaged_at: int | None = None) -> None:
        super().__init__(undecodable_sentence())
        self.damaged_at = damaged_at


def undecodable_sentence() -> str:
    """The one sentence for a file whose text cannot be read, and what to do."""
    return QCoreApplication.translate(
        "TextEncoding",
        "The text of this file cannot be read: it is not saved as UTF-8, UTF-16 or "
        "Windows-1252 (Western European) text, or it is damaged. Save it again as "
        "UTF-8 and import it again; nothing was imported.",
    )


def _unmarked_wide(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte order mark, told by its zero bytes; else None.

    Text in Latin letters has a zero beside nearly every letter; a file in other scripts
    still starts with its format's Latin keyword (BEGIN:VCARD, a CSV header).
    """
    for part in (sample, sample[:16]):
        found = _zero_pattern(part)
        if found:
            return found
    return None


def _zero_pattern(sample: bytes) -> str | None:
    if len(sample) < 8:
        return None
    for width, name in ((4, "utf-32"), (2, "utf-16")):
        usable = len(sample) - len(sample) % width
        units = [sample[i : i + width] for i in range(0, usable, width)]
        # Little-endian puts the letter first, big-endian last; the rest are zeros.
        for letter, order in ((0, "le"), (width - 1, "be")):
            plain = sum(1 for unit in units if unit[letter] != 0 and unit.count(0) == width - 1)
            if plain >= 0.9 * len(units):
                return f"{name}-{order}"
    return None


def marked_encoding(head: bytes) -> str | None:
    """The codec a byte order mark, or UTF-16's zero bytes, name in ``head`` (the file's
    first bytes); None when the file is in an 8-bit encoding (UTF-8 or Windows-1252)."""
    for mark, name in _BOMS:
        if head.startswith(mark):
            return name
    return _unmarked_wide(bytes(head[:_SAMPLE]))


def encoding_of(chunks: Iterable[bytes]) -> str:
    """The codec that reads the whole file, given as ``chunks`` from its start, by the rule
    (read once, a chunk at a time); UndecodableTextError when none does."""
    chunks = iter(chunks)
    head = b""
    taken: list[bytes] = []
    for chunk in chunks:
        taken.append(chunk)
        head += chunk[: _SAMPLE - len(head)]
        if len(head) >= _SAMPLE:
            break
    codec = marked_encoding(head)
    if codec == "utf-8-sig":
        codec = None  # checked below as UTF-8, which it must be whole
    decoder = codecs.getincrementaldecoder(codec or "utf-8")()
    offset, accents, in_1252, damaged_at = 0, False, True, None
    for chunk in itertools.chain(taken, chunks, [b""]):
        if damaged_at is None:
            try:
                text = decoder.decode(chunk, final=not chunk)
                accents = accents or not text.isascii()
            except UnicodeDecodeError as error:
                if codec is not None:
                    raise UndecodableTextError() from None
                accents = accents or not bytes(error.object[: error.start]).isascii()
                pending = len(decoder.getstate()[0])  # a character cut by the last chunk
                damaged_at = offset - pending + error.start
        in_1252 = in_1252 and not _NOT_1252.search(chunk)
        offset += len(chunk)
    if codec is not None:
        return codec
    if damaged_at is None:
        return "utf-8-sig"  # reads UTF-8 with or without its mark
    if accents or head.startswith(codecs.BOM_UTF8) or not in_1252:
        raise UndecodableTextError(damaged_at if accents or in_1252 else None)
    return "cp1252"


def decode_text(data: bytes) -> str:
    """The text of a whole file's bytes, by the rule; UndecodableTextError if not text."""
    data = bytes(data)
    codec = encoding_of(data[at : at + _CHUNK] for at in range(0, len(data), _CHUNK))
    return data.decode(codec)
