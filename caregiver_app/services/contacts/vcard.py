"""vCard files in and out: contacts from Outlook, Apple, Google and our own exports.

Reading uses a hand-written parser rather than vobject: vobject gives up on the
whole file at the first broken card, and the vCard 2.1 that Outlook writes
(quoted-printable with soft line breaks, a charset per property) needs care it
does not give. The parser works on bytes, in linear time, and skips a broken
card without losing the others. Writing produces vCard 3.0 (RFC 2426).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.contacts.vcard_card import CardReader
from caregiver_app.services.contacts.vcard_format import MAX_FILE_BYTES, MAX_PROPERTIES
from caregiver_app.services.contacts.vcard_lines import (
    VCardProperty,
    as_utf8,
    holds_a_card,
    logical_lines,
    parse_property,
)
from caregiver_app.services.file_head import read_head
from caregiver_app.services.text_encoding import UndecodableTextError
from caregiver_app.store.contacts import ContactRecord


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


def read_vcard_file(path: Path) -> ParsedVCards:
    """The contacts in the vCard file at ``path``; one too large is refused unread.

    OSError when the file cannot be read; NotAVCardError when it is not a vCard file.
    """
    return read_vcards(read_head(path, MAX_FILE_BYTES)[0])


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
    try:
        data, file_charset = as_utf8(data)
    except UndecodableTextError as error:
        if holds_a_card(data):  # a vCard, in bytes that are not text by the rule
            raise NotAVCardError(str(error)) from None
        data, file_charset = b"", ""  # no card in it: said below as for any other file
    no_name = QCoreApplication.translate("VCard", "it has no name")
    cut_off = QCoreApplication.translate("VCard", "it was cut off before the end of the card")
    group = QCoreApplication.translate(
        "VCard", "it is a group of contacts (a list of members), not a person or a place"
    )
    contacts: list[ContactRecord] = []
    skipped: list[SkippedCard] = []
    card: list[VCardProperty] | None = None
    position = 0
    for line in logical_lines(data):
        short = len(line) <= 64 and line.lstrip()[:1] in b"BbEe"
        marker = b"".join(line.split()).upper() if short else b""
        if marker == b"BEGIN:VCARD":
            if card is not None:
                skipped.append(_cut_off(card, position, file_charset, cut_off))
            position += 1
            card = []
        elif marker == b"END:VCARD":
            if card is not None:
                reader = CardReader(card, file_charset)
                record = None if reader.is_group() else reader.record()
                if reader.is_group():
                    skipped.append(SkippedCard(position, reader.name(), group))
                elif record is None:
                    skipped.append(SkippedCard(position, "", no_name))
                else:
                    contacts.append(record)
            card = None
        elif (
            card is not None
            and len(card) < MAX_PROPERTIES
            and (prop := parse_property(line)) is not None
        ):
            card.append(prop)
    if card is not None:
        skipped.append(_cut_off(card, position, file_charset, cut_off))
    if position == 0 and not data.strip():
        # An export of no contacts is such a file: "not a vCard file" would send the
        # family to their address book for nothing.
        raise NotAVCardError(
            QCoreApplication.translate(
                "VCard",
                "This file is empty: it holds no contacts, so nothing was imported. Choose "
                "a vCard (.vcf) file with the contacts in it.",
            )
        )
    if position == 0:
        raise NotAVCardError(
            QCoreApplication.translate(
                "VCard",
                "This is not a vCard file; in your address book or email program, export "
                "the contacts as a vCard (.vcf) file and choose that file instead.",
            )
        )
    return ParsedVCards(contacts, skipped)


def _cut_off(
    card: list[VCardProperty], position: int, file_charset: str, reason: str
) -> SkippedCard:
    return SkippedCard(position, CardReader(card, file_charset).name() if card else "", reason)
