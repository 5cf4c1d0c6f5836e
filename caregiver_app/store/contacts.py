"""Care team contacts: plain records in and out, one transaction per change."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any, NamedTuple

from peewee import ModelSelect
from PySide6.QtCore import QCoreApplication

from caregiver_app.store.database import database_proxy
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.models import (
    Appointment,
    AppointmentParticipant,
    Contact,
    ContactPhone,
    Medicine,
    Question,
)
from caregiver_app.store.plain_rows import rows_of, tuples_of
from caregiver_app.store.transactions import delete_row, transaction

PHONE_KINDS = ("main", "mobile", "after_hours", "fax")


class ContactLinks(NamedTuple):
    """What pointed at a contact when it was deleted, so Edit > Undo can point it back:
    the questions to ask them, the medicines they prescribed, the appointments they
    take part in (by id)."""

    questions: tuple[int, ...] = ()
    medicines: tuple[int, ...] = ()
    appointments: tuple[int, ...] = ()


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
    # Set by delete_contact only; not a value of the contact (never compared or shown).
    links: ContactLinks | None = field(default=None, compare=False, repr=False)

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
CONTACT_FIELDS = (
    *_TEXT_FIELDS,
    "call_first",
    "emergency_contact",
    "office_days",
    "office_opens",
    "office_closes",
)


def _record(contact: Contact, phones: list[tuple[str, str]]) -> ContactRecord:
    return ContactRecord(
        id=contact.id, phones=phones, **{name: getattr(contact, name) for name in CONTACT_FIELDS}
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
    columns = [Contact.id, *(getattr(Contact, name) for name in CONTACT_FIELDS)]
    query = Contact.select(*columns).order_by(Contact.name.collate("NOCASE"), Contact.id)
    records = []
    for contact_id, *values in rows_of(query):
        texts = dict(zip(CONTACT_FIELDS, values, strict=True))
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


# Of several contacts marked to call first, the one changed last: two computers that each
# ticked someone before they synced both hold the mark afterwards, and the later tick is
# the family's last choice. A change made here and not yet sent (no stamp) is later than
# any stamped one; a record never shared has no stamps, so the first by name, as listed.
_NEWEST_MARKED_FIRST = """
    SELECT contact.id FROM contact
    LEFT JOIN sync_row ON sync_row.tbl = 'contact' AND sync_row.row_id = contact.id
    WHERE contact.call_first = 1
    ORDER BY sync_row.row_id IS NOT NULL AND sync_row.clock IS NULL DESC,
        coalesce(sync_row.clock, '') DESC, contact.name COLLATE NOCASE, contact.id
    LIMIT 1"""


def first_call_first_contact() -> ContactRecord | None:
    """The contact to call first for symptoms (of several marked, the one marked last),
    or None."""
    row = database_proxy.execute_sql(_NEWEST_MARKED_FIRST).fetchone()
    return get_contact(int(row[0])) if row is not None else None


def call_first_names(leaving_out: int | None = None) -> list[str]:
    """The names of the contacts marked to call first (but ``leaving_out``), as listed."""
    query = Contact.select(Contact.name).where(Contact.call_first == True)  # noqa: E712
    if leaving_out is not None:
        query = query.where(Contact.id != leaving_out)
    return [row[0] for row in tuples_of(query.order_by(Contact.name.collate("NOCASE"), Contact.id))]


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


def clean_contact(record: ContactRecord) -> ContactRecord:
    """A copy of ``record`` without outer spaces, and without phone lines that have no number."""
    # a shallow copy, as dataclasses.replace makes, at a fraction of its cost for an import
    cleaned = copy.copy(record)
    for name in _TEXT_FIELDS:
        setattr(cleaned, name, getattr(record, name).strip())
    cleaned.phones = [(kind, number.strip()) for kind, number in record.phones if number.strip()]
    return cleaned


def phone_rows(contact_id: int, record: ContactRecord) -> list[dict]:
    """The record's phones as rows for the contact ``contact_id``, in their order."""
    return [
        {"contact": contact_id, "kind": kind, "number": number, "position": position}
        for position, (kind, number) in enumerate(record.phones)
    ]


def write_contact(record: ContactRecord, now: datetime) -> int:
    """Insert or update a cleaned, checked ``record`` with its phones; its id.

    The caller holds the transaction.
    """
    values = {name: getattr(record, name) for name in CONTACT_FIELDS}
    if record.id is not None and Contact.get_or_none(Contact.id == record.id) is not None:
        Contact.update(updated_at=now, **values).where(Contact.id == record.id).execute()
        ContactPhone.delete().where(ContactPhone.contact == record.id).execute()
        contact_id = record.id
    else:
        extra = {"id": record.id} if record.id is not None else {}
        contact_id = Contact.insert(created_at=now, updated_at=now, **values, **extra).execute()
    if record.phones:
        ContactPhone.insert_many(phone_rows(contact_id, record)).execute()
    return contact_id


def save_contact(record: ContactRecord, take_call_first: bool = False) -> int:
    """Insert or update ``record`` (with its phones) in one transaction; return its id.

    A record whose id no longer exists is inserted again under that id, which
    is how an undone delete comes back. ``take_call_first`` (the family has just
    ticked "call first" on this contact) takes that mark from everyone else in the
    same transaction: Today, the alerts and the chart name one person to call first,
    and it must be the one the family chose last, not the first by name.
    """
    record = clean_contact(record)
    validate_contact(record)
    with transaction():
        if record.links is not None and record.call_first and call_first_names(record.id):
            # An undone delete: someone was chosen to call first since; they stay so.
            record.call_first = False
        contact_id = write_contact(record, home_now())
        if take_call_first and record.call_first:
            others = (Contact.call_first == True) & (Contact.id != contact_id)  # noqa: E712
            Contact.update(call_first=False).where(others).execute()
        if record.links is not None:
            _link_again(contact_id, record.links)
        return contact_id


def delete_contact(contact_id: int) -> ContactRecord | None:
    """Delete a contact and its phones; return what was deleted, with what pointed at it
    (``links``), so it can be undone."""
    return delete_row(Contact, contact_id, _with_links)


def _with_links(contact_id: int) -> ContactRecord | None:
    record = get_contact(contact_id)
    if record is not None:
        record.links = ContactLinks(
            questions=_ids(Question.select(Question.id).where(Question.ask_contact == contact_id)),
            medicines=_ids(Medicine.select(Medicine.id).where(Medicine.prescriber == contact_id)),
            appointments=_ids(
                AppointmentParticipant.select(AppointmentParticipant.appointment).where(
                    AppointmentParticipant.contact == contact_id
                )
            ),
        )
    return record


def _ids(query: ModelSelect[Any]) -> tuple[int, ...]:
    return tuple(row[0] for row in tuples_of(query))


def _link_again(contact_id: int, links: ContactLinks) -> None:
    """Point back at the contact what pointed at it, where nothing else was chosen since
    (a medicine given another prescriber keeps that one) and the row is still there."""
    Question.update(ask_contact=contact_id).where(
        Question.id.in_(links.questions), Question.ask_contact.is_null()
    ).execute()
    Medicine.update(prescriber=contact_id).where(
        Medicine.id.in_(links.medicines), Medicine.prescriber.is_null()
    ).execute()
    already = set(
        _ids(
            AppointmentParticipant.select(AppointmentParticipant.appointment).where(
                AppointmentParticipant.contact == contact_id
            )
        )
    )
    existing = _ids(
        Appointment.select(Appointment.id).where(Appointment.id.in_(links.appointments))
    )
    rows = [
        {"appointment": appointment_id, "contact": contact_id}
        for appointment_id in existing
        if appointment_id not in already
    ]
    if rows:
        AppointmentParticipant.insert_many(rows).execute()
