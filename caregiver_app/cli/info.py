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
    from caregiver_app.services.record.info import read_record_info

    with open_record(args, data_dir):
        info = read_record_info(data_dir)
    latest = info.latest_entry.strftime("%Y-%m-%d %H:%M") if info.latest_entry else "-"
    lines = [
        QCoreApplication.translate("Cli", "Care record: {path}").format(path=info.path),
        QCoreApplication.translate("Cli", "Record version: {version}").format(version=info.version),
        QCoreApplication.translate("Cli", "Password: {state}").format(
            state=QCoreApplication.translate("Cli", "yes (encrypted)")
            if info.has_password
            else QCoreApplication.translate("Cli", "none")
        ),
        QCoreApplication.translate("Cli", "Person cared for: {name}").format(
            name=info.person_name or "-"
        ),
        QCoreApplication.translate("Cli", "Contacts: {count}").format(count=info.contacts),
        QCoreApplication.translate("Cli", "Diary entries: {count} (latest {latest})").format(
            count=info.diary_entries, latest=latest
        ),
        QCoreApplication.translate("Cli", "Appointments: {count}").format(count=info.appointments),
    ]
    print("\n".join(lines))
    return EXIT_OK
