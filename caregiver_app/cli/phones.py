"""``caregiver-app phones``: the appointments and the care team on the family's phones."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import (
    EXIT_OK,
    Commands,
    add_actions,
    add_command,
    open_record,
    read_password,
    record_for_import,
    record_password,
    said_as_usage_error,
)

if TYPE_CHECKING:
    from caregiver_app.services.phones.sync import PhoneDeletion

DEFAULT_NAME = "Care Companion"
SEND_CHOICES = ("title", "when-where", "all")


def _send_words(send: str) -> str:
    return {
        "title": QCoreApplication.translate("Cli", "the title and the time only"),
        "when-where": QCoreApplication.translate("Cli", "the title, the place and the time"),
        "all": QCoreApplication.translate("Cli", "everything, notes included"),
    }.get(send, send)


def add_parser(commands: Commands) -> None:
    """Add ``phones`` and its actions to the command line."""
    phones = add_command(
        commands,
        "phones",
        QCoreApplication.translate(
            "Cli", "put the appointments and the care team on the family's phones"
        ),
        QCoreApplication.translate(
            "Cli",
            "Put the appointments and the care team on the family's phones through the "
            "family's own CalDAV/CardDAV server (Nextcloud, Radicale, iCloud with an app "
            "password...), and bring back changes made there. Off until set up. A server "
            "that refuses or cannot be reached is one line and exit code 2; nothing in the "
            "record is lost.",
        ),
        run_phones,
    )
    actions = add_actions(phones, "phones_command")
    setup = add_command(
        actions,
        "setup",
        QCoreApplication.translate("Cli", "link to the server, making the calendar if needed"),
        QCoreApplication.translate(
            "Cli",
            "Link to the server at URL (https://; plain http only for a server on this "
            "computer), making the calendar and the address book when they do not exist. "
            "The server's password is asked for, or read from standard input with "
            "--password-stdin: when the care record has a password, its password is the "
            "first line and the server's the second. It is kept in the system's keyring, "
            "or in the record where there is none (encrypted only when the record has a "
            "password).",
        ),
    )
    setup.add_argument(
        "url", metavar="URL", help=QCoreApplication.translate("Cli", "the server's address")
    )
    setup.add_argument(
        "--user",
        metavar="NAME",
        required=True,
        help=QCoreApplication.translate("Cli", "the user name on the server"),
    )
    setup.add_argument(
        "--calendar",
        metavar="NAME",
        default=DEFAULT_NAME,
        help=QCoreApplication.translate("Cli", "the calendar to use (default: Care Companion)"),
    )
    setup.add_argument(
        "--address-book",
        metavar="NAME",
        default=DEFAULT_NAME,
        help=QCoreApplication.translate(
            "Cli",
            "the address book to use (default: Care Companion); '' for none (iCloud keeps "
            "contacts on another server)",
        ),
    )
    setup.add_argument(
        "--send",
        choices=SEND_CHOICES,
        default="title",
        help=QCoreApplication.translate(
            "Cli",
            "what leaves this computer: the title and time (title, the default), also the "
            "place (when-where), or everything including notes (all)",
        ),
    )
    add_command(
        actions,
        "sync",
        QCoreApplication.translate("Cli", "send changes and bring back the phones' changes"),
        QCoreApplication.translate(
            "Cli",
            "Send what changed here and bring back what changed on the phones; print what "
            "went up and what came back.",
        ),
    )
    add_command(
        actions,
        "status",
        QCoreApplication.translate("Cli", "show the server, the last sync and what waits"),
        QCoreApplication.translate(
            "Cli", "Show the server, when the record last synced, and what waits."
        ),
    )
    add_command(
        actions,
        "stop",
        QCoreApplication.translate("Cli", "stop syncing and forget the server's password"),
        QCoreApplication.translate(
            "Cli",
            "Stop syncing and forget the server and its password; the server keeps what it has.",
        ),
    )


def run_phones(args: argparse.Namespace, data_dir: Path) -> int:
    """Carry out ``phones setup``, ``sync``, ``status`` or ``stop``."""
    from caregiver_app.services.phones.errors import PhonesError

    with said_as_usage_error(PhonesError):
        if args.phones_command == "setup":
            return _setup(args, data_dir)
        if args.phones_command == "sync":
            return _sync(args, data_dir)
        if args.phones_command == "status":
            return _status(args, data_dir)
        return _stop(args, data_dir)


def _setup(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services.phones import connection
    from caregiver_app.services.phones.dav import server_url
    from caregiver_app.services.phones.settings import PhonesSettings, save_settings

    url = server_url(args.url)  # plain http elsewhere is refused before anything is asked
    record_password(args, data_dir)  # the record's password comes first on standard input
    password = read_password(
        args,
        QCoreApplication.translate("Cli", "Password (app password) on the server: "),
        QCoreApplication.translate(
            "Cli",
            "the server's password is needed: run the command in a terminal to type it, "
            "or pipe it in with --password-stdin",
        ),
    )
    found = connection.test_connection(url, args.user, password)
    made = []
    if args.calendar and args.calendar not in found.calendars:
        connection.create_calendar(url, args.user, password, args.calendar)
        made.append(args.calendar)
    if args.address_book and args.address_book not in found.address_books:
        connection.create_address_book(url, args.user, password, args.address_book)
        made.append(args.address_book)
    settings = PhonesSettings(url, args.user, args.calendar, args.address_book, args.send)
    with record_for_import(args, data_dir):
        save_settings(settings, password)
    lines = [
        QCoreApplication.translate(
            "Cli", "Linked to {url} as {user}: calendar “{calendar}”, address book “{book}”."
        ).format(url=url, user=args.user, calendar=args.calendar, book=args.address_book)
    ]
    for name in made:
        lines.append(
            QCoreApplication.translate("Cli", "Made “{name}” on the server.").format(name=name)
        )
    lines.append(
        QCoreApplication.translate("Cli", "Sent to the phones: {what}.").format(
            what=_send_words(args.send)
        )
    )
    lines.append(
        QCoreApplication.translate("Cli", "Run 'caregiver-app phones sync' to send them now.")
    )
    print("\n".join(lines))
    return EXIT_OK


def _sync(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services.phones.sync import sync_phones

    with record_for_import(args, data_dir):
        report = sync_phones()
    lines = [
        QCoreApplication.translate("Cli", "Sent to the server: {count}").format(count=report.sent),
        QCoreApplication.translate("Cli", "Came back from the phones: {count}").format(
            count=report.received
        ),
    ]
    lines += list(report.conflicts)
    lines += [_deletion_line(deletion) for deletion in report.deleted_on_phone]
    lines.append(
        QCoreApplication.translate("Cli", "Changes waiting: {count}").format(count=report.waiting)
    )
    print("\n".join(lines))
    return EXIT_OK


def _status(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services.phones.settings import stored_settings
    from caregiver_app.services.phones.sync import phones_status, waiting_deletions

    with open_record(args, data_dir):
        settings = stored_settings()
        status = phones_status()
        deletions = waiting_deletions()
    if settings is None or status is None:
        print(QCoreApplication.translate("Cli", "Phones and calendars: off"))
        return EXIT_OK
    never = QCoreApplication.translate("Cli", "never")
    lines = [
        QCoreApplication.translate("Cli", "Server: {url} (user {user})").format(
            url=settings.url, user=settings.user
        ),
        QCoreApplication.translate("Cli", "Sent to the phones: {what}.").format(
            what=_send_words(settings.send)
        ),
        QCoreApplication.translate("Cli", "In step as of: {when}").format(
            when=status.in_step_as_of.strftime("%Y-%m-%d %H:%M") if status.in_step_as_of else never
        ),
        QCoreApplication.translate("Cli", "Changes waiting: {count}").format(count=status.waiting),
    ]
    if settings.calendar:
        lines.insert(
            1, QCoreApplication.translate("Cli", "Calendar: {name}").format(name=settings.calendar)
        )
    if settings.address_book:
        lines.insert(
            2 if settings.calendar else 1,
            QCoreApplication.translate("Cli", "Address book: {name}").format(
                name=settings.address_book
            ),
        )
    if status.problem:
        lines.append(status.problem)
    lines += [_deletion_line(deletion) for deletion in deletions]
    print("\n".join(lines))
    return EXIT_OK


def _deletion_line(deletion: PhoneDeletion) -> str:
    """An appointment deleted on a phone that waits here for the family's answer."""
    return QCoreApplication.translate(
        "Cli", "Deleted on a phone, kept here until you decide: {title} ({when})"
    ).format(title=deletion.title, when=deletion.starts.strftime("%Y-%m-%d %H:%M"))


def _stop(args: argparse.Namespace, data_dir: Path) -> int:
    from caregiver_app.services.phones.settings import stop_phones

    with record_for_import(args, data_dir):
        stop_phones()
    print(
        QCoreApplication.translate(
            "Cli",
            "Phones and calendars: off. The server keeps what it has; this computer no "
            "longer syncs with it.",
        )
    )
    return EXIT_OK
