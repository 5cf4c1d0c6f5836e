"""Contacts written as vCard 3.0 (RFC 2426): escaped, with our own properties, folded lines.

Our own properties (X-CARE-COMPANION-...) carry what vCard has no place for: the role
as stored, call-about, the call-first and emergency marks, and the office hours, so a
file exported here and imported again gives back the same contacts.
"""

from __future__ import annotations

from collections.abc import Iterable

from caregiver_app.services.contacts.vcard_format import (
    AFTER_HOURS_LABEL,
    CALL_ABOUT,
    FOLD_OCTETS,
    OURS,
    TEL_TYPES,
)
from caregiver_app.store.contacts import ContactRecord


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
            lines.append(f"item{item}.X-ABLabel:{_escape(AFTER_HOURS_LABEL)}")
        else:
            lines.append(f"TEL;TYPE={TEL_TYPES.get(kind, 'WORK,VOICE')}:{_escape(number)}")
    if record.email:
        lines.append("EMAIL;TYPE=INTERNET:" + _escape(record.email))
    if record.address:
        lines.append(f"ADR;TYPE=WORK:;;{_escape(record.address)};;;;")
    if record.video_link:
        lines.append("URL:" + "".join(record.video_link.splitlines()))
        lines.append(f"{OURS}VIDEO-LINK:{_escape(record.video_link)}")
    call_about = CALL_ABOUT + record.call_about if record.call_about else ""
    if note := "\n".join(part for part in (call_about, record.notes) if part):
        lines.append("NOTE:" + _escape(note))
    for name, value in (
        ("ROLE", record.role),
        ("OFFICE-DAYS", record.office_days),
        ("OFFICE-HOURS", _office_hours(record)),
        ("CALL-ABOUT", record.call_about),
        ("NOTES", record.notes),
        ("CALL-FIRST", "1" if record.call_first else ""),
        ("EMERGENCY", "1" if record.emergency_contact else ""),
    ):
        if value:
            lines.append(f"{OURS}{name}:{_escape(value)}")
    lines.append("END:VCARD")
    return lines


def _office_hours(record: ContactRecord) -> str:
    """ "08:30-17:00", closing at midnight as "24:00" (as it is typed); "" when not entered."""
    if record.office_opens is None or record.office_closes is None:
        return ""
    closes = record.office_closes.strftime("%H:%M")
    return f"{record.office_opens:%H:%M}-{'24:00' if closes == '00:00' else closes}"


def _fold(line: str) -> str:
    """``line`` folded at 75 octets with CRLF + space, never inside a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= FOLD_OCTETS:
        return line
    chunks = []
    start, limit = 0, FOLD_OCTETS
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and raw[end] & 0xC0 == 0x80:
            end -= 1  # back off to the first byte of the character
        chunks.append(raw[start:end].decode("utf-8"))
        start, limit = end, FOLD_OCTETS - 1  # the leading space counts
    return "\r\n ".join(chunks)
