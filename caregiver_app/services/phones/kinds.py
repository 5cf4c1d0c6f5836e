"""What differs between syncing appointments (CalDAV) and the care team (CardDAV)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.phones import cards, events
from caregiver_app.services.phones.engine import Tally
from caregiver_app.store.calendar.appointments import get_appointment, save_appointment
from caregiver_app.store.contacts import (
    ContactRecord,
    contacts_with_ids,
    get_contact,
    save_contact,
)
from caregiver_app.store.home_clock import home_wall
from caregiver_app.store.phones.state import (
    ItemState,
    appointment_with_uid,
    appointments_by_id,
    ask_about_deletion,
    items_of,
    requeue,
    title_of,
)


class _SentKind:
    """What both kinds share: what the family chose to send, and how a row is named."""

    kind: str

    def __init__(self, send: str) -> None:
        self.send = send

    def describe(self, record_id: int) -> str:
        """The appointment's title or the contact's name."""
        return title_of(self.kind, record_id)


class AppointmentKind(_SentKind):
    """Appointments and series, as iCalendar resources in the calendar."""

    kind = "appointment"
    suffix = ".ics"
    content_type = "text/calendar; charset=utf-8"

    def render(
        self, record_ids: list[int], items: dict[int, ItemState]
    ) -> dict[int, tuple[str, bytes, str]]:
        """(uid, data, digest) for each appointment that still exists."""
        records = appointments_by_id(record_ids)
        ordered = [records[record_id] for record_id in record_ids if record_id in records]
        found = {}
        for first in range(0, len(ordered), 500):
            chunk = ordered[first : first + 500]
            for record, resource in zip(chunk, events.render_events(chunk, self.send), strict=True):
                assert record.id is not None  # read from the record
                found[record.id] = (resource.uid, resource.data, resource.digest)
        return found

    def read(self, data: bytes, uid: str) -> events.PhoneEvent:
        """The appointment in one resource, and what reading it assumed."""
        return events.read_phone_event(data, uid or None)

    def uid_of(self, incoming: events.PhoneEvent) -> str:
        """Its UID."""
        return incoming.item.record.uid

    def assumed(self, incoming: events.PhoneEvent) -> tuple[str, ...]:
        """What reading it assumed, one sentence each."""
        return incoming.assumed

    def find_uid(self, uid: str) -> int | None:
        """The appointment with this UID here."""
        return appointment_with_uid(uid)

    def apply(self, record_id: int | None, incoming: events.PhoneEvent) -> int:
        """Merge the phone's version in, or add it."""
        existing = get_appointment(record_id) if record_id is not None else None
        if existing is None:
            return save_appointment(replace(incoming.item.record, id=None))
        return save_appointment(events.merge_from_phone(existing, incoming.item, self.send))

    def changed_on_phone_at(self, data: bytes) -> datetime | None:
        """LAST-MODIFIED."""
        return events.last_modified(data)

    def removed_on_phone(self, record_id: int, tally: Tally) -> None:
        """Kept here until the family answers."""
        record = get_appointment(record_id)
        if record is None:
            return
        ask_about_deletion(record_id, record.title, record.starts_at)
        tally.deleted_on_phone.append((record_id, record.title, record.starts_at))


class ContactKind(_SentKind):
    """The care team, as vCard 3.0 resources in the address book."""

    kind = "contact"
    suffix = ".vcf"
    content_type = "text/vcard; charset=utf-8"

    def render(
        self, record_ids: list[int], items: dict[int, ItemState]
    ) -> dict[int, tuple[str, bytes, str]]:
        """(uid, data, digest) for each contact that still exists."""
        found = {}
        for record_id, record in contacts_with_ids(record_ids).items():
            item = items.get(record_id)
            uid = item.uid if item is not None and item.uid else cards.new_card_uid()
            data, digest = cards.render_card(record, uid, self.send)
            found[record_id] = (uid, data, digest)
        return found

    def read(self, data: bytes, uid: str) -> tuple[ContactRecord, str]:
        """The contact in one resource, and its UID."""
        return cards.read_card(data), uid or cards.card_uid(data) or events.digest_of(data)[:32]

    def uid_of(self, incoming: tuple[ContactRecord, str]) -> str:
        """Its UID."""
        return incoming[1]

    def assumed(self, incoming: tuple[ContactRecord, str]) -> tuple[str, ...]:
        """Nothing: a card is taken as it is or skipped."""
        return ()

    def find_uid(self, uid: str) -> int | None:
        """The contact already sent with this UID."""
        return next((i.record_id for i in items_of(self.kind).values() if i.uid == uid), None)

    def apply(self, record_id: int | None, incoming: tuple[ContactRecord, str]) -> int:
        """Merge the phone's version in, or add it."""
        existing = get_contact(record_id) if record_id is not None else None
        if existing is None:
            return save_contact(replace(incoming[0], id=None))
        return save_contact(cards.merge_card(existing, incoming[0], self.send))

    def changed_on_phone_at(self, data: bytes) -> datetime | None:
        """REV, in this computer's wall time."""
        found = cards.card_changed_at(data)
        if found is None:
            return None
        try:
            year, month, day, hour, minute, second = found
            moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            return None
        return home_wall(moment)

    def removed_on_phone(self, record_id: int, tally: Tally) -> None:
        """A care team contact is never deleted from a phone: it goes back up, with a note."""
        requeue(self.kind, record_id, "send")
        tally.notes.append(
            QCoreApplication.translate(
                "Phones",
                "“{name}” was deleted from the address book on a phone; the care team keeps "
                "it, so it was put back (delete it in Care Companion to remove it everywhere).",
            ).format(name=title_of(self.kind, record_id))
        )
