"""``caregiver-app info``: where the care record is kept and what it holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import EXIT_OK, open_record


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add ``info`` to the command line."""
    info = commands.add_parser(
        "info",
        help=QCoreApplication.translate(
            "Cli", "show where the care record is kept and what it holds"
        ),
        description=QCoreApplication.translate(
            "Cli", "Show where the care record is kept and what it holds."
        ),
    )
    info.set_defaults(handler=run_info)


def run_info(args: argparse.Namespace, data_dir: Path) -> int:
    """Print the record's place, version, password state and counts."""
    from caregiver_app.store.database import database_path
    from caregiver_app.store.engine import password_of
    from caregiver_app.store.migrations import schema_version
    from caregiver_app.store.queries import load_profile, record_counts

    with open_record(args, data_dir) as database:
        counts = record_counts()
        profile = load_profile()
        version = schema_version(database)
        password = password_of(database)
    latest = counts.latest_entry.strftime("%Y-%m-%d %H:%M") if counts.latest_entry else "-"
    lines = [
        QCoreApplication.translate("Cli", "Care record: {path}").format(
            path=database_path(data_dir)
        ),
        QCoreApplication.translate("Cli", "Record version: {version}").format(version=version),
        QCoreApplication.translate("Cli", "Password: {state}").format(
            state=QCoreApplication.translate("Cli", "yes (encrypted)")
            if password
            else QCoreApplication.translate("Cli", "none")
        ),
        QCoreApplication.translate("Cli", "Person cared for: {name}").format(
            name=profile.patient_name or "-"
        ),
        QCoreApplication.translate("Cli", "Contacts: {count}").format(count=counts.contacts),
        QCoreApplication.translate("Cli", "Diary entries: {count} (latest {latest})").format(
            count=counts.diary_entries, latest=latest
        ),
        QCoreApplication.translate("Cli", "Appointments: {count}").format(
            count=counts.appointments
        ),
    ]
    print("\n".join(lines))
    return EXIT_OK
