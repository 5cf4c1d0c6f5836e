"""``caregiver-app share start|join|sync|status|stop``: one record for the whole family,
kept in step through a folder the family already syncs.

The family passphrase is asked for by ``start`` and ``join`` only (the key made from it is
kept in the record). With ``--password-stdin`` it is the first line of standard input, or
the second when the record has a password of its own (that one comes first).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from caregiver_app.cli.common import (
    EXIT_OK,
    Commands,
    UsageError,
    add_actions,
    add_command,
    open_record,
    read_secret,
    record_for_import,
    said_as_usage_error,
    typed_secret,
)

if TYPE_CHECKING:
    from caregiver_app.services.sharing.reports import ShareStatus, SyncReport


class ShareCommand(QObject):
    """What ``share`` says it did (a class, so that lupdate files its counts as plurals)."""


def add_parser(commands: Commands) -> None:
    """Add ``share`` and its actions to the command line."""
    share = add_command(
        commands,
        "share",
        QCoreApplication.translate(
            "Cli", "share this care record with the family through a synced folder"
        ),
        QCoreApplication.translate(
            "Cli",
            "Share one care record between the family's computers through a folder they "
            "already sync (Syncthing, Nextcloud, Dropbox, OneDrive, a network share "
            "or a USB stick). Each computer writes its changes there, encrypted with the "
            "family passphrase, and reads the others'. With --password-stdin the family "
            "passphrase is the first line of standard input, or the second line when the "
            "care record has a password of its own (that one comes first).",
        ),
        run_share,
    )
    actions = add_actions(share, "share_command")
    for name, help_text, description in (
        (
            "start",
            QCoreApplication.translate("Cli", "start sharing this record into an empty folder"),
            QCoreApplication.translate(
                "Cli",
                "Start sharing this care record into an empty folder and set the family "
                "passphrase; the other computers then join.",
            ),
        ),
        (
            "join",
            QCoreApplication.translate(
                "Cli", "build this empty record from a family folder and share through it"
            ),
            QCoreApplication.translate(
                "Cli",
                "Join a family folder another computer started: this record (new or empty) "
                "is built from what is there, then kept synced.",
            ),
        ),
    ):
        action = add_command(actions, name, help_text, description)
        action.add_argument(
            "folder", metavar="FOLDER", help=QCoreApplication.translate("Cli", "the family folder")
        )
        action.add_argument(
            "--name",
            required=True,
            help=QCoreApplication.translate(
                "Cli", "this computer's name as the family will see it (Laura's laptop)"
            ),
        )
    add_command(
        actions,
        "sync",
        QCoreApplication.translate(
            "Cli", "write this record's changes to the folder and read the others'"
        ),
        QCoreApplication.translate(
            "Cli",
            "Write this record's new changes to the family folder, read the other computers' "
            "changes, and say what came in.",
        ),
    )
    add_command(
        actions,
        "status",
        QCoreApplication.translate(
            "Cli", "show the family folder, the computers, and when each last synced"
        ),
        QCoreApplication.translate(
            "Cli",
            "Show the family folder, the computers sharing it, and when each last synced.",
        ),
    )
    add_command(
        actions,
        "stop",
        QCoreApplication.translate(
            "Cli", "stop sharing; the folder and this record's entries are kept"
        ),
        QCoreApplication.translate(
            "Cli",
            "Stop sharing this record: the folder and the family key are forgotten here. The "
            "entries stay in this record, and the folder is left as it is for the others.",
        ),
    )


def read_passphrase(args: argparse.Namespace, twice: bool) -> str:
    """The family passphrase: the next line of standard input, or typed (twice to start)."""
    typed = read_secret(
        args,
        QCoreApplication.translate("Cli", "Family passphrase: "),
        QCoreApplication.translate("Cli", "--password-stdin: no family passphrase was given"),
        QCoreApplication.translate(
            "Cli",
            "the family passphrase is needed: run the command in a terminal to type it, "
            "or pipe it in with --password-stdin",
        ),
    )
    again = QCoreApplication.translate("Cli", "Family passphrase again: ")
    if twice and not args.password_stdin and typed_secret(again) != typed:
        raise UsageError(
            QCoreApplication.translate(
                "Cli", "the two family passphrases differ; nothing was changed"
            )
        )
    return typed


def run_share(args: argparse.Namespace, data_dir: Path) -> int:
    """Carry out one ``share`` action; a refusal is one sentence and exit code 2."""
    from caregiver_app.services.sharing import session

    action = args.share_command
    if action in ("start", "join"):
        _refuse_missing_folder(Path(args.folder).expanduser().absolute())
    with said_as_usage_error(session.SharingError):
        if action == "status":
            with open_record(args, data_dir):
                status = session.sharing_status()
            print(_status_text(status))
            return EXIT_OK
        with record_for_import(args, data_dir):
            if action == "stop":
                session.stop_sharing()
                print(
                    QCoreApplication.translate(
                        "Cli", "This record no longer shares; its entries and the folder are kept."
                    )
                )
                return EXIT_OK
            if action == "sync":
                report = session.sync_now()
            else:
                folder = Path(args.folder).expanduser().absolute()
                passphrase = read_passphrase(args, twice=action == "start")
                begin = session.start_sharing if action == "start" else session.join_sharing
                report = begin(folder, args.name, passphrase)
    print(_report_text(report))
    return EXIT_OK


def _refuse_missing_folder(folder: Path) -> None:
    """A family folder that is a file, or is not there, said before any password is asked
    (the sentence for a folder gone later speaks of syncing again)."""
    if folder.is_dir():
        return
    if folder.exists():
        sentence = QCoreApplication.translate(
            "Cli", "{folder} is a file, not a folder; give the family folder"
        )
    else:
        sentence = QCoreApplication.translate(
            "Cli",
            "the folder {folder} does not exist; connect the drive it is on, or make it "
            "(empty, to start sharing), and try again",
        )
    raise UsageError(sentence.format(folder=folder))


def _report_text(report: SyncReport) -> str:
    lines = [
        ShareCommand.tr("sent %n changes", None, report.sent),
        ShareCommand.tr("received %n changes", None, report.received),
    ]
    for note in report.conflicts:
        lines.append(
            QCoreApplication.translate(
                "Cli", "changed on two computers: {what}; kept {device}'s {time} version"
            ).format(
                what=note.what,
                device=note.kept_device,
                time=note.kept_at.strftime("%Y-%m-%d %H:%M"),
            )
        )
    return "\n".join([*lines, _status_text(report.status)])


def _status_text(status: ShareStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate(
            "Cli", "This care record is not shared with a family folder."
        )
    lines = [
        QCoreApplication.translate("Cli", "Family folder: {folder}").format(folder=status.folder),
        QCoreApplication.translate("Cli", "This computer: {name}").format(name=status.device_name),
    ]
    if not status.folder_available:
        lines.append(
            QCoreApplication.translate("Cli", "The family folder cannot be found at the moment.")
        )
    if status.read_only_reason:
        lines.append(status.read_only_reason)
    if status.unreadable_reason:
        lines.append(status.unreadable_reason)
    for device in status.devices:
        if device.is_this_computer:
            continue
        when = (
            QCoreApplication.translate("Cli", "synced as of {time}").format(
                time=device.in_step_as_of.strftime("%Y-%m-%d %H:%M")
            )
            if device.in_step_as_of is not None
            else QCoreApplication.translate("Cli", "nothing read from it yet")
        )
        lines.append(f"{device.name}: {when}")
    last = status.last_sync_at.strftime("%Y-%m-%d %H:%M") if status.last_sync_at else "-"
    lines.append(QCoreApplication.translate("Cli", "Last sync: {time}").format(time=last))
    return "\n".join(lines)
