"""``caregiver-app backup``, ``restore`` and ``check``: the care record's safety copies."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app import APP_ID
from caregiver_app.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    Commands,
    UsageError,
    add_command,
    add_output,
    input_is_terminal,
    next_input_line,
    record_password,
    refuse_folder,
    refuse_own_file,
    said_as_usage_error,
    typed_secret,
)


def add_parsers(commands: Commands) -> None:
    """Add ``backup``, ``restore`` and ``check`` to the command line."""
    backup = add_command(
        commands,
        "backup",
        QCoreApplication.translate("Cli", "make a backup of the care record now"),
        QCoreApplication.translate(
            "Cli",
            "Copy the care record safely (SQLite's backup API, then a full check) into "
            "the backups folder beside it, or to FILE with -o (a USB stick, say).",
        ),
        run_backup,
    )
    add_output(backup, QCoreApplication.translate("Cli", "write the backup to FILE instead"))
    add_command(
        commands,
        "restore",
        QCoreApplication.translate(
            "Cli", "replace the care record with a backup (the record as it is is kept)"
        ),
        QCoreApplication.translate(
            "Cli",
            "Replace the care record with the backup FILE. The file is checked first; "
            "one that is not a good Care Companion backup is refused and nothing changes. "
            "The record as it was is kept in the backups folder first.",
        ),
        run_restore,
        file_help=QCoreApplication.translate("Cli", "the backup file to restore"),
    )
    add_command(
        commands,
        "check",
        QCoreApplication.translate(
            "Cli", "check the care record for damage (exit code 3 if damaged)"
        ),
        QCoreApplication.translate(
            "Cli",
            "Run SQLite's full integrity check on the care record, without changing it. "
            "Exit code 3 means the record is damaged; restore a backup.",
        ),
        run_check,
    )


def run_backup(args: argparse.Namespace, data_dir: Path) -> int:
    """Back the record up into the backups folder, or to ``-o FILE``."""
    from caregiver_app.services.record import backup_commands

    if getattr(args, "demo", False) and not args.output:
        # The demo's folder, backups and all, is thrown away when the command ends: a
        # backup there would be gone before anyone could use the path printed.
        raise UsageError(
            QCoreApplication.translate(
                "Cli",
                "the demo record is thrown away when the command ends, and a backup beside "
                "it would be too; give -o FILE to keep a copy",
            )
        )

    # A data folder without a record is one line and exit code 2.
    with said_as_usage_error(backup_commands.NoRecordError):
        backup_commands.require_record(data_dir)  # before asking for a password
        output = Path(args.output) if args.output else None
        if output is not None:
            refuse_own_file(data_dir, output)
        print(backup_commands.backup(data_dir, output, record_password(args, data_dir)))
    return EXIT_OK


def run_restore(args: argparse.Namespace, data_dir: Path) -> int:
    """Replace the record with a checked backup, keeping the record as it was."""
    from caregiver_app.services.record.backup_commands import NoRecordError

    source = Path(args.file)
    with said_as_usage_error(NoRecordError):
        refuse_folder(source)
        password = record_password(args, data_dir)
        print("\n".join(_restore(args, data_dir, source, password)))
    return EXIT_OK


def run_check(args: argparse.Namespace, data_dir: Path) -> int:
    """SQLite's full check of the record; exit code 3 when it is damaged."""
    from caregiver_app.services.record import backup_commands

    with said_as_usage_error(backup_commands.NoRecordError):
        backup_commands.require_record(data_dir)  # before asking for a password
        result = backup_commands.check(data_dir, record_password(args, data_dir))
    if result.ok:
        print(result.summary())
        return EXIT_OK
    print(f"{APP_ID}: {result.summary()}", file=sys.stderr)
    return EXIT_DAMAGED


def _restore(
    args: argparse.Namespace, data_dir: Path, source: Path, password: str | None
) -> list[str]:
    """Restore ``source``, first with the record's password; a backup made under another
    asks for its own (the backup is checked before anything changes, so trying is safe)."""
    from caregiver_app.services.record import backup_commands
    from caregiver_app.services.record.backup_reading import BackupPasswordError

    try:
        return backup_commands.restore(data_dir, source, password, password)
    except BackupPasswordError as error:
        # Random bytes look like an encrypted file, so name the file the user gave and
        # say both things it may be, rather than asking for the record's password.
        typed = None
        if args.password_stdin:
            typed = next_input_line() or None
        elif input_is_terminal():
            prompt = QCoreApplication.translate("Cli", "Password of the backup {file}: ")
            typed = typed_secret(prompt.format(file=source.name))
        if typed is None:
            raise UsageError(
                QCoreApplication.translate(
                    "Cli",
                    "{file} is not a Care Companion backup, or it has a password: to type "
                    "the password, run the command in a terminal or pipe it in with "
                    "--password-stdin. Nothing was changed.",
                ).format(file=source)
            ) from error
        return backup_commands.restore(data_dir, source, password, typed)
