"""Care team contacts: plain records in and out, one transaction per change."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.models import Contact, ContactPhone
from caregiver_app.store.plain_rows import rows_of
from caregiver_app.store.prepared_insert import PreparedInsert
from caregiver_app.store.text_keys import folded
from caregiver_app.store.transactions import delete_row, transaction

PHONE_KINDS = ("main", "mobile", "after_hours", "fax")


@dataclass
class ContactRecord:
    """A contact with its phones, as plain values. ``id`` is None until saved."""

    name: str
    role: str = ""
    organisation: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (kind, number as typed)
    email: str = ""
    address: str = ""
    video_link: str = ""
    call_about: str = ""
    notes: str = ""
    call_first: bool = False
    emergency_contact: bool = False
    office_days: str = ""  # ISO weekday numbers "1,2,3,4,5"; "" when not entered
    office_opens: time | None = None
    office_closes: time | None = None
    id: int | None = None

    def after_hours_numbers(self) -> list[str]:
        """The after-hours / 24-hour lines, in order."""
        return [number for kind, number in self.phones if kind == "after_hours"]


# The contact's text, kept without outer spaces, and its two marks.
_TEXT_FIELDS = (
    "name",
    "role",
    "organisation",
    "email",
    "address",
    "video_link",
    "call_about",
    "notes",
)
_FIELDS = (
    *_TEXT_FIELDS,
    "call_first",
    "emergency_contact",
    "office_days",
    "office_opens",
    "office_closes",
)


def _record(contact: Contact, phones: list[tuple[str, str]]) -> ContactRecord:
    return ContactRecord(
        id=contact.id, phones=phones, **{name: getattr(contact, name) for name in _FIELDS}
    )


def list_contacts() -> list[ContactRecord]:
    """Every contact with its phones, ordered by name (two queries, whatever the count)."""
    phones: dict[int, list[tuple[str, str]]] = {}
    numbers = ContactPhone.select(
        ContactPhone.contact, ContactPhone.kind, ContactPhone.number
    ).order_by(ContactPhone.position, ContactPhone.id)
    # plain rows: model objects cost more than the query for many contacts
    for contact_id, kind, number in rows_of(numbers):
        phones.setdefault(contact_id, []).append((kind, number))
    # only the columns a record holds: the times it was made and changed are not read
    columns = [Contact.id, *(getattr(Contact, name) for name in _FIELDS)]
    query = Contact.select(*columns).order_by(Contact.name.collate("NOCASE"), Contact.id)
    records = []
    for contact_id, *values in rows_of(query):
        texts = dict(zip(_FIELDS, values, strict=True))
        records.append(ContactRecord(id=contact_id, phones=phones.get(contact_id, []), **texts))
    return records


def contacts_with_ids(contact_ids: Iterable[int]) -> dict[int, ContactRecord]:
    """The contacts with these ids that still exist, by id (with their phones)."""
    wanted = sorted(set(contact_ids))
    if not wanted:
        return {}
    phones: dict[int, list[tuple[str, str]]] = {}
    for phone in (
        ContactPhone.select()
        .where(ContactPhone.contact.in_(wanted))
        .order_by(ContactPhone.position, ContactPhone.id)
    ):
        phones.setdefault(phone.contact_id, []).append((phone.kind, phone.number))
    return {
        contact.id: _record(contact, phones.get(contact.id, []))
        for contact in Contact.select().where(Contact.id.in_(wanted))
    }


def first_call_first_contact() -> ContactRecord | None:
    """The first (by name, as listed) contact to call first for symptoms, or None."""
    contact = (
        Contact.select(Contact.id)
        .where(Contact.call_first == True)  # noqa: E712 - peewee expression
        .order_by(Contact.name.collate("NOCASE"), Contact.id)
        .first()
    )
    return get_contact(contact.id) if contact is not None else None


def get_contact(contact_id: int) -> ContactRecord | None:
    """One contact, or None if it is gone."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        return None
    phones = [
        (phone.kind, phone.number)
        for phone in ContactPhone.select()
        .where(ContactPhone.contact == contact_id)
        .order_by(ContactPhone.position, ContactPhone.id)
    ]
    return _record(contact, phones)


def validate_contact(record: ContactRecord) -> None:
    """Raise InvalidValueError for what the record cannot hold."""
    if not record.name.strip():
        raise InvalidValueError(
            "name", QCoreApplication.translate("Store", "Every contact needs a name.")
        )
    for kind, number in record.phones:
        if kind not in PHONE_KINDS:
            raise InvalidValueError(
                "phones",
                QCoreApplication.translate("Store", "Unknown phone kind: {kind}").format(kind=kind),
            )
        if not number.strip():
            raise InvalidValueError(
                "phones", QCoreApplication.translate("Store", "A phone line has no number.")
            )
    check_office_hours(record)


def check_office_hours(record: ContactRecord) -> None:
    """Raise InvalidValueError for office hours that cannot be: bad days, closing first."""
    days = [day for day in record.office_days.split(",") if day]
    if any(day not in "1234567" or len(day) != 1 for day in days):
        raise InvalidValueError(
            "office_days",
            QCoreApplication.translate("Store", "Choose the office days from Monday to Sunday."),
        )
    if (record.office_opens is None) != (record.office_closes is None):
        raise InvalidValueError(
            "office_closes",
            QCoreApplication.translate(
                "Store", "Enter both the opening and the closing time, or neither."
            ),
        )
    opens, closes = record.office_opens, record.office_closes
    # Closing at 0:00 is closing at midnight, at the end of the day (typed as 24:00).
    if opens is not None and closes is not None and closes != time(0) and closes <= opens:
        raise InvalidValueError(
            "office_closes",
            QCoreApplication.translate(
                "Store",
                "The office must close after it opens; for an office open until midnight, "
                "type 24:00 as the closing time.",
            ),
        )


def _clean(record: ContactRecord) -> ContactRecord:
    # a shallow copy, as dataclasses.replace makes, at a fraction of its cost for an import
    cleaned = copy.copy(record)
    for name in _TEXT_FIELDS:
        setattr(cleaned, name, getattr(record, name).strip())
    cleaned.phones = [(kind, number.strip()) for kind, number in record.phones if number.strip()]
    return cleaned


def _phone_rows(contact_id: int, record: ContactRecord) -> list[dict]:
    return [
        {"contact": contact_id, "kind": kind, "number": number, "position": position}
        for position, (kind, number) in enumerate(record.phones)
    ]


def _write(record: ContactRecord, now: datetime) -> int:
    values = {name: getattr(record, name) for name in _FIELDS}
    if record.id is not None and Contact.get_or_none(Contact.id == record.id) is not None:
        Contact.update(updated_at=now, **values).where(Contact.id == record.id).execute()
        ContactPhone.delete().where(ContactPhone.contact == record.id).execute()
        contact_id = record.id
    else:
        extra = {"id": record.id} if record.id is not None else {}
        contact_id = Contact.insert(created_at=now, updated_at=now, **values, **extra).execute()
    if record.phones:
        ContactPhone.insert_many(_phone_rows(contact_id, record)).execute()
    return contact_id


class _NewContacts:
    """Inserts new contacts through a prepared statement; their phones go in together.

    The phones wait in a list until ``flush``, which must come before anything else
    writes phones (a merge) and before the transaction ends.
    """

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.contact = PreparedInsert(Contact, (*_FIELDS, "created_at", "updated_at"))
        self.phones = PreparedInsert(ContactPhone, ("contact", "kind", "number", "position"))
        self.waiting: list[dict] = []

    def insert(self, record: ContactRecord) -> int:
        """Insert ``record`` (whose id is None) as ``_write`` would; its new id."""
        values = {name: getattr(record, name) for name in _FIELDS}
        contact_id = self.contact.one({**values, "created_at": self.now, "updated_at": self.now})
        self.waiting += _phone_rows(contact_id, record)
        if len(self.waiting) >= 1000:
            self.flush()
        return contact_id

    def flush(self) -> None:
        """Insert the phones waiting, in order."""
        if self.waiting:
            self.phones.many(self.waiting)
            self.waiting = []


def save_contact(record: ContactRecord) -> int:
    """Insert or update ``record`` (with its phones) in one transaction; return its id.

    A record whose id no longer exists is inserted again under that id, which
    is how an undone delete comes back.
    """
    record = _clean(record)
    validate_contact(record)
    with transaction():
        return _write(record, datetime.now())


def delete_contact(contact_id: int) -> ContactRecord | None:
    """Delete a contact and its phones; return what was deleted, so it can be undone."""
    return delete_row(Contact, contact_id, get_contact)


def _digits(number: str) -> str:
    digits = "".join(filter(str.isdigit, number))
    return digits[-10:]  # ignore country and trunk prefixes when comparing


def _name_key(name: str) -> str:
    return " ".join(folded(name).split())


def _same_person_keys(record: ContactRecord) -> set[tuple[str, str, str]]:
    """(name, "tel", digits) for each number and (name, "email", address): what a match shares."""
    name = _name_key(record.name)
    keys = {(name, "tel", digits) for _kind, number in record.phones if (digits := _digits(number))}
    email = record.email.strip().casefold()
    if email:
        keys.add((name, "email", email))
    return keys


class _SamePersonIndex:
    """Contacts in order, found by name and number or name and email in constant time.

    Each key leads to the first contact (in list order) that has it, so a lookup
    finds the contact a scan of the list would find first, without the scan:
    an import of thousands of cards stays linear.
    """

    def __init__(self, records: Iterable[ContactRecord]) -> None:
        self.records: list[ContactRecord] = []
        self._first: dict[tuple[str, str, str], int] = {}
        for record in records:
            self.append(record)

    def find(self, keys: set[tuple[str, str, str]]) -> int | None:
        """The position of the first contact that has one of ``keys`` (a record's
        ``_same_person_keys``: the first that is the same person), or None."""
        found = [self._first[key] for key in keys if key in self._first]
        return min(found, default=None)

    def append(self, record: ContactRecord, keys: set[tuple[str, str, str]] | None = None) -> None:
        """Add a contact at the end (``keys``: its ``_same_person_keys``, if known)."""
        self.records.append(record)
        self.put(len(self.records) - 1, record, keys)

    def put(
        self, position: int, record: ContactRecord, keys: set[tuple[str, str, str]] | None = None
    ) -> None:
        """Replace the contact at ``position`` (a merge only ever adds numbers or an email)."""
        self.records[position] = record
        for key in _same_person_keys(record) if keys is None else keys:
            # A number merged into an earlier contact makes that one the first to have it.
            if position < self._first.get(key, position + 1):
                self._first[key] = position


_COMPLETED = ("role", "organisation", "email", "address", "video_link", "call_about")


def adds_nothing(existing: ContactRecord, incoming: ContactRecord) -> bool:
    """Whether ``merge_into(existing, incoming)`` would give ``existing`` back unchanged."""
    if any(not getattr(existing, name) and getattr(incoming, name) for name in _COMPLETED):
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
        now = datetime.now()
        new_contacts = _NewContacts(now)
        for incoming in records:
            incoming = _clean(incoming)  # a copy: the caller's record is left as it was
            incoming.id = None
            validate_contact(incoming)
            keys = _same_person_keys(incoming)
            position = existing.find(keys)
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
                    _write(combined, now)
                    existing.put(position, combined)
                merged += 1
        new_contacts.flush()
    return ContactImportCounts(imported=imported, merged=merged)
