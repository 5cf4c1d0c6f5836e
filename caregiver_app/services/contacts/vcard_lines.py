"""A vCard file's bytes as unfolded lines and properties: charsets, escapes, components."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from caregiver_app.services.contacts.vcard_format import (
    BARE_ENCODINGS,
    BASE64_LINE,
    BOUNDARIES,
    MAX_PARAMS,
    PARAMS,
    PROPERTY_NAME,
    SEPARATOR,
    UNESCAPES,
)
from caregiver_app.services.text_encoding import (
    UndecodableTextError,
    decode_text,
    encoding_of,
    marked_encoding,
)

_FOLDS = re.compile(rb"(?:\r\n|\n|\r)[ \t]")
_CHUNK = 64 * 1024
_DECLARED = re.compile(rb";CHARSET=", re.IGNORECASE)
HAS_CARD = re.compile(rb"BEGIN:VCARD", re.IGNORECASE)  # in 8-bit text


@dataclass(slots=True)
class VCardProperty:
    """One property line of a card: its group, name, parameters and raw value."""

    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes

    @property
    def types(self) -> set[str]:
        """The TYPE parameter's values, in lower case."""
        return {value.lower() for value in self.params.get("TYPE", ())}

    def param(self, key: str) -> str:
        """The last value of the parameter ``key``, in upper case, or ``""``."""
        values = self.params.get(key)
        return values[-1].upper() if values else ""


def holds_a_card(data: bytes) -> bool:
    """Whether ``data`` shows itself as a contacts file: a card begins in it, or a byte order
    mark says it is UTF-16 or UTF-32 text."""
    return bool(HAS_CARD.search(data)) or marked_encoding(bytes(data[:4096])) not in (
        None,
        "utf-8-sig",
    )


def _codec(data: bytes) -> str:
    return encoding_of(data[at : at + _CHUNK] for at in range(0, len(data), _CHUNK))


def as_utf8(data: bytes) -> tuple[bytes, str]:
    """The file's bytes by the importers' one rule (services/text_encoding.py), and its
    charset: ``""`` for a Unicode file given as UTF-8 (a charset a property declares no
    longer applies to it), "utf-8" or "cp1252" for a file kept as it came (a property's
    declared charset first, then the file's). UndecodableTextError if it is not text."""
    marked = marked_encoding(bytes(data[:4096]))
    if marked not in (None, "utf-8-sig"):
        return decode_text(data).encode("utf-8"), ""
    try:
        codec = _codec(data)
    except UndecodableTextError:
        if not HAS_CARD.search(data):
            raise  # not a vCard at all: no copy of it is made to look again
        # A writer may fold a line inside a UTF-8 character: looked at again unfolded.
        try:
            codec = _codec(_FOLDS.sub(b"", data))
        except UndecodableTextError:
            if marked is None and _DECLARED.search(data):
                # vCard 2.1 names each property's charset: those are read by it, the rest
                # as UTF-8, else Windows-1252 (Outlook writes such mixed files).
                return data, "utf-8"
            raise
    if marked == "utf-8-sig":
        return data[len(codecs.BOM_UTF8) :], ""
    return data, "utf-8" if codec == "utf-8-sig" else codec


def logical_lines(data: bytes) -> Iterator[bytes]:
    """Physical lines joined back: folds, quoted-printable soft breaks, 2.1 base64 blocks."""
    if b"\n" not in data:
        data = data.replace(b"\r", b"\n")
    # Most files name no encoding at all: their lines need no look for one.
    upper = data.upper()
    encoded = any(word in upper for word in (b"QUOTED-PRINTABLE", b"BASE64", b"ENCODING=B"))
    del upper
    logical: bytes | bytearray = b""  # bytes until a folded line is added to it
    started = soft_breaks = base64 = False
    for line in io.BytesIO(data):
        line = line[:-1] if line.endswith(b"\n") else line
        line = line[:-1] if line.endswith(b"\r") else line
        if started:
            if soft_breaks and logical.endswith(b"=") and line.strip().upper() not in BOUNDARIES:
                if not isinstance(logical, bytearray):
                    logical = bytearray(logical)
                del logical[-1]
                logical += line
                continue
            if line[:1] in (b" ", b"\t"):
                if not isinstance(logical, bytearray):
                    logical = bytearray(logical)
                logical += line[1:]
                continue
            if base64 and BASE64_LINE.fullmatch(line):
                continue  # an unindented 2.1 base64 line; photos are not kept
            yield bytes(logical)
            started = False
        if not line.strip():
            continue  # blank lines end a 2.1 base64 value and mean nothing else
        if encoded:
            head = line[: max(line.find(b":"), 0)].upper()
            soft_breaks = b"QUOTED-PRINTABLE" in head
            base64 = b"BASE64" in head or b"ENCODING=B" in head
        logical = line
        started = True
    if started:
        yield bytes(logical)


def find_colon(line: bytes) -> int:
    """The colon that ends the name and parameters, skipping quoted parameter values."""
    colon = line.find(b":")
    position = 0
    for _ in range(MAX_PARAMS):
        if colon < 0:
            return -1
        quote = line.find(b'"', position, colon)
        if quote < 0:
            return colon
        end = line.find(b'"', quote + 1)
        if end < 0:
            return line.find(b":")
        position = end + 1
        if colon < position:
            colon = line.find(b":", position)
    return -1  # more quoted values than any real property has


def parse_property(line: bytes) -> VCardProperty | None:
    """One unfolded content line as a property, or None when it is not one."""
    colon = find_colon(line)
    if colon <= 0:
        return None
    head = line[:colon]
    parsed = _known_head(head) if len(head) <= _KNOWN_HEAD_BYTES else _head(head)
    if parsed is None:
        return None
    group, name, params = parsed
    return VCardProperty(group, name, params, line[colon + 1 :])


# The text before a property's colon ("TEL;TYPE=CELL") recurs in card after card: each
# is read once a file (a few thousand at most are kept). Its parameters are shared by
# the properties that have it, which only ever read them.
_KNOWN_HEAD_BYTES = 256
_Head = tuple[str, str, dict[str, list[str]]]


def _head(head: bytes) -> _Head | None:
    """A property's group, name and parameters, or None when it is not a property."""
    head, _, rest = head.partition(b";")
    group, _, name = head.decode("ascii", "replace").strip().rpartition(".")
    if not PROPERTY_NAME.fullmatch(name):
        return None
    if b'"' in rest:
        parts = [match.group() for match in islice(PARAMS.finditer(rest), MAX_PARAMS)]
    else:
        parts = rest.split(b";", MAX_PARAMS)[:MAX_PARAMS] if rest else []
    params: dict[str, list[str]] = {}
    for part in parts:
        key, equals, value = to_str(part, "").partition("=")
        key = key.strip().upper()
        if not equals:
            key, value = ("ENCODING" if key in BARE_ENCODINGS else "TYPE"), key
        values = (item.strip().strip('"').strip() for item in value.strip('" ').split(","))
        params.setdefault(key, []).extend(item for item in values if item)
    return group.lower(), name.upper(), params


_known_head = lru_cache(maxsize=4096)(_head)


def to_str(raw: bytes, charset: str) -> str:
    """Bytes as text: the declared charset, else UTF-8, else Windows-1252, else Latin-1."""
    if raw.isascii():
        return raw.decode("ascii")
    codecs_to_try = ["utf-8", "cp1252"]
    if charset:
        try:
            declared = codecs.lookup(charset).name
        except LookupError:
            declared = ""
        if declared in ("iso8859-1", "ascii"):
            declared = "cp1252"  # what "ISO-8859-1" almost always means in practice
        if declared and not declared.startswith(("utf-16", "utf-32")):
            codecs_to_try.insert(0, declared)
    for codec in codecs_to_try:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def unescape(text: str) -> str:
    """Text with RFC 2426 escapes undone (and Apple's ``\\:``); other backslashes are kept."""
    if "\\" not in text:
        return text
    return "\\".join(map(unescape_between, text.split("\\\\")))


def unescape_between(text: str) -> str:
    """``text`` (holding no escaped backslash) with its RFC 2426 escapes undone."""
    for escaped, plain in UNESCAPES:
        text = text.replace(escaped, plain)
    return text


def components(text: str, count: int) -> list[str]:
    """The first ``count`` parts of a structured value (N, ADR, ORG), unescaped; "" if missing."""
    parts: list[str] = []
    start = 0
    for match in SEPARATOR.finditer(text):
        if len(parts) == count:
            return parts
        if len(match.group()) % 2:  # an even number of backslashes before the ";"
            parts.append(unescape(text[start : match.end() - 1]).strip())
            start = match.end()
    parts.append(unescape(text[start:]).strip())
    return (parts + [""] * count)[:count]
