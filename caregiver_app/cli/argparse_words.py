"""argparse's own sentences ("the following arguments are required") in the command line's
language.

argparse looks each of its sentences up through Python's gettext (its module-level ``_``),
which ships no Spanish or Chinese for them, so a mistake on the command line was told in
English while everything else the command prints is translated. :func:`route_argparse_words`
points that lookup at Qt's translation, in the ``argparse`` context, with the translator
the command line has already installed (``cli/language.py``). Only QtCore, already loaded
by the command line, is imported here.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The sentences a person can meet by mistyping a command, exactly as argparse writes them
# (its placeholders, such as %s and %(value)r, stay in the translations). The rest of its
# sentences tell a programmer about a mistake in the parser itself and stay English.
SENTENCES = frozenset(
    {
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    }
)


def argparse_sentence(message: str | None) -> str | None:
    """argparse's ``message`` in the command line's language; any other as it is."""
    if message is not None and message in SENTENCES:
        return QCoreApplication.translate("argparse", message)
    return message  # also None: argparse passes a missing description through


def route_argparse_words() -> None:
    """Have argparse look its sentences up through Qt's translation from now on."""
    argparse._ = argparse_sentence  # type: ignore[attr-defined]
