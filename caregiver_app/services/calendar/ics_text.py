"""An event's TEXT values (RFC 5545 3.3.11) read from its own lines, with one set of rules.

icalendar's own unescaping differs between the releases the pins allow (6.1 turns
a typed backslash followed by "n" into a line break; 7 leaves X- properties
escaped), so the text a person typed is read here, in one pass, the same way
whichever version is installed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

# The properties that hold a person's words, as Care Companion reads them.
TEXT_PROPERTIES = frozenset({"SUMMARY", "LOCATION", "DESCRIPTION"})
OURS = "X-CARE-COMPANION-"
_ESCAPE = re.compile(r"\\([\\;,nN])")


def unescape_text(value: str) -> str:
    """``\\n`` and ``\\N`` are line breaks; ``\\\\``, ``\\;`` and ``\\,`` the character itself."""
    return _ESCAPE.sub(lambda match: "\n" if match.group(1) in "nN" else match.group(1), value)


def _name_and_value(line: str) -> tuple[str, str] | None:
    """The property name (upper case) and its raw value; a colon inside quotes is a parameter's."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head = line[:index]
            return head.split(";", 1)[0].strip().upper(), line[index + 1 :]
    return None


def event_texts(lines: list[str]) -> dict[str, str]:
    """The first value of each text property of a VEVENT (not of its alarms), unescaped.

    ``lines`` are the event's unfolded lines, ``BEGIN:VEVENT`` to ``END:VEVENT``.
    """
    found: dict[str, str] = {}
    depth = 0
    for line in lines:
        parts = _name_and_value(line)
        if parts is None:
            continue
        name, value = parts
        if name == "BEGIN":
            depth += 1
            continue
        if name == "END":
            depth -= 1
            continue
        if depth != 1 or name in found:
            continue
        if name in TEXT_PROPERTIES or name.startswith(OURS):
            found[name] = unescape_text(value)
    return found


if TYPE_CHECKING:
    from icalendar import Component  # imported where a file is read (startup time)


def use_own_texts(event: Component, lines: list[str]) -> None:
    """Put the text values read here in place of icalendar's in the parsed ``event``."""
    from icalendar import vText

    for name, value in event_texts(lines).items():
        if name in event:
            event[name] = vText(value)
