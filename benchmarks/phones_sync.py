"""Phones and calendars against a local Radicale: the first publish, and one incremental sync.

A record with 3,000 appointments and 200 contacts is published to an empty calendar and
address book on a Radicale 3 running in this process on 127.0.0.1 (``radicale`` is in the
test extra); then 10 appointments are changed and synced again (a sync-collection REPORT,
10 PUTs with If-Match). Radicale checks a new event's UID against every event already in
the calendar, so the first publish grows with the square of the calendar's size on that
server; the incremental sync is what the family waits for after an edit.

``python -m benchmarks.phones_sync`` prints the two rows (``--tiny``: 30 appointments,
5 contacts, 3 changes, a check of the code). It never writes docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import socketserver
import sys
import tempfile
import threading
import time
import wsgiref.simple_server
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.report import Row, terminal_table

FULL = (3000, 200, 10)
TINY = (30, 5, 3)
BUDGET_INCREMENTAL_MS = 2000.0


class _Quiet(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


class _Threading(socketserver.ThreadingMixIn, wsgiref.simple_server.WSGIServer):
    daemon_threads = True


def _radicale(folder: Path) -> tuple[str, wsgiref.simple_server.WSGIServer, threading.Thread]:
    from radicale import Application, config

    users = folder / "users"
    users.write_text("family:secret\n", encoding="utf-8")
    configuration = config.load()
    configuration.update(
        {
            "auth": {
                "type": "htpasswd",
                "htpasswd_filename": str(users),
                "htpasswd_encryption": "plain",
                "delay": "0",
            },
            "storage": {"filesystem_folder": str(folder / "collections")},
            "rights": {"type": "owner_only"},
            "logging": {"level": "error"},
        },
        "benchmark",
        privileged=True,
    )
    server = wsgiref.simple_server.make_server(
        "127.0.0.1", 0, Application(configuration), server_class=_Threading, handler_class=_Quiet
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{server.server_port}/", server, thread


def _fill(appointments: int, contacts: int) -> None:
    from caregiver_app.store.calendar.imports import import_appointments
    from caregiver_app.store.calendar.records import AppointmentRecord, ImportedAppointment
    from caregiver_app.store.contact_import import import_contacts
    from caregiver_app.store.contacts import ContactRecord

    first = datetime(2027, 1, 4, 9, 0)
    import_appointments(
        ImportedAppointment(
            AppointmentRecord(
                title=f"Visit {number}",
                starts_at=first + timedelta(days=number // 4, hours=2 * (number % 4)),
                ends_at=first + timedelta(days=number // 4, hours=2 * (number % 4), minutes=45),
                timezone="Europe/Madrid",
                location=f"Clinic {number % 12}",
                uid=f"bench-{number}@care-companion",
            ),
            frozenset(),
        )
        for number in range(appointments)
    )
    import_contacts(
        ContactRecord(name=f"Person {number:04d}", phones=[("main", f"+34 600 {number:06d}")])
        for number in range(contacts)
    )


def measure(appointments: int, contacts: int, changes: int) -> tuple[float, float]:
    """(first publish, incremental sync) in milliseconds, on a fresh record and server."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    from caregiver_app.services.phones import connection
    from caregiver_app.services.phones.settings import PhonesSettings, save_settings
    from caregiver_app.services.phones.sync import sync_phones
    from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
    from caregiver_app.store.opening import open_store

    with tempfile.TemporaryDirectory(prefix="phones-bench-") as work:
        folder = Path(work)
        url, server, thread = _radicale(folder)
        database = open_store(folder / "record")
        try:
            _fill(appointments, contacts)
            connection.create_calendar(url, "family", "secret", "Care Companion")
            connection.create_address_book(url, "family", "secret", "Care team")
            save_settings(
                PhonesSettings(url, "family", "Care Companion", "Care team", "when-where"),
                "secret",
            )
            began = time.perf_counter()
            first = sync_phones()
            publish = (time.perf_counter() - began) * 1000
            assert first.sent == appointments + contacts, first
            for record in list_appointments()[:changes]:
                save_appointment(replace(record, title=record.title + " (moved)"))
            began = time.perf_counter()
            again = sync_phones()
            incremental = (time.perf_counter() - began) * 1000
            assert again.sent == changes, again
        finally:
            database.close()
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)
    return publish, incremental


def phones_rows(tiny: bool = False) -> list[Row]:
    """The two rows, measured once (the first publish takes minutes on the full sizes)."""
    appointments, contacts, changes = TINY if tiny else FULL
    publish, incremental = measure(appointments, contacts, changes)
    return [
        Row(
            f"phones: first publish of {appointments:,} appointments and {contacts} contacts "
            "to a local Radicale",
            f"{publish:,.0f} ms",
            "-",
            "-",
            "none (the server's own cost)",
            "-",
            "Radicale's UID check per new event is linear in the calendar's size",
        ),
        Row(
            f"phones: incremental sync with {changes} changes",
            f"{incremental:,.0f} ms",
            "-",
            "-",
            f"under {BUDGET_INCREMENTAL_MS:g} ms",
            "pass" if incremental <= BUDGET_INCREMENTAL_MS else "OVER",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the phones rows."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.phones_sync", description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="small sizes: checks the code")
    parser.add_argument(
        "--no-write", action="store_true", help="accepted for symmetry: nothing is ever written"
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    print(terminal_table(phones_rows(args.tiny)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
