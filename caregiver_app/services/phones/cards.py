"""Care team contacts as CardDAV resources: the app's own vCard 3.0 writer and reader, with a UID.

Contacts have no UID in the record; the one the server knows is kept with the item
(``store/phones``), and a contact first seen on the server keeps the UID it came with.
Unless the family chose to send everything, what to call about and the notes stay here.
Office hours go up as the app's own properties (as in a .vcf export), but a card that
comes back never changes them: they are changed here only.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import replace

from caregiver_app.services.contacts.vcard import read_vcards
from caregiver_app.services.contacts.vcard_write import write_vcards
from caregiver_app.services.phones.events import digest_of
from caregiver_app.store.contacts import ContactRecord

_PRIVATE = ("call_about", "notes")
_UID = re.compile(r"^UID[^:]*:(.+)$", re.MULTILINE | re.IGNORECASE)
_REV = re.compile(
    r"^REV[^:]*:(\d{4})-?(\d{2})-?(\d{2})T?(\d{2})?:?(\d{2})?:?(\d{2})?", re.MULTILINE
)


def new_card_uid() -> str:
    """A fresh UID for a contact going up for the first time."""
    return f"{uuid.uuid4().hex}@care-companion"


def render_card(record: ContactRecord, uid: str, send: str) -> tuple[bytes, str]:
    """The vCard of ``record`` with its UID, and the hash of it."""
    if send != "all":
        record = replace(record, call_about="", notes="")
    text = write_vcards([record])
    text = text.replace("VERSION:3.0\r\n", f"VERSION:3.0\r\nUID:{uid}\r\n", 1)
    data = text.encode("utf-8")
    return data, digest_of(data)


def _unfolded(data: bytes) -> str:
    return re.sub(r"\r?\n[ \t]", "", data.decode("utf-8", "replace"))


def card_uid(data: bytes) -> str:
    """The UID in a vCard ("" when it has none)."""
    found = _UID.search(_unfolded(data))
    return found.group(1).strip() if found else ""


def card_changed_at(data: bytes) -> tuple[int, ...] | None:
    """REV as (year, month, day, hour, minute, second) in UTC, or None without one."""
    found = _REV.search(_unfolded(data))
    if not found:
        return None
    return tuple(int(part or 0) for part in found.groups())


def read_card(data: bytes) -> ContactRecord:
    """The contact in one vCard resource; ValueError when it holds none."""
    parsed = read_vcards(data)
    if not parsed.contacts:
        raise ValueError(parsed.skipped[0].reason if parsed.skipped else "no contact")
    return parsed.contacts[0]


def merge_card(existing: ContactRecord, incoming: ContactRecord, send: str) -> ContactRecord:
    """``existing`` with what came back; what was not sent is kept unless the phone wrote it."""
    merged = replace(
        incoming,
        id=existing.id,
        office_days=existing.office_days,
        office_opens=existing.office_opens,
        office_closes=existing.office_closes,
    )
    if send != "all":
        for name in _PRIVATE:
            if not getattr(incoming, name):
                setattr(merged, name, getattr(existing, name))
    return merged
