"""Contacts from a file added to the care team: the same person merged, never doubled.

A card is the same person as a contact already listed when it has the same name and
a shared number or email; a card with neither has only its name to go by. Where
several contacts fit (two "Dr. Smith" with no number), the card goes to the one it
adds nothing to, if any: a file exported here and imported back then finds each
contact itself, instead of filling the first one with the other's address and notes.
Merging fills what the contact lacks and loses nothing it holds.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from caregiver_app.store.contacts import (
    CONTACT_FIELDS,
    ContactRecord,
    clean_contact,
    list_contacts,
    phone_rows,
    validate_contact,
    write_contact,
)
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import Contact, ContactPhone
from caregiver_app.store.phone_keys import number_key
from caregiver_app.store.prepared_insert import PreparedInsert
from caregiver_app.store.text_keys import folded
from caregiver_app.store.transactions import transaction


class _NewContacts:
    """Inserts new contacts through a prepared statement; their phones go in together.

    The phones wait in a list until ``flush``, which must come before anything else
    writes phones (a merge) and before the transaction ends.
    """

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.contact = PreparedInsert(Contact, (*CONTACT_FIELDS, "created_at", "updated_at"))
        self.phones = PreparedInsert(ContactPhone, ("contact", "kind", "number", "position"))
        self.waiting: list[dict] = []

    def insert(self, record: ContactRecord) -> int:
        """Insert ``record`` (whose id is None) as ``write_contact`` would; its new id."""
        values = {name: getattr(record, name) for name in CONTACT_FIELDS}
        contact_id = self.contact.one({**values, "created_at": self.now, "updated_at": self.now})
        self.waiting += phone_rows(contact_id, record)
        if len(self.waiting) >= 1000:
            self.flush()
        return contact_id

    def flush(self) -> None:
        """Insert the phones waiting, in order."""
        if self.waiting:
            self.phones.many(self.waiting)
            self.waiting = []


SAME_NAME_LOOKS = 20  # contacts of one name compared in full with a card, at most


def _digits(number: str) -> str:
    # Letters dialled as keypad digits, the extension apart (store/phone_keys.py); the
    # last ten digits only, to set country and trunk prefixes aside when comparing.
    return number_key(number, last=10)


def _name_key(name: str) -> str:
    return " ".join(folded(name).split())


def _same_person_keys(record: ContactRecord) -> set[tuple[str, str, str]]:
    """(name, "tel", digits) for each number and (name, "email", address): what a match shares.

    A card with neither (a name and an address, say) has only its name to tell who it is:
    (name, "name", "") finds the first contact of that name, so importing again the file
    this app exported adds no second copy of such a contact.
    """
    name = _name_key(record.name)
    keys = {(name, "tel", digits) for _kind, number in record.phones if (digits := _digits(number))}
    email = record.email.strip().casefold()
    if email:
        keys.add((name, "email", email))
    return keys or {(name, "name", "")}


class _SamePersonIndex:
    """Contacts in order, found by name and number or name and email in constant time.

    Each key leads to the contacts (in list order) that have it, so a lookup finds
    the contact a scan of the list would find, without the scan: an import of
    thousands of cards stays linear.
    """

    def __init__(self, records: Iterable[ContactRecord]) -> None:
        self.records: list[ContactRecord] = []
        self._holders: dict[tuple[str, str, str], list[int]] = {}
        for record in records:
            self.append(record)

    def find(self, keys: set[tuple[str, str, str]], incoming: ContactRecord) -> int | None:
        """The position of the contact ``incoming`` (a cleaned card whose
        ``_same_person_keys`` are ``keys``) is: of those sharing a key, the first it adds
        nothing to, else the first; None when none shares a key."""
        holders = [self._holders[key] for key in keys if key in self._holders]
        if not holders:
            return None
        # The first few of each key are the first few of all: enough to look among.
        candidates = sorted({p for places in holders for p in places[:SAME_NAME_LOOKS]})
        if len(candidates) > 1:
            for position in candidates[:SAME_NAME_LOOKS]:
                if adds_nothing(self.records[position], incoming):
                    return position
        return candidates[0]

    def append(self, record: ContactRecord, keys: set[tuple[str, str, str]] | None = None) -> None:
        """Add a contact at the end (``keys``: its ``_same_person_keys``, if known)."""
        self.records.append(record)
        self.put(len(self.records) - 1, record, keys)

    def put(
        self, position: int, record: ContactRecord, keys: set[tuple[str, str, str]] | None = None
    ) -> None:
        """Replace the contact at ``position`` (a merge only ever adds numbers or an email)."""
        self.records[position] = record
        keys = _same_person_keys(record) if keys is None else keys
        for key in keys | {(_name_key(record.name), "name", "")}:  # every contact has its name
            places = self._holders.setdefault(key, [])
            at = bisect.bisect_left(places, position)
            if at == len(places) or places[at] != position:
                places.insert(at, position)


_COMPLETED = ("role", "organisation", "email", "address", "video_link", "call_about")
_OFFICE_HOURS = ("office_days", "office_opens", "office_closes")


def _takes_office_hours(existing: ContactRecord, incoming: ContactRecord) -> bool:
    """Whether the office hours come from ``incoming``: ``existing`` has none entered.

    Days and times go together, never one from each: mixed, they could say what
    neither card says.
    """
    return not any(getattr(existing, name) for name in _OFFICE_HOURS) and any(
        getattr(incoming, name) for name in _OFFICE_HOURS
    )


def adds_nothing(existing: ContactRecord, incoming: ContactRecord) -> bool:
    """Whether ``merge_into(existing, incoming)`` would give ``existing`` back unchanged."""
    if any(not getattr(existing, name) and getattr(incoming, name) for name in _COMPLETED):
        return False
    if _takes_office_hours(existing, incoming):
        return False
    if incoming.notes and incoming.notes not in existing.notes:
        return False
    if (incoming.call_first and not existing.call_first) or (
        incoming.emergency_contact and not existing.emergency_contact
    ):
        return False
    known = {_digits(number) for _kind, number in existing.phones}
    return all(_digits(number) in known for _kind, number in incoming.phones)


def merge_into(existing: ContactRecord, incoming: ContactRecord) -> ContactRecord:
    """``existing`` completed with what ``incoming`` adds; nothing already there is lost."""
    merged = copy.copy(existing)
    for name in _COMPLETED:
        if not getattr(merged, name) and getattr(incoming, name):
            setattr(merged, name, getattr(incoming, name))
    if _takes_office_hours(existing, incoming):
        for name in _OFFICE_HOURS:
            setattr(merged, name, getattr(incoming, name))
    if incoming.notes and incoming.notes not in merged.notes:
        merged.notes = f"{merged.notes}\n{incoming.notes}".strip()
    known = {_digits(number) for _kind, number in merged.phones}
    merged.phones = list(merged.phones) + [
        (kind, number) for kind, number in incoming.phones if _digits(number) not in known
    ]
    merged.call_first = merged.call_first or incoming.call_first
    merged.emergency_contact = merged.emergency_contact or incoming.emergency_contact
    return merged


@dataclass(frozen=True)
class ContactImportCounts:
    """How many contacts an import added, and how many it merged into people already here."""

    imported: int
    merged: int


def import_contacts(records: Iterable[ContactRecord]) -> ContactImportCounts:
    """Add ``records``, merging each into a contact that is the same person; all or nothing."""
    imported = merged = 0
    with transaction():
        existing = _SamePersonIndex(list_contacts())
        now = home_now()
        new_contacts = _NewContacts(now)
        # "Call first" is the family's choice in this record: a file (an old export, say)
        # never gives the mark to a second person, who would then be named on Today.
        marked = any(record.call_first for record in existing.records)
        for incoming in records:
            incoming = clean_contact(incoming)  # a copy: the caller's record is left as it was
            incoming.id = None
            incoming.call_first = incoming.call_first and not marked
            marked = marked or incoming.call_first
            validate_contact(incoming)
            keys = _same_person_keys(incoming)
            position = existing.find(keys, incoming)
            if position is None:
                incoming.id = new_contacts.insert(incoming)
                existing.append(incoming, keys)
                imported += 1
            else:
                same = existing.records[position]
                # a card that adds nothing leaves the contact untouched
                if (
                    not adds_nothing(same, incoming)
                    and (combined := merge_into(same, incoming)) != same
                ):
                    new_contacts.flush()  # the contact's phones may be among those waiting
                    write_contact(combined, now)
                    existing.put(position, combined)
                merged += 1
        new_contacts.flush()
    return ContactImportCounts(imported=imported, merged=merged)
