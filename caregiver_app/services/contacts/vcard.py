"""vCard files in and out: contacts from Outlook, Apple, Google and our own exports.

Reading uses a hand-written parser rather than vobject: vobject gives up on the
whole file at the first broken card, and the vCard 2.1 that Outlook writes
(quoted-printable with soft line breaks, a charset per property) needs care it
does not give. The parser works on bytes, in linear time, and skips a broken
card without losing the others. Writing produces vCard 3.0 (RFC 2426).
"""

from __future__ import annotations

import binascii
import codecs
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.contacts import ContactRecord

MAX_FILE_BYTES = 20 * 1024 * 1024

_FOLD_OCTETS = 75
# Real properties have a handful of parameters and real cards a few dozen properties;
# beyond these limits the input is hostile and the rest is ignored.
_MAX_PARAMS = 32
_MAX_PROPERTIES = 5000
_OURS = "X-CARE-COMPANION-"
_AFTER_HOURS_LABEL = "After hours / 24-hour line"
_CALL_ABOUT = "Call about: "
_TEL_TYPES = {"main": "WORK,VOICE", "mobile": "CELL", "fax": "WORK,FAX"}
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_TRUE = frozenset({"1", "true", "yes"})

_AFTER_HOURS = re.compile(
    r"after[\s_-]*hours?|\b24|\bnight|on[\s_-]*call|emergency[\s_-]+line|out[\s_-]+of[\s_-]+hours",
    re.IGNORECASE,
)
_MOBILE = re.compile(r"mobile|cell|iphone", re.IGNORECASE)
_VIDEO = re.compile(r"zoom|teams|meet|doxy|telehealth|video|webex|whereby", re.IGNORECASE)
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_PROPERTY_NAME = re.compile(r"[A-Za-z0-9-]+")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=]+")
_PARAMS = re.compile(rb'(?:"[^"]*"|[^;"]+)+')
_SEPARATOR = re.compile(r"\\*;")
_BOUNDARIES = (b"BEGIN:VCARD", b"END:VCARD")
_UNESCAPES = (("\\n", "\n"), ("\\N", "\n"), ("\\,", ","), ("\\;", ";"), ("\\:", ":"))


class NotAVCardError(ValueError):
    """The data is not a vCard file (or is far too large to be one)."""


@dataclass(frozen=True)
class SkippedCard:
    """A card that could not be read: its 1-based position, its name if known, and why."""

    position: int
    name: str
    reason: str


@dataclass
class ParsedVCards:
    """The contacts read from a file and the cards that were skipped."""

    contacts: list[ContactRecord]
    skipped: list[SkippedCard]


@dataclass(slots=True)
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes

    @property
    def types(self) -> set[str]:
        return {value.lower() for value in self.params.get("TYPE", ())}

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[-1].upper() if values else ""


def read_vcards(data: bytes) -> ParsedVCards:
    """The contacts in vCard file ``data``; broken cards are skipped and reported."""
    if len(data) > MAX_FILE_BYTES:
        raise NotAVCardError(
            QCoreApplication.translate(
                "VCard",
                "This file is too large to be a contacts file (over {size} MB); "
                "choose the vCard (.vcf) file you exported from your address book.",
            ).format(size=MAX_FILE_BYTES // (1024 * 1024))
        )
    data, unicode_file = _as_utf8(data)
    no_name = QCoreApplication.translate("VCard", "it has no name")
    cut_off = QCoreApplication.translate("VCard", "it was cut off before the end of the card")
    contacts: list[ContactRecord] = []
    skipped: list[SkippedCard] = []
    card: list[_Property] | None = None
    position = 0
    for line in _logical_lines(data):
        short = len(line) <= 64 and line.lstrip()[:1] in b"BbEe"
        marker = b"".join(line.split()).upper() if short else b""
        if marker == b"BEGIN:VCARD":
            if card is not None:
                skipped.append(_cut_off(card, position, unicode_file, cut_off))
            position += 1
            card = []
        elif marker == b"END:VCARD":
            if card is not None:
                record = _Card(card, unicode_file).record()
                if record is None:
                    skipped.append(SkippedCard(position, "", no_name))
                else:
                    contacts.append(record)
            card = None
        elif card is not None and len(card) < _MAX_PROPERTIES:
            if (prop := _parse_property(line)) is not None:
                card.append(prop)
    if card is not None:
        skipped.append(_cut_off(card, position, unicode_file, cut_off))
    if position == 0:
        raise NotAVCardError(
            QCoreApplication.translate(
                "VCard",
                "This is not a vCard file; in your address book or email program, export "
                "the contacts as a vCard (.vcf) file and choose that file instead.",
            )
        )
    return ParsedVCards(contacts, skipped)


def _cut_off(card: list[_Property], position: int, unicode_file: bool, reason: str) -> SkippedCard:
    return SkippedCard(position, _Card(card, unicode_file).name() if card else "", reason)


def _as_utf8(data: bytes) -> tuple[bytes, bool]:
    """The data as UTF-8 where a byte order mark says what it is; else as it came."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :], True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").encode("utf-8"), True
    begin = data.find(b"B\0E\0G\0I\0N\0", 0, 4096)  # UTF-16 without a byte order mark
    if begin >= 0:
        codec = "utf-16-le" if begin % 2 == 0 else "utf-16-be"
        return data.decode(codec, errors="replace").encode("utf-8"), True
    return data, False


def _logical_lines(data: bytes) -> Iterator[bytes]:
    """Physical lines joined back: folds, quoted-printable soft breaks, 2.1 base64 blocks."""
    if b"\n" not in data:
        data = data.replace(b"\r", b"\n")
    logical = bytearray()
    started = soft_breaks = base64 = False
    for line in io.BytesIO(data):
        line = line[:-1] if line.endswith(b"\n") else line
        line = line[:-1] if line.endswith(b"\r") else line
        if started:
            if soft_breaks and logical.endswith(b"=") and line.strip().upper() not in _BOUNDARIES:
                del logical[-1]
                logical += line
                continue
            if line[:1] in (b" ", b"\t"):
                logical += line[1:]
                continue
            if base64 and _BASE64_LINE.fullmatch(line):
                continue  # an unindented 2.1 base64 line; photos are not kept
            yield bytes(logical)
            started = False
        if not line.strip():
            continue  # blank lines end a 2.1 base64 value and mean nothing else
        head = line[: max(line.find(b":"), 0)].upper()
        soft_breaks = b"QUOTED-PRINTABLE" in head
        base64 = b"BASE64" in head or b"ENCODING=B" in head
        logical = bytearray(line)
        started = True
    if started:
        yield bytes(logical)


def _find_colon(line: bytes) -> int:
    """The colon that ends the name and parameters, skipping quoted parameter values."""
    colon = line.find(b":")
    position = 0
    for _ in range(_MAX_PARAMS):
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


def _parse_property(line: bytes) -> _Property | None:
    colon = _find_colon(line)
    if colon <= 0:
        return None
    head, _, rest = line[:colon].partition(b";")
    group, _, name = head.decode("ascii", "replace").strip().rpartition(".")
    if not _PROPERTY_NAME.fullmatch(name):
        return None
    if b'"' in rest:
        parts = [match.group() for match in islice(_PARAMS.finditer(rest), _MAX_PARAMS)]
    else:
        parts = rest.split(b";", _MAX_PARAMS)[:_MAX_PARAMS] if rest else []
    params: dict[str, list[str]] = {}
    for part in parts:
        key, equals, value = _to_str(part, "").partition("=")
        key = key.strip().upper()
        if not equals:
            key, value = ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), key
        values = (item.strip().strip('"').strip() for item in value.strip('" ').split(","))
        params.setdefault(key, []).extend(item for item in values if item)
    return _Property(group.lower(), name.upper(), params, line[colon + 1 :])


def _to_str(raw: bytes, charset: str) -> str:
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


def _unescape(text: str) -> str:
    """Text with RFC 2426 escapes undone (and Apple's ``\\:``); other backslashes are kept."""
    if "\\" not in text:
        return text
    return "\\".join(map(_unescape_between, text.split("\\\\")))


def _unescape_between(text: str) -> str:
    for escaped, plain in _UNESCAPES:
        text = text.replace(escaped, plain)
    return text


def _components(text: str, count: int) -> list[str]:
    """The first ``count`` parts of a structured value (N, ADR, ORG), unescaped; "" if missing."""
    parts: list[str] = []
    start = 0
    for match in _SEPARATOR.finditer(text):
        if len(parts) == count:
            return parts
        if len(match.group()) % 2:  # an even number of backslashes before the ";"
            parts.append(_unescape(text[start : match.end() - 1]).strip())
            start = match.end()
    parts.append(_unescape(text[start:]).strip())
    return (parts + [""] * count)[:count]


class _Card:
    """The properties of one card, read into a ContactRecord."""

    def __init__(self, props: list[_Property], unicode_file: bool) -> None:
        self.unicode_file = unicode_file
        self.props: dict[str, list[_Property]] = {}
        self.labels: dict[str, str] = {}
        for prop in props:
            if prop.name in _BINARY:
                continue
            self.props.setdefault(prop.name, []).append(prop)
            if prop.name == "X-ABLABEL" and prop.group:
                label = self.text(prop)
                apple = _APPLE_LABEL.fullmatch(label)
                self.labels[prop.group] = apple.group(1) if apple else label

    def decoded(self, prop: _Property) -> str:
        raw = prop.raw
        quoted_printable = prop.param("ENCODING") == "QUOTED-PRINTABLE"
        if quoted_printable:
            raw = binascii.a2b_qp(raw)
        charset = prop.param("CHARSET") if quoted_printable or not self.unicode_file else ""
        return _to_str(raw, charset).replace("\r\n", "\n").replace("\r", "\n")

    def text(self, prop: _Property) -> str:
        return _unescape(self.decoded(prop)).strip()

    def first(self, name: str) -> str:
        return next((text for prop in self.props.get(name, ()) if (text := self.text(prop))), "")

    def label(self, prop: _Property) -> str:
        return self.labels.get(prop.group, "") if prop.group else ""

    def name(self) -> str:
        name = self.first("FN")
        if not name:
            for prop in self.props.get("N", ()):
                family, given, _, prefix, suffix = _components(self.decoded(prop), 5)
                name = " ".join(part for part in (prefix, given, family) if part)
                if suffix:
                    name = f"{name}, {suffix}" if name else suffix
                if name:
                    break
        if not name and (
            self.first("X-ABSHOWAS").upper() == "COMPANY" or self.first("KIND").lower() == "org"
        ):
            name = self.organisation()
        return name

    def organisation(self) -> str:
        for prop in self.props.get("ORG", ()):
            if parts := [part for part in _components(self.decoded(prop), 16) if part]:
                return ", ".join(parts)
        return ""

    def phone_kind(self, prop: _Property) -> str:
        types = prop.types
        label = self.label(prop)
        described = " ".join([label, *types])
        if "fax" in types or "fax" in label.lower():
            return "fax"
        if _AFTER_HOURS.search(described):
            return "after_hours"
        if types & {"cell", "mobile"} or _MOBILE.search(label):
            return "mobile"
        return "main"

    def phones(self) -> list[tuple[str, str]]:
        phones = []
        for prop in self.props.get("TEL", ()):
            number = self.text(prop)
            if number[:4].lower() == "tel:":
                number = number[4:].strip()
            if number:
                phones.append((self.phone_kind(prop), number))
        return phones

    def email(self) -> str:
        best_rank, best = 1000, ""
        for prop in self.props.get("EMAIL", ()):
            pref = prop.params.get("PREF", [""])[0]  # 4.0: PREF=1 is the most preferred
            if pref.isdigit() and len(pref) <= 3:
                rank = int(pref)
            else:
                rank = 1 if "pref" in prop.types else 101
            if rank < best_rank and (text := self.text(prop)):
                best_rank, best = rank, text
        return best

    def address(self) -> str:
        for prop in self.props.get("ADR", ()):
            box, extended, street, city, region, code, country = _components(self.decoded(prop), 7)
            locality = ", ".join(part for part in (city, region) if part)
            lines = (street, extended, box, " ".join(p for p in (locality, code) if p), country)
            if address := "\n".join(line for line in lines if line):
                return address
        return self.first("LABEL")

    def links(self) -> tuple[str, list[str]]:
        """The video visit link, and any other web addresses (a clinic's website, say).

        Only a link that looks like a video visit becomes the video link, so the
        "Open video link" button never opens a clinic's home page.
        """
        ours = self.first(_OURS + "VIDEO-LINK")
        video = ours
        others = []
        for prop in self.props.get("URL", ()):
            url = self.text(prop)
            if not url or url == ours:
                continue
            if not video and _VIDEO.search(" ".join([url, self.label(prop), *prop.types])):
                video = url
            else:
                others.append(url)
        return video, others

    def role(self) -> str:
        if _OURS + "ROLE" in self.props:
            return self.first(_OURS + "ROLE")
        return self.first("ROLE") or self.first("TITLE")

    def call_about_and_notes(self) -> tuple[str, str]:
        if _OURS + "CALL-ABOUT" in self.props or _OURS + "NOTES" in self.props:
            return self.first(_OURS + "CALL-ABOUT"), self.first(_OURS + "NOTES")
        notes = "\n".join(text for prop in self.props.get("NOTE", ()) if (text := self.text(prop)))
        if notes.startswith(_CALL_ABOUT):
            first_line, _, rest = notes.partition("\n")
            return first_line[len(_CALL_ABOUT) :].strip(), rest.strip()
        return "", notes

    def flag(self, name: str) -> bool:
        return self.first(_OURS + name).lower() in _TRUE

    def record(self) -> ContactRecord | None:
        name = self.name()
        if not name:
            return None
        call_about, notes = self.call_about_and_notes()
        video_link, websites = self.links()
        for website in websites:
            if website not in notes:
                line = QCoreApplication.translate("VCard", "Website: {url}").format(url=website)
                notes = f"{notes}\n{line}".strip()
        return ContactRecord(
            name=name,
            role=self.role(),
            organisation=self.organisation(),
            phones=self.phones(),
            email=self.email(),
            address=self.address(),
            video_link=video_link,
            call_about=call_about,
            notes=notes,
            call_first=self.flag("CALL-FIRST"),
            emergency_contact=self.flag("EMERGENCY"),
        )


def write_vcards(records: Iterable[ContactRecord]) -> str:
    """vCard 3.0 text for ``records``: CRLF line endings, lines folded at 75 octets."""
    return "".join(_fold(line) + "\r\n" for record in records for line in _card_lines(record))


def _escape(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;"), ("\n", "\\n")):
        text = text.replace(char, escaped)
    return text


def _structured_name(name: str) -> str:
    """N as family;given;;;suffix: split on the last space, "Name, RN" keeps RN as suffix."""
    base, _, suffix = name.partition(",")
    if not base.strip():
        base, suffix = name, ""
    given, _, family = base.strip().rpartition(" ")
    parts = (family, given.strip(), "", "", suffix.strip())
    return ";".join(_escape(part) for part in parts)


def _card_lines(record: ContactRecord) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + _escape(record.name)]
    lines.append("N:" + _structured_name(record.name))
    if record.organisation:
        lines.append("ORG:" + _escape(record.organisation))
    if record.role:
        lines += ["TITLE:" + _escape(record.role), "ROLE:" + _escape(record.role)]
    item = 0
    for kind, number in record.phones:
        if kind == "after_hours":
            item += 1
            lines.append(f"item{item}.TEL;TYPE=VOICE:{_escape(number)}")
            lines.append(f"item{item}.X-ABLabel:{_escape(_AFTER_HOURS_LABEL)}")
        else:
            lines.append(f"TEL;TYPE={_TEL_TYPES.get(kind, 'WORK,VOICE')}:{_escape(number)}")
    if record.email:
        lines.append("EMAIL;TYPE=INTERNET:" + _escape(record.email))
    if record.address:
        lines.append(f"ADR;TYPE=WORK:;;{_escape(record.address)};;;;")
    if record.video_link:
        lines.append("URL:" + "".join(record.video_link.splitlines()))
        lines.append(f"{_OURS}VIDEO-LINK:{_escape(record.video_link)}")
    call_about = _CALL_ABOUT + record.call_about if record.call_about else ""
    if note := "\n".join(part for part in (call_about, record.notes) if part):
        lines.append("NOTE:" + _escape(note))
    for name, value in (
        ("ROLE", record.role),
        ("CALL-ABOUT", record.call_about),
        ("NOTES", record.notes),
        ("CALL-FIRST", "1" if record.call_first else ""),
        ("EMERGENCY", "1" if record.emergency_contact else ""),
    ):
        if value:
            lines.append(f"{_OURS}{name}:{_escape(value)}")
    lines.append("END:VCARD")
    return lines


def _fold(line: str) -> str:
    """``line`` folded at 75 octets with CRLF + space, never inside a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= _FOLD_OCTETS:
        return line
    chunks = []
    start, limit = 0, _FOLD_OCTETS
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and raw[end] & 0xC0 == 0x80:
            end -= 1  # back off to the first byte of the character
        chunks.append(raw[start:end].decode("utf-8"))
        start, limit = end, _FOLD_OCTETS - 1  # the leading space counts
    return "\r\n ".join(chunks)
