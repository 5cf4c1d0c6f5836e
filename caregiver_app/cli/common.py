"""What every command shares: exit codes, the usage error, the password, and opening the record.

Exit codes: 0 success; 2 bad input or usage (one line on stderr, nothing written);
1 anything unexpected; 3 the care record is damaged, naming the file.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from caregiver_app import start_up_gc

if TYPE_CHECKING:
    from peewee import SqliteDatabase

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2
EXIT_DAMAGED = 3


class UsageError(Exception):
    """Bad arguments or input: reported in one line with exit code 2."""


class CommandParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one clear line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Raise the usage mistake as one line for exit code 2, instead of printing usage."""
        raise UsageError(
            QCoreApplication.translate("Cli", "{message} (try '{prog} --help')").format(
                message=message, prog=self.prog
            )
        )

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        """Parse, refusing words this command does not take here, where they were typed.

        argparse hands a command's leftover words up to the main parser, which refused
        them pointing at its own help ("try 'caregiver-app --help'") however the command
        was typed; now the line names the words and the command's help (one line, as
        every usage mistake). A refusal for missing options is checked for leftover words
        too, so that ``summary extra`` names "extra" before the options it also lacks.
        """
        try:
            parsed, strays = super().parse_known_args(args, namespace)
        except UsageError:
            strays = self._strays(args)
            if not strays:
                raise
        if strays:
            raise UsageError(
                QCoreApplication.translate(
                    "Cli", "not understood after '{prog}': {words} (try '{prog} --help')"
                ).format(prog=self.prog, words=" ".join(strays))
            )
        return parsed, strays

    def _strays(self, args: list[str] | None) -> list[str]:
        """The words of ``args`` no option or argument of this command takes."""
        if args is None or getattr(self, "_looking_for_strays", False):
            return []
        waived = [action for action in self._actions if action.required and action.option_strings]
        self._looking_for_strays = True
        try:
            for action in waived:
                action.required = False
            _parsed, strays = super().parse_known_args(list(args), argparse.Namespace())
        except UsageError:
            return []  # another mistake first: the first refusal stands
        finally:
            for action in waived:
                action.required = True
            self._looking_for_strays = False
        return strays


Parsed = TypeVar("Parsed")
Handler = Callable[[argparse.Namespace, Path], int]
Commands = argparse._SubParsersAction  # what add_subparsers gives; argparse names it private


def add_command(
    commands: Commands,
    name: str,
    help_text: str,
    description: str,
    handler: Handler | None = None,
    file_help: str | None = None,
) -> argparse.ArgumentParser:
    """A command (or an action of one) with its one-line help and its description, and the
    FILE it reads or writes when ``file_help`` says what that file is."""
    command = commands.add_parser(name, help=help_text, description=description)
    if handler is not None:
        command.set_defaults(handler=handler)
    if file_help is not None:
        command.add_argument("file", metavar="FILE", help=file_help)
    return command


def add_actions(command: argparse.ArgumentParser, dest: str) -> Commands:
    """The actions of ``command`` (``import``, ``export``...), one of which must be given."""
    return command.add_subparsers(
        dest=dest, metavar="ACTION", parser_class=CommandParser, required=True
    )


def add_paper(command: argparse.ArgumentParser) -> None:
    """``--paper letter|a4`` for a command that makes a PDF."""
    command.add_argument(
        "--paper",
        choices=("letter", "a4"),
        help=QCoreApplication.translate(
            "Cli",
            "paper size (default: the one last chosen in the visit summary, else the one "
            "used in the system's country)",
        ),
    )


def add_output(command: argparse.ArgumentParser, help_text: str, required: bool = False) -> None:
    """``-o FILE``/``--output FILE``, the file the command writes; ``help_text`` says which."""
    command.add_argument("-o", "--output", metavar="FILE", required=required, help=help_text)


def page_size_for(paper: str | None) -> tuple[float, float]:
    """Letter or A4 as ``--paper`` asks, else as the window's printouts (the record open)."""
    # ReportLab loads for a PDF only: an import of thousands of cards need not wait for it.
    from caregiver_app.services.pdf.paper import page_size

    return page_size(paper)


def pdf_ready(*modules: str) -> Callable[[], None]:
    """A PDF command's work before the record: import ``modules`` (ReportLab and the
    layout) and register the fonts."""

    def ready() -> None:
        for name in modules:
            importlib.import_module(name)
        from caregiver_app.services.pdf.text import register_fonts

        register_fonts()

    return ready


def write_from_record(
    args: argparse.Namespace,
    data_dir: Path,
    path: Path,
    write: Callable[[], str],
    prepare: Callable[[], None] | None = None,
) -> int:
    """Refuse ``path`` if it is one of the record's own files, then ``write`` it with the record
    open and print what was written; ``prepare`` is work ``write`` needs that needs no record
    (see :func:`open_record`)."""
    refuse_own_file(data_dir, path)
    with open_record(args, data_dir, prepare):
        print(write())
    return EXIT_OK


def read_secret(args: argparse.Namespace, prompt: str, none_given: str, needs_terminal: str) -> str:
    """One password or passphrase: the next line of standard input with --password-stdin
    (``none_given`` when there is none), or typed at a ``prompt`` that does not echo
    (``needs_terminal`` when there is no terminal to type it in)."""
    if args.password_stdin:
        line = next_input_line()
        if line is None:
            raise UsageError(none_given)
        return line
    if not input_is_terminal():
        raise UsageError(needs_terminal)
    return typed_secret(prompt)


def typed_secret(prompt: str) -> str:
    """A password typed at ``prompt`` in the terminal, not echoed."""
    import getpass

    return _utf8(getpass.getpass(prompt))


def next_input_line() -> str | None:
    """The next line of standard input without its line end; None when there is none
    (at its end, or no standard input at all, as under ``<&-``)."""
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except UnicodeDecodeError:
        raise _not_utf8() from None
    except (OSError, ValueError):  # closed, or not open for reading
        line = ""
    return _utf8(line.rstrip("\r\n")) if line else None


def input_is_terminal() -> bool:
    """True when standard input is a terminal a password can be typed in."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def _utf8(secret: str) -> str:
    """``secret`` as read; bytes that are not UTF-8 (kept as surrogates) are refused,
    since no password the app set can hold them."""
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise _not_utf8() from None
    return secret


def _not_utf8() -> UsageError:
    return UsageError(
        QCoreApplication.translate(
            "Cli",
            "the password given is not UTF-8 text; set the terminal, or the file piped in, "
            "to UTF-8 and try again. Nothing was changed.",
        )
    )


def read_password(args: argparse.Namespace, prompt: str, needs_terminal: str | None = None) -> str:
    """One password: the next line of standard input, or typed at a prompt that does not echo;
    ``needs_terminal`` is said when there is no terminal to type it in (by default, the
    sentence about the care record's password)."""
    return read_secret(
        args,
        prompt,
        QCoreApplication.translate("Cli", "--password-stdin: no password was given"),
        needs_terminal
        or QCoreApplication.translate(
            "Cli",
            "the care record is protected by a password: run the command in a "
            "terminal to type it, or pipe it in with --password-stdin",
        ),
    )


def record_password(args: argparse.Namespace, data_dir: Path) -> str | None:
    """The record's password, asked for once, or None when the record has none.

    A wrong password is refused here (exit code 2); the right one for a damaged
    file is let through, and the check that follows reports the damage.
    """
    cached = getattr(args, "_record_password", False)
    if cached is not False:
        return cached
    from caregiver_app.services.record.password import is_protected, unlock

    password = None
    if is_protected(data_dir):
        typed = read_password(
            args, QCoreApplication.translate("Cli", "Password of the care record: ")
        )
        password = unlock(data_dir, typed)  # raises WrongPasswordError: exit code 2
    args._record_password = password
    return password


def refuse_folder(path: Path, to_write: bool = False) -> None:
    """A folder given where a file to read (or ``to_write``) is wanted is one clear line,
    not "Is a directory" (nor, for one to write, "check the folder exists")."""
    if path.is_dir():
        sentence = (
            QCoreApplication.translate("SummaryCommand", "{file} is a folder; give a file name")
            if to_write
            else QCoreApplication.translate(
                "Cli", "{file} is a folder, not a file; name the file inside it"
            )
        )
        raise UsageError(sentence.format(file=path))


def cannot_read(path: Path, error: OSError) -> UsageError:
    """The one line for a file to import that cannot be read, and why."""
    from caregiver_app.store.file_errors import reason_of

    return UsageError(
        QCoreApplication.translate("Cli", "{file} cannot be read ({reason})").format(
            file=path, reason=reason_of(error)
        )
    )


@contextlib.contextmanager
def said_as_usage_error(*errors: type[Exception]) -> Iterator[None]:
    """``errors``, whose message is already the one sentence that says what is wrong, become
    that line on stderr and exit code 2."""
    try:
        yield
    except errors as error:
        raise UsageError(str(error)) from error


@contextlib.contextmanager
def input_refused(path: Path, *refusals: type[Exception]) -> Iterator[None]:
    """A file to import that cannot be read, or is refused (``refusals``, whose message
    says why), is one line and exit code 2."""
    with said_as_usage_error(*refusals):
        try:
            yield
        except OSError as error:
            raise cannot_read(path, error) from error


def print_import(summary: str, problems: Iterable[str]) -> int:
    """What an import skipped on stderr, one line each, then its summary; exit code 0."""
    for line in problems:
        print(line, file=sys.stderr)
    print(summary)
    return EXIT_OK


def import_file(
    args: argparse.Namespace,
    data_dir: Path,
    path: Path,
    read: Callable[[Path], Parsed],
    refusal: type[Exception],
    import_parsed: Callable[[Parsed], tuple[str, Iterable[str]]],
) -> int:
    """``read`` the whole file before the record is touched (a file that cannot be read, or
    that ``read`` refuses with ``refusal``, changes nothing: exit 2), then import what it
    holds and print what was skipped and the summary."""
    refuse_folder(path)
    with input_refused(path, refusal):
        parsed = read(path)
    with record_for_import(args, data_dir):
        summary, problems = import_parsed(parsed)
    return print_import(summary, problems)


def refuse_own_file(data_dir: Path, path: Path) -> None:
    """Exit 2 before anything is opened when ``path``, a file to write, is one of the
    record's own files or a folder."""
    from caregiver_app.services.record.files import OwnFileError
    from caregiver_app.services.record.files import refuse_own_file as refuse

    with said_as_usage_error(OwnFileError):
        refuse(data_dir, path)  # first: the data folder itself is said to be the record's
    refuse_folder(path, to_write=True)


@contextlib.contextmanager
def open_record(
    args: argparse.Namespace, data_dir: Path, prepare: Callable[[], None] | None = None
) -> Iterator[SqliteDatabase]:
    """The record for a command that reads it, closed afterwards: checked first (damaged:
    exit code 3), with its password when it has one; read-only where the disk or folder is.

    ``prepare`` (a PDF's modules and fonts) runs while the record is checked: the check
    reads the whole file in SQLite, outside Python's lock, so on a second core it costs
    no time of its own.
    """
    with start_up_gc.loading():  # the password's, the check's and a PDF's modules load
        from caregiver_app.services.record.access import open_for_reading

        password = record_password(args, data_dir)
        checked = None
        if prepare is not None:
            from caregiver_app.services.record.integrity import start_quick_check

            check = start_quick_check(data_dir, password)
            try:
                prepare()
            finally:
                checked = check()  # the check ends before anything else touches the record
        database = open_for_reading(data_dir, password, checked)
    try:
        yield database
    finally:
        database.close()


def record_for_import(
    args: argparse.Namespace, data_dir: Path
) -> contextlib.AbstractContextManager[SqliteDatabase]:
    """The record for an import, checked first, closed afterwards (a context manager);
    a full disk or a record busy elsewhere is said in one line, and nothing is imported."""
    from caregiver_app.services.record.access import importing

    return importing(data_dir, record_password(args, data_dir))
