"""What a vCard file is to this app: its limits, our own properties, and the words it looks for."""

from __future__ import annotations

import re

MAX_FILE_BYTES = 20 * 1024 * 1024

FOLD_OCTETS = 75
# Real properties have a handful of parameters and real cards a few dozen properties;
# beyond these limits the input is hostile and the rest is ignored.
MAX_PARAMS = 32
MAX_PROPERTIES = 5000
OURS = "X-CARE-COMPANION-"
AFTER_HOURS_LABEL = "After hours / 24-hour line"
CALL_ABOUT = "Call about: "
TEL_TYPES = {"main": "WORK,VOICE", "mobile": "CELL", "fax": "WORK,FAX"}
BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
TRUE = frozenset({"1", "true", "yes"})

AFTER_HOURS = re.compile(
    r"after[\s_-]*hours?|\b24|\bnight|on[\s_-]*call|emergency[\s_-]+line|out[\s_-]+of[\s_-]+hours",
    re.IGNORECASE,
)
MOBILE = re.compile(r"mobile|cell|iphone", re.IGNORECASE)
VIDEO = re.compile(r"zoom|teams|meet|doxy|telehealth|video|webex|whereby", re.IGNORECASE)
OFFICE_HOURS = re.compile(r"([0-9]{1,2}:[0-9]{2})-([0-9]{1,2}:[0-9]{2})")  # ours: "08:30-24:00"
APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
PROPERTY_NAME = re.compile(r"[A-Za-z0-9-]+")
BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=]+")
PARAMS = re.compile(rb'(?:"[^"]*"|[^;"]+)+')
SEPARATOR = re.compile(r"\\*;")
BOUNDARIES = (b"BEGIN:VCARD", b"END:VCARD")
UNESCAPES = (("\\n", "\n"), ("\\N", "\n"), ("\\,", ","), ("\\;", ";"), ("\\:", ":"))
