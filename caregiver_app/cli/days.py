"""The days a command is given: ``--from``/``--to`` and ``--week``, read and checked before
anything is opened."""

from __future__ import annotations

import argparse
import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from caregiver_app.cli.common import UsageError
from caregiver_app.store.day_range import FIRST_DAY, LAST_DAY

_DAY_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def add_period(
    command: argparse.ArgumentParser, after: str, before: str, required: bool = False
) -> None:
    """``--from`` and ``--to``, two ISO days; ``after`` and ``before`` are their help."""
    for option, dest, help_text in (("--from", "start", after), ("--to", "end", before)):
        command.add_argument(
            option, dest=dest, metavar="DATE", type=iso_date, required=required, help=help_text
        )


def iso_date(text: str) -> date:
    """An argparse type: a day written as ISO 8601 (2026-11-29)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        # A day written the right way but not in the calendar (2026-02-30) is not "not a
        # date like 2026-11-29": that sentence reads as a complaint about its shape.
        sentence = (
            QCoreApplication.translate(
                "Cli", "there is no day {value} in the calendar; give a date like 2026-11-29"
            )
            if _DAY_SHAPE.fullmatch(text)
            else QCoreApplication.translate("Cli", "{value} is not a date like 2026-11-29")
        )
        raise argparse.ArgumentTypeError(sentence.format(value=text)) from None


def refuse_reversed_period(args: argparse.Namespace) -> None:
    """``--from`` after ``--to`` is a usage mistake, said before anything is opened."""
    if args.start and args.end and args.start > args.end:
        raise UsageError(QCoreApplication.translate("Cli", "--from must not be after --to"))


def refuse_day_outside_record(option: str, day: date | None, sentence: str) -> None:
    """A day no care record can hold is a usage mistake, said before anything is opened;
    ``sentence`` is the command's own wording ({option}, {day}, {first}, {last})."""
    if day is not None and not FIRST_DAY <= day <= LAST_DAY:
        raise UsageError(
            sentence.format(option=option, day=day.isoformat(), first=FIRST_DAY, last=LAST_DAY)
        )
