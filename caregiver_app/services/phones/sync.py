"""Syncing the record with the family's calendar server, its report, status and questions.

``sync_phones`` blocks and opens sockets: the window runs it in a worker thread with its
own record connection. A fault raises :class:`PhonesError`; what was done before it is
kept, the rest stays in the queue for the next sync. A wrong password pauses the sync
until the settings are saved again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.phones import errors
from caregiver_app.services.phones.errors import PhonesError
from caregiver_app.services.phones.settings import (
    link_state,
    server_password,
    set_link_state,
    stored_settings,
)
from caregiver_app.store.calendar.appointments import delete_appointment
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.phones.state import (
    answered,
    collection_state,
    deletions_asked,
    forget_collection,
    refresh_queue,
    save_collection_state,
    waiting_count,
)

_PROBLEMS = {
    "unreachable": errors.unreachable,
    "wrong-password": errors.wrong_password,
    "forbidden": errors.forbidden,
    "not-found": errors.not_found,
    "server-full": errors.server_full,
    "server-error": errors.server_error,
    "bad-response": errors.bad_response,
    "insecure": errors.insecure,
    "untrusted": errors.untrusted,
    "other-host": errors.other_host,
}


@dataclass(frozen=True)
class PhoneDeletion:
    """An appointment deleted on a phone: the family decides whether it goes here too."""

    appointment_id: int
    title: str
    starts: datetime


@dataclass(frozen=True)
class PhonesStatus:
    """How the link stands: synced as of when, changes waiting, the problem if any."""

    in_step_as_of: datetime | None
    waiting: int
    problem: str
    paused: bool


@dataclass(frozen=True)
class PhonesReport:
    """What one sync did: sent, received, conflict sentences, deletions newly noticed."""

    sent: int
    received: int
    conflicts: tuple[str, ...]
    deleted_on_phone: tuple[PhoneDeletion, ...]
    waiting: int
    status: PhonesStatus


def phones_status() -> PhonesStatus | None:
    """The link's state (None when phones are off); reads only."""
    if stored_settings() is None:
        return None
    state = link_state()
    last = state.get("last_sync", "")
    problem = state.get("problem", "")
    return PhonesStatus(
        in_step_as_of=datetime.fromisoformat(last) if last else None,
        waiting=waiting_count(),
        problem=str(_PROBLEMS[problem]()) if problem in _PROBLEMS else "",
        paused=state.get("paused") == "1",
    )


def waiting_deletions() -> tuple[PhoneDeletion, ...]:
    """Every appointment deleted on a phone still waiting for the family's answer."""
    return tuple(PhoneDeletion(*row) for row in deletions_asked())


def resolve_deletion(appointment_id: int, delete_here: bool) -> None:
    """The family's answer: delete it here too, or keep it (it goes back up at the next sync)."""
    if delete_here:
        delete_appointment(appointment_id)
    answered(appointment_id)


def not_set_up() -> PhonesError:
    """Syncing before the link is set up."""
    return PhonesError(
        "not-found",
        QCoreApplication.translate(
            "Phones",
            "Phones and calendars is not set up: enter the server's address, user and app "
            "password first.",
        ),
    )


def sync_phones() -> PhonesReport:
    """Two-way sync of the appointments and the care team with the server; blocking."""
    from caregiver_app.services.phones.connection import collection_url
    from caregiver_app.services.phones.dav import Server
    from caregiver_app.services.phones.engine import CollectionSync, Tally
    from caregiver_app.services.phones.kinds import AppointmentKind, ContactKind

    settings = stored_settings()
    if settings is None:
        raise not_set_up()
    if link_state().get("paused") == "1":
        raise errors.wrong_password()
    tally = Tally()
    try:
        server = Server(settings.url, settings.user, server_password())
        refresh_queue()
        try:
            for kind, name in (
                (AppointmentKind(settings.send), settings.calendar),
                (ContactKind(settings.send), settings.address_book),
            ):
                if not name:
                    continue
                known = collection_state(kind.kind)
                url = known[0] if known else collection_url(server, kind.kind, name)
                if not known:
                    save_collection_state(kind.kind, url, "")
                sync = CollectionSync(server, url, kind, tally)
                try:
                    sync.pull()
                    sync.push()
                except PhonesError as error:
                    if error.kind == "not-found":
                        forget_collection(kind.kind)  # gone: found again by name next time
                    raise
        finally:
            server.close()
    except PhonesError as error:
        set_link_state(problem=error.kind, paused="1" if error.kind == "wrong-password" else "")
        raise
    set_link_state(problem="", paused="", last_sync=home_now().isoformat(timespec="seconds"))
    status = phones_status()
    assert status is not None  # set up: checked above
    return PhonesReport(
        sent=tally.sent,
        received=tally.received,
        conflicts=tuple(tally.notes),
        deleted_on_phone=tuple(PhoneDeletion(*row) for row in tally.deleted_on_phone),
        waiting=status.waiting,
        status=status,
    )
