"""``caregiver-app``: opens the window, or runs a headless command through its module.

Headless commands never import QtWidgets or QtGui, so they run in a terminal
or a scheduled job with no display. Each command module adds its parser and names its
handler (``set_defaults(handler=...)``); :data:`COMMANDS` says which module adds which
command, and a module is imported only when its command runs (or ``--help`` lists them
all). Exit codes are in :mod:`caregiver_app.cli.common`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from caregiver_app import start_up_gc
from caregiver_app.pyside_scan import skip_feature_scan

# First, so that no module of the app or its libraries is read for PySide6's feature scan.
skip_feature_scan()

# The imports below come after skip_feature_scan on purpose (E402).
from PySide6.QtCore import QCoreApplication  # noqa: E402

from caregiver_app import APP_ID, __version__  # noqa: E402
from caregiver_app.cli.argparse_words import route_argparse_words  # noqa: E402
from caregiver_app.cli.common import (  # noqa: E402
    EXIT_BAD_INPUT,
    EXIT_DAMAGED,
    EXIT_UNEXPECTED,
    CommandParser,
    UsageError,
    said_as_usage_error,
)
from caregiver_app.cli.language import CommandLanguage  # noqa: E402
from caregiver_app.cli.lazy_commands import LazyCommands  # noqa: E402
from caregiver_app.cli.standard_output import named_standard_output  # noqa: E402

# Each command, in the order --help lists them, and the function that adds its parser
# ("module:function", called with the sub-commands; one function may add several).
# A new command is one line here.
COMMANDS = {
    "info": "caregiver_app.cli.info:add_parser",
    "contacts": "caregiver_app.cli.contacts:add_parser",
    "backup": "caregiver_app.cli.backup:add_parsers",
    "restore": "caregiver_app.cli.backup:add_parsers",
    "check": "caregiver_app.cli.backup:add_parsers",
    "diary": "caregiver_app.cli.diary:add_parser",
    "calendar": "caregiver_app.cli.calendar:add_parser",
    "summary": "caregiver_app.cli.summary:add_parser",
    "meds": "caregiver_app.cli.meds:add_parser",
    "share": "caregiver_app.cli.share:add_parser",
    "phones": "caregiver_app.cli.phones:add_parser",
}

# How long a command waits for a record another program is writing (an import of a
# large file, say) before it gives up, changing nothing.
COMMAND_WAIT_SECONDS = 300.0


def build_parser() -> argparse.ArgumentParser:
    """The command line; each sub-command's parser is added when it is read (or listed)."""
    route_argparse_words()  # its refusals ("the following arguments are required") too
    parser = CommandParser(
        prog=APP_ID,
        description=QCoreApplication.translate(
            "Cli",
            "Care Companion keeps a family's palliative care record: the care team, "
            "a symptom diary, appointments and questions. With no command it opens "
            "the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=QCoreApplication.translate(
            "Cli",
            "use the care record in DIR instead of the usual folder "
            "(also set by the CAREGIVER_APP_DATA_DIR environment variable)",
        ),
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "read the care record's password from the first line of standard input "
            "(and a backup's own password, when it has another one, from the second), "
            "instead of asking for it",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "open a fictional demo record in a throwaway folder; your own record is never touched",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "check that this installation works (the window, the summary, the translations, "
            "a record with and without a password) in a throwaway folder, one line per "
            "check; your own record is never opened",
        ),
    )
    commands = parser.add_subparsers(
        action=LazyCommands, dest="command", metavar="COMMAND", parser_class=CommandParser
    )
    commands.declare(COMMANDS, _translate_argparse_words)
    _translate_argparse_words(parser)
    return parser


class _TranslatedUsage(argparse.HelpFormatter):
    """argparse's help layout, its "usage:" in the language of the rest."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        """The usage line, after a translated "usage: "."""
        if prefix is None:
            prefix = QCoreApplication.translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def _translate_argparse_words(parser: argparse.ArgumentParser) -> None:
    """argparse's own headings and the help of -h, for ``parser`` and every sub-command.

    argparse takes them from Python's gettext, which ships no Spanish or Chinese; the
    rest of the help is already in the command line's language.
    """
    parser.formatter_class = _TranslatedUsage
    parser._positionals.title = QCoreApplication.translate("Cli", "positional arguments")
    parser._optionals.title = QCoreApplication.translate("Cli", "options")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = QCoreApplication.translate("Cli", "show this help message and exit")
        elif isinstance(action, argparse._VersionAction):
            action.help = QCoreApplication.translate(
                "Cli", "show the program's version number and exit"
            )
        elif isinstance(action, argparse._SubParsersAction):
            # Those not yet added are translated when they are (LazyCommands.declare).
            for command in {id(c): c for c in action.choices.values() if c is not None}.values():
                _translate_argparse_words(command)


def _say_waiting() -> None:
    """Say on stderr that the command waits for a record another program is writing."""
    print(
        f"{APP_ID}: "
        + QCoreApplication.translate(
            "Cli",
            "the care record is in use by another program (the Care Companion window, "
            "or another command); waiting for it to be free...",
        ),
        file=sys.stderr,
        flush=True,
    )


def prepare_demo_dir() -> Path:
    """Make a throwaway folder holding the demo record."""
    import tempfile

    from caregiver_app.services.record.demo import create_demo_record
    from caregiver_app.store.calendar.time_zones import local_zone_name
    from caregiver_app.store.opening import open_store

    folder = Path(tempfile.mkdtemp(prefix="care-companion-demo-"))
    # The demo family is fictional: their home is wherever this computer is, so the demo
    # behaves as a new record made here does (no line about another home time zone).
    database = open_store(folder, new_home_zone=local_zone_name)
    try:
        create_demo_record()
    finally:
        database.close()
    return folder


def run(argv: Sequence[str], language: CommandLanguage | None = None) -> int:
    """Parse ``argv`` and carry out the command; exceptions propagate to :func:`main`.

    ``language`` is the command line's translator; it is taken away before the window
    starts (the window makes its own application and installs its own language).
    """
    from caregiver_app.paths import DataDirError, resolve_data_dir, set_application_identity
    from caregiver_app.store import sharing

    args = build_parser().parse_args(list(argv))
    set_application_identity()
    if args.self_test:
        from caregiver_app.cli.self_test import run_self_test

        if language is not None:
            language.stop()  # the self-test opens the window, which needs its own application
        start_up_gc.release()
        return run_self_test()
    demo_dir: Path | None = None
    data_dir: Path | None = None
    # A command waits generously for a record another program is writing, saying so.
    waiting_before = sharing.set_waiting(COMMAND_WAIT_SECONDS, _say_waiting)
    try:
        if args.demo:
            if args.data_dir is not None:
                raise UsageError(
                    QCoreApplication.translate(
                        "Cli", "--demo and --data-dir cannot be used together"
                    )
                )
            start_up_gc.release()  # the demo record is written now
            demo_dir = prepare_demo_dir()
            data_dir = demo_dir
        else:
            with said_as_usage_error(DataDirError):
                data_dir = resolve_data_dir(args.data_dir)
        if args.command is not None:
            _commands_run.append(args.command)
            start_up_gc.release()  # the command's own work, from here on
            return args.handler(args, data_dir)
        if language is not None:
            language.stop()
        sharing.set_waiting(*waiting_before)  # the window cannot wait as long
        from caregiver_app.services.record.integrity import start_quick_check
        from caregiver_app.services.record.password import is_protected

        # The record's check reads the whole file; it runs while the window's code loads.
        # A record with a password is checked once the password has been typed.
        checked = None if is_protected(data_dir) else start_quick_check(data_dir)
        from caregiver_app.views.app import run_gui

        start_up_gc.release()  # the window's modules are loaded; it runs for hours
        return run_gui(data_dir, demo=demo_dir is not None, checked=checked)
    except Exception as error:
        from caregiver_app.services.record.access import explain_failure

        explained = explain_failure(error, data_dir)  # busy, read-only: one sentence
        if explained is None:
            raise
        raise explained from error
    finally:
        start_up_gc.release()  # whatever way the command ended
        sharing.set_waiting(*waiting_before)
        if demo_dir is not None:
            import shutil

            shutil.rmtree(demo_dir, ignore_errors=True)


# The headless commands this process has run (main() ends the process at once after one).
_commands_run: list[str] = []


def _end_process(code: int) -> NoReturn:
    """End the process now, its exit handlers run and its output flushed.

    Called once a headless command has finished: its files are written and closed and the
    record is closed. Python's own shutdown would then free every module and object one by
    one and PySide6 destroy its wrappers, which took about as long as a chart's layout
    (a quarter of the floor's whole run); nothing of the command's depends on it.
    """
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue  # closed by the shell (">&-"): nothing was written to flush
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or EXIT_UNEXPECTED  # the output could not all be written
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``caregiver-app``."""
    if argv is None:  # the process's own command line (see start_up_gc)
        start_up_gc.hold()
    code = _main(argv)
    if argv is None and _commands_run:  # the process's own command line, not a caller's
        _end_process(code)
    return code


def _reader_gone(error: BrokenPipeError) -> bool:
    """True when the pipe that broke is this command's output (standard output, or a
    pipe named as the file to write), not a connection to a server."""
    if error.filename:
        from caregiver_app.store.file_target import is_stream

        return is_stream(Path(error.filename))
    try:
        import select

        watch = select.poll()  # a pipe whose reader has gone reports an error
        watch.register(sys.stdout.fileno(), select.POLLOUT)
        return any(event & select.POLLERR for _fd, event in watch.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll (Windows), no stdout
        return False


def _quiet_stdout() -> None:
    """Point standard output at the null device, so Python's last flush of a pipe
    nobody reads any more does not print an error of its own at exit."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _main(argv: Sequence[str] | None) -> int:
    """Run the command line and turn each kind of failure into its exit code."""
    from caregiver_app.store.errors import DamagedDatabaseError, StoreError
    from caregiver_app.store.file_errors import advice_for, reason_of

    # Everything the app creates (record, side files, exports) is private to the user.
    if os.name == "posix":
        os.umask(0o077)
    # Help, messages and counts in the system's language, from the first line of --help.
    language = CommandLanguage()
    language.start()
    try:
        with named_standard_output():
            return run(sys.argv[1:] if argv is None else argv, language)
    except UsageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DamagedDatabaseError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_DAMAGED
    except StoreError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        if isinstance(error, BrokenPipeError) and _reader_gone(error):
            # The program reading the output ("| head") has stopped reading: nothing is
            # wrong to tell, and nothing more can be written to it.
            _quiet_stdout()
            return EXIT_UNEXPECTED
        print(
            f"{APP_ID}: "
            + QCoreApplication.translate("Cli", "{reason}: {path}. {advice}").format(
                reason=reason_of(error), path=error.filename or "", advice=advice_for(error)
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_UNEXPECTED
    except Exception as error:  # noqa: BLE001 - the last line of defence
        import traceback

        print(
            f"{APP_ID}: "
            + QCoreApplication.translate(
                "Cli", "unexpected error: {error}. Please report it with the details below."
            ).format(error=error),
            file=sys.stderr,
        )
        traceback.print_exc()
        return EXIT_UNEXPECTED
    finally:
        language.stop()
