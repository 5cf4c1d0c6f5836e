"""One collection's two-way sync: what came back from phones first, then the queue goes up.

For each resource changed on the server: unknown → added here (or merged with the record
of the same UID); known and unchanged here → the phone's version is merged in; changed
on both sides since the last sync → the newer wins (the phone's LAST-MODIFIED or REV
against the record's change time) and the other is set aside in the item's history with
a sentence. A resource removed on the server goes to the kind's own handling (an
appointment waits for the family's answer). Then every queued change goes up with
If-Match (If-None-Match: * for a new one); 412 means it changed meanwhile: it is
fetched, merged as above, and sent again. Each item is kept as soon as it is done, so a
fault loses nothing and the next sync resumes where this one stopped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.phones import exchange
from caregiver_app.services.phones.dav import Server
from caregiver_app.services.phones.events import digest_of
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.phones.state import (
    ItemState,
    changed_here_at,
    collection_state,
    dequeue,
    forget_item,
    items_of,
    queued,
    remember_item,
    requeue,
    save_collection_state,
    set_aside,
    touch_item,
)


@dataclass
class Tally:
    """What one sync did, gathered as it goes."""

    sent: int = 0
    received: int = 0
    notes: list[str] = field(default_factory=list)
    deleted_on_phone: list[tuple[int, str, datetime]] = field(default_factory=list)


class Kind(Protocol):
    """What differs between appointments and contacts."""

    kind: str
    suffix: str
    content_type: str

    def render(self, record_ids: list[int], items: dict[int, ItemState]) -> dict[int, Any]:
        """(uid, data, digest) for each record that still exists."""

    def read(self, data: bytes, uid: str) -> Any:
        """The incoming value in one resource; ValueError when it holds none."""

    def uid_of(self, incoming: Any) -> str:
        """The UID the incoming value carries."""

    def assumed(self, incoming: Any) -> tuple[str, ...]:
        """What reading the incoming value assumed, one sentence each."""

    def find_uid(self, uid: str) -> int | None:
        """The record that already has this UID, if any."""

    def apply(self, record_id: int | None, incoming: Any) -> int:
        """Merge the phone's version into the record (or add it); its id."""

    def changed_on_phone_at(self, data: bytes) -> datetime | None:
        """When the phone last changed the resource (None: it does not say)."""

    def describe(self, record_id: int) -> str:
        """The record's title or name, for sentences ("" when the record is gone)."""

    def removed_on_phone(self, record_id: int, tally: Tally) -> None:
        """What to do when a phone removed a resource whose record is here."""


def _conflict_note(what: str, phone_won: bool) -> str:
    if phone_won:
        return QCoreApplication.translate(
            "Phones",
            "“{what}” was changed here and on a phone since the last sync: the phone's newer "
            "version was kept; the version from here is in its history.",
        ).format(what=what)
    return QCoreApplication.translate(
        "Phones",
        "“{what}” was changed here and on a phone since the last sync: the newer version "
        "from here was kept; the phone's version is in its history.",
    ).format(what=what)


class CollectionSync:
    """The sync of one calendar or address book."""

    def __init__(self, server: Server, url: str, kind: Kind, tally: Tally) -> None:
        self.server, self.url, self.kind, self.tally = server, url, kind, tally
        self.name = kind.kind

    # ------------------------------------------------------------ coming back

    def pull(self) -> None:
        """Apply what changed on the server since the last sync."""
        state = collection_state(self.name)
        token = state[1] if state is not None and state[0] == self.url else ""
        remote = exchange.remote_changes(self.server, self.url, token)
        items = items_of(self.name)
        by_path = {item.href: item for item in items.values()}
        waiting = dict(queued(self.name))
        for path, etag in remote.changed.items():
            item = by_path.get(path)
            if item is not None and etag and etag == item.etag:
                continue  # our own last version
            found = exchange.fetch(self.server, path)
            if found is None:
                remote.removed.add(path)
                continue
            self._incoming(path, found[0], found[1], item, waiting)
        removed = set(remote.removed)
        if remote.complete:
            removed |= {path for path in by_path if path not in remote.changed}
        for path in removed:
            item = by_path.get(path)
            if item is None:
                continue
            if waiting.get(item.record_id) == "delete" or not self.kind.describe(item.record_id):
                forget_item(self.name, item.record_id)  # gone on both sides
                continue
            forget_item(self.name, item.record_id)
            self.kind.removed_on_phone(item.record_id, self.tally)
        save_collection_state(self.name, self.url, remote.token)

    def _incoming(
        self, path: str, data: bytes, etag: str, item: ItemState | None, waiting: dict[int, str]
    ) -> None:
        try:
            incoming = self.kind.read(data, item.uid if item else "")
        except ValueError as error:
            self.tally.notes.append(
                QCoreApplication.translate(
                    "Phones", "{path} on the server cannot be read and was left as it is ({why})."
                ).format(path=path.rpartition("/")[2], why=str(error)[:160])
            )
            return
        uid = item.uid if item else self.kind.uid_of(incoming)
        record_id = item.record_id if item else self.kind.find_uid(uid)
        digest = digest_of(data)
        base = ItemState(self.name, record_id or 0, uid, path, etag, "", digest, home_now())
        if record_id is not None and waiting.get(record_id) == "delete":
            set_aside(self.name, record_id, "here", data.decode("utf-8", "replace"))
            remember_item(base)  # deleted here: the delete goes up with this ETag
            requeue(self.name, record_id, "delete")
            return
        if record_id is not None and waiting.get(record_id) == "send":
            if not self._phone_is_newer(record_id, data):
                set_aside(self.name, record_id, "here", data.decode("utf-8", "replace"))
                self.tally.notes.append(_conflict_note(self.kind.describe(record_id), False))
                remember_item(base)  # ours goes up over this version (If-Match this ETag)
                requeue(self.name, record_id, "send")
                return
            mine = self.kind.render([record_id], items_of(self.name))
            if record_id in mine:
                set_aside(self.name, record_id, "phone", mine[record_id][1].decode("utf-8"))
            self.tally.notes.append(_conflict_note(self.kind.describe(record_id), True))
        try:
            saved = self.kind.apply(record_id, incoming)
        except InvalidValueError as error:
            self.tally.notes.append(
                QCoreApplication.translate(
                    "Phones", "{path} on the server was not taken ({why})."
                ).format(path=path.rpartition("/")[2], why=str(error))
            )
            return
        for note in self.kind.assumed(incoming):
            self.tally.notes.append(
                QCoreApplication.translate("Phones", "{path} on the server: {note}.").format(
                    path=path.rpartition("/")[2], note=note.rstrip(".。")
                )
            )
        rendered = self.kind.render([saved], {saved: base})
        sent = rendered[saved][2] if saved in rendered else ""
        remember_item(ItemState(self.name, saved, uid, path, etag, sent, digest, home_now()))
        self.tally.received += 1

    def _phone_is_newer(self, record_id: int, data: bytes) -> bool:
        phone = self.kind.changed_on_phone_at(data)
        here = changed_here_at(self.name, record_id)
        return phone is not None and (here is None or phone > here)

    # ------------------------------------------------------------ going up

    def push(self) -> None:
        """Send the queued changes, oldest first."""
        waiting = queued(self.name)
        sends = [record_id for record_id, action in waiting if action == "send"]
        items = items_of(self.name)
        rendered = self.kind.render(sends, items)
        for record_id in sends:
            if record_id not in rendered:
                dequeue(self.name, record_id)  # deleted meanwhile: the next sync deletes it
                continue
            self._send(record_id, rendered[record_id], items.get(record_id), retry=True)
        for record_id, action in waiting:
            if action == "delete":
                self._delete(items.get(record_id), record_id)

    def _send(
        self, record_id: int, resource: tuple[str, bytes, str], item: ItemState | None, retry: bool
    ) -> None:
        uid, data, digest = resource
        now = home_now()
        if item is not None and item.sent_hash == digest:
            touch_item(self.name, record_id, now)  # nothing new to send
            return
        path = (
            item.href
            if item is not None
            else exchange.path_of(
                exchange.resource_url(self.server, self.url, uid, self.kind.suffix)
            )
        )
        status, etag = exchange.put(
            self.server, path, data, item.etag if item else "", self.kind.content_type
        )
        if status == 412:
            found = exchange.fetch(self.server, path)
            if found is not None and retry:
                self._incoming(path, found[0], found[1], item, {record_id: "send"})
                fresh = items_of(self.name).get(record_id)
                if record_id in dict(queued(self.name)):
                    again = self.kind.render([record_id], items_of(self.name))
                    if record_id in again:
                        self._send(record_id, again[record_id], fresh, retry=False)
            return
        received = item.received_hash if item else ""
        remember_item(ItemState(self.name, record_id, uid, path, etag, digest, received, now))
        self.tally.sent += 1

    def _delete(self, item: ItemState | None, record_id: int) -> None:
        if item is None:
            dequeue(self.name, record_id)
            return
        status = exchange.delete(self.server, item.href, item.etag)
        if status == 412:
            found = exchange.fetch(self.server, item.href)
            if found is not None:
                set_aside(self.name, record_id, "here", found[0].decode("utf-8", "replace"))
            exchange.delete(self.server, item.href, "")
        forget_item(self.name, record_id)
        self.tally.sent += 1
