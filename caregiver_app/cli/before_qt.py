"""The libraries of a command that makes a PDF, loaded before PySide6 when the command line
names that command.

PySide6 reads the source of every module imported after it (its feature switch looks for
"PySide6" in each one). ReportLab and phonenumbers are about 130 modules that need no such
look: a PDF command that loads them first spends that time on nothing else. The command
line is only glanced at here (it is parsed later, as always): a wrong guess, a file
named "summary" say, loads the libraries early and changes nothing else.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

# What the PDFs import from ReportLab (platypus brings most of it), and the library that
# writes the phone numbers they print.
PDF_LIBRARIES = ("reportlab.platypus", "reportlab.pdfbase.ttfonts", "phonenumbers")

# (command, action or None): the commands that make a PDF.
PDF_COMMANDS = (("summary", None), ("meds", "chart"), ("contacts", "sheet"))


def makes_pdf(argv: Sequence[str]) -> bool:
    """True when ``argv`` names a command that makes a PDF (and its action, if it has one)."""
    words = list(argv)
    for command, action in PDF_COMMANDS:
        if command in words:
            rest = words[words.index(command) + 1 :]
            return action is None or action in rest
    return False


def load_before_qt(argv: Sequence[str]) -> None:
    """Import the PDF libraries now when ``argv`` names a command that makes a PDF."""
    if makes_pdf(argv):
        for name in PDF_LIBRARIES:
            importlib.import_module(name)
