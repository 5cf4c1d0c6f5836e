"""How two phone numbers are compared: the keys they dial, not how they were written.

A number with letters ("1-800-FLOWERS") dials the keypad digits of its letters (ABC is
2 ... WXYZ is 9), so "1-800-FLOWERS" and "1-800-CALLNOW" are two numbers, not both
"1800". An extension written "ext 34", "ext. 34", "x34" or "#34" stays an extension:
its letters are not dialled. A note in brackets ("(office)") or a label before a colon
("Tel:") is not part of the number. Text with no digit at all is no number.
"""

from __future__ import annotations

import re

_KEYPAD = {
    letter: str(digit)
    for digit, letters in (
        (2, "ABC"),
        (3, "DEF"),
        (4, "GHI"),
        (5, "JKL"),
        (6, "MNO"),
        (7, "PQRS"),
        (8, "TUV"),
        (9, "WXYZ"),
    )
    for letter in letters
}
_EXTENSION = re.compile(r"(?<![A-Za-z])(?:ext(?:ension|n)?\.?|x|#)\s*(\d+)\s*$", re.IGNORECASE)
_NOTE = re.compile(r"\([^)]*[^\W\d_][^)]*\)")  # "(office)": a note, not digits
_LABEL = re.compile(r"^[^\d:+]*[^\W\d_][^\d:+]*:")  # "Tel:", "Phone:"


def number_parts(number: str) -> tuple[str, str]:
    """The digits dialled (letters as keypad digits, a leading + kept) and the extension's
    digits ("" when there is none)."""
    text = _LABEL.sub("", number.strip()).strip()
    if not any(char.isdigit() for char in text):
        return "", ""
    extension = ""
    found = _EXTENSION.search(text)
    if found is not None:
        extension, text = found.group(1), text[: found.start()]
    text = _NOTE.sub("", text)
    dialled = "".join(
        char if char.isdigit() else _KEYPAD.get(char.upper(), "") for char in text if char.isascii()
    )
    return (f"+{dialled}" if text.startswith("+") else dialled), extension


def number_key(number: str, last: int | None = None) -> str:
    """One key per number: its dialled digits (only the ``last`` ones, when given, to set
    country and trunk prefixes aside), then ``x`` and the extension if it has one."""
    dialled, extension = number_parts(number)
    dialled = dialled.lstrip("+")[-last:] if last else dialled
    if not dialled and not extension:
        return ""
    return f"{dialled}x{extension}" if extension else dialled
