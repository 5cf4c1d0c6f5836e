"""Damaged and random input to the importers: a clear refusal or a report, never a crash.

Hypothesis feeds the vCard and iCalendar readers random bytes, real files with random damage,
and text shaped like their format; the only exceptions they may raise are
``NotAVCardError`` and ``NotICalendarError``, and what an .ics file yields imports whole.
Backup restore is fed real backups with random damage: it either refuses
(``NotABackupError``, the record exactly as it was) or restores a record that
passes ``integrity_check``; all or nothing.
"""

import contextlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.services.contacts.vcard import NotAVCardError, ParsedVCards, read_vcards
from caregiver_app.services.record.backup_folder import list_backups
from caregiver_app.services.record.backup_reading import NotABackupError, inspect_backup
from caregiver_app.services.record.backups import make_backup, record_fingerprint, restore_backup
from caregiver_app.store.engine import sqlite
from caregiver_app.store.queries import record_counts
from tests.helpers.ics_occurrences import package_test_files
from tests.helpers.paths import FIXTURES

VCARDS = FIXTURES / "vcards"
FIXTURE_CARDS = [
    path.read_bytes()
    for folder in (VCARDS, VCARDS.parent / "vcard-quirks")
    for path in sorted(folder.glob("*.vcf"))
]

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def damaged(draw, originals: list[bytes]) -> bytes:
    """One of ``originals`` with random bytes overwritten, inserted or cut off."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(0, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["overwrite", "insert", "delete", "flip"]))
        chunk = draw(st.binary(min_size=1, max_size=64))
        if kind == "overwrite":
            data[at : at + len(chunk)] = chunk
        elif kind == "insert":
            data[at:at] = chunk
        elif kind == "delete":
            del data[at : at + len(chunk)]
        else:
            data[at] ^= 1 << draw(st.integers(0, 7))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


_PROPERTY_LINES = [
    "VERSION:3.0",
    "VERSION:2.1",
    "FN:Ana Núñez",
    "N:Núñez;Ana;;;",
    "TEL;TYPE=CELL:555-0160",
    "TEL;TYPE=WORK,VOICE:+1 (555) 010-0200",
    "EMAIL;TYPE=INTERNET:ana@example.org",
    "ORG:Hospice;Nursing",
    "TITLE:nurse",
    "NOTE:line one\\nline two",
    "ADR;TYPE=WORK:;;1 Main St;Town;;12345;",
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9 =",
    " folded continuation",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==",
    "item1.X-ABLabel:_$!<Other>!$_",
    "X-CARE-COMPANION-ROLE:palliative_doctor",
]


@st.composite
def card_shaped(draw) -> bytes:
    """Text that looks like vCards: real property lines mixed with random ones."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            lines.append("BEGIN:VCARD")
        body = st.one_of(st.sampled_from(_PROPERTY_LINES), st.text(max_size=80))
        lines += draw(st.lists(body, max_size=12))
        if draw(st.booleans()):
            lines.append("END:VCARD")
    separator = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "latin-1"]))
    return separator.join(lines).encode(encoding, errors="replace")


def _read_or_refuse(data: bytes) -> ParsedVCards | None:
    try:
        parsed = read_vcards(data)
    except NotAVCardError as error:
        assert str(error)  # a sentence for the user
        return None
    for record in parsed.contacts:
        assert record.name.strip()
    for card in parsed.skipped:
        assert card.position >= 1 and card.reason
    return parsed


@FUZZ
@given(st.binary(max_size=4096))
def test_vcard_reader_on_random_bytes(data):
    _read_or_refuse(data)


@FUZZ
@given(damaged(FIXTURE_CARDS))
def test_vcard_reader_on_damaged_real_files(data):
    _read_or_refuse(data)


@FUZZ
@given(card_shaped())
def test_vcard_reader_on_card_shaped_text(data):
    _read_or_refuse(data)


# ---------------------------------------------------------------- backups


@pytest.fixture
def good_backup(demo_store, data_dir) -> bytes:
    path = make_backup(demo_store, data_dir, now=datetime(2026, 1, 1, 12))
    return path.read_bytes()


@settings(FUZZ, max_examples=60)
@given(data=st.data())
def test_restore_of_a_damaged_backup_is_all_or_nothing(demo_store, data_dir, good_backup, data):
    damaged_copy = data.draw(damaged([good_backup]))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "from-usb.sqlite"
        path.write_bytes(damaged_copy)
        record_before = record_fingerprint(demo_store)
        copies_before = list_backups(data_dir)
        try:
            expected = inspect_backup(path).counts
        except NotABackupError:
            expected = None
        try:
            result = restore_backup(demo_store, data_dir, path)
        except NotABackupError as error:
            assert "Nothing was changed" in str(error)
            assert record_fingerprint(demo_store) == record_before
            assert list_backups(data_dir) == copies_before
            return
        assert expected is not None
        assert result.database is demo_store
        problems = demo_store.execute_sql("PRAGMA integrity_check").fetchall()
        assert problems == [("ok",)]
        assert record_counts() == expected
        # Put the good record back for the next example.
        restore_backup(demo_store, data_dir, result.kept_as, keep_current=False)


def test_a_backup_with_a_different_page_size_is_refused_not_crashed(store, data_dir):
    make_backup(store, data_dir)  # any copy; then rebuild it with other pages
    (copy,) = list_backups(data_dir)
    connection = sqlite.connect(copy.path)
    connection.execute("PRAGMA page_size = 8192")
    connection.execute("VACUUM")
    connection.close()
    with contextlib.suppress(NotABackupError):
        restore_backup(store, data_dir, copy.path, keep_current=False)
    assert store.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


# ---------------------------------------------------------------- iCalendar

ICS_FILES = [path.read_bytes() for path in sorted((VCARDS.parent / "ics").glob("*.ics"))]
# And the files icalendar and recurring-ical-events test themselves with (issue 24).
ICS_FILES += [
    path.read_bytes()
    for package in ("icalendar", "recurring_ical_events")
    for path in package_test_files(package)
]

_EVENT_LINES = [
    "BEGIN:VEVENT",
    "END:VEVENT",
    "UID:visit-1@example.org",
    "UID:visit-2@example.org",
    "SUMMARY:Palliative care visit",
    "DTSTART:20261201T100000Z",
    "DTSTART;TZID=America/New_York:20261201T100000",
    "DTSTART;VALUE=DATE:20261203",
    "DTEND:20261201T110000Z",
    "DTEND;TZID=Europe/Paris:20261201T090000",
    "DURATION:PT45M",
    "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU",
    "RRULE:FREQ=MONTHLY;UNTIL=20270101T000000Z",
    "RRULE:FREQ=YEARLY;BYMONTH=13",
    "EXDATE:20261208T100000Z",
    "RECURRENCE-ID:20261215T100000Z",
    "LOCATION:Sunrise Clinic\\, room 4",
    "DESCRIPTION:Bring the medicine list\\nand questions",
    "BEGIN:VALARM",
    "TRIGGER:-PT30M",
    "ACTION:DISPLAY",
    "END:VALARM",
    "BEGIN:VTIMEZONE",
    "TZID:Custom/Zone",
    "END:VTIMEZONE",
    "X-WR-TIMEZONE:Pacific/Auckland",
    " folded continuation",
]


@st.composite
def calendar_shaped(draw) -> bytes:
    """Text that looks like an .ics file: real lines mixed with random ones."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0"] if draw(st.booleans()) else []
    body = st.one_of(st.sampled_from(_EVENT_LINES), st.text(max_size=80))
    lines += draw(st.lists(body, max_size=30))
    if draw(st.booleans()):
        lines.append("END:VCALENDAR")
    separator = draw(st.sampled_from(["\r\n", "\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "latin-1"]))
    return separator.join(lines).encode(encoding, errors="replace")


def _read_and_import_or_refuse(data: bytes) -> None:
    """Any input: refused with a sentence, or read, and what was read all imported."""
    from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics
    from caregiver_app.store.calendar.imports import import_appointments

    try:
        parsed = read_ics(data)
    except NotICalendarError as error:
        assert str(error)
        return
    for event in parsed.skipped:
        assert event.position >= 1 and event.reason
    before = record_counts().appointments
    counts = import_appointments(parsed.appointments)
    assert counts.imported + counts.updated <= len(parsed.appointments)
    assert record_counts().appointments == before + counts.imported


@settings(FUZZ, max_examples=int(os.environ.get("FUZZ_EXAMPLES", 100)))
@given(st.binary(max_size=4096))
def test_calendar_import_on_random_bytes(store, data):
    _read_and_import_or_refuse(data)


@settings(FUZZ, max_examples=int(os.environ.get("FUZZ_EXAMPLES", 100)))
@given(damaged(ICS_FILES))
def test_calendar_import_on_damaged_real_files(store, data):
    _read_and_import_or_refuse(data)


@settings(FUZZ, max_examples=int(os.environ.get("FUZZ_EXAMPLES", 100)))
@given(calendar_shaped())
def test_calendar_import_on_calendar_shaped_text(store, data):
    _read_and_import_or_refuse(data)


# ------------------------------------------- what the public corpora showed (issue 24)

_DATE_VALUES = [
    ":20261201T100000Z",
    ":20261201T100000",  # floating
    ";TZID=America/New_York:20261201T100000",
    ";TZID=Nowhere/Zone:20261201T100000",  # a TZID that names nothing
    ";TZID=Custom/Zone:20261201T100000",  # defined (badly) by the file's own VTIMEZONE
    ";VALUE=DATE:20261203",
    ":20261203",
    ";VALUE=DATE:20261201T100000",  # said to be a date, written as a date-time
    ";VALUE=DATE-TIME:20261201",
    ":20261201T100000Z,20261202T100000Z",  # list-valued
    ";VALUE=PERIOD:20261201T100000Z/PT1H",  # wrongly typed
    ":PT1H",
    ":tomorrow",
    ":",
]
_ODD_PROPERTIES = {
    "DTSTART": _DATE_VALUES,
    "DTEND": _DATE_VALUES,
    "RECURRENCE-ID": _DATE_VALUES,
    "EXDATE": _DATE_VALUES,
    "RDATE": _DATE_VALUES,
    "DURATION": [":PT45M", ":P1D", ":-PT1H", ":20261201", ":soon", ":PT1H,PT2H"],
    "RRULE": [
        ":FREQ=WEEKLY;COUNT=4",
        ":FREQ=DAILY;UNTIL=20261210",
        ":FREQ=DAILY;UNTIL=20261210T100000Z",
        ":FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3",
        ":FREQ=SOMETIMES",
        ":COUNT=3",
    ],
    "UID": [":one@example.org", ":two@example.org", ":"],
    "STATUS": [":CONFIRMED", ":CANCELLED", ":TENTATIVE,CANCELLED"],
    "SEQUENCE": [":0", ":2", ":-1", ":many"],
    "SUMMARY": [":Oncology review", ":Revisión 李医生 😀", ":"],
}
_ODD_ALARMS = [
    "TRIGGER:-PT30M",
    "TRIGGER;VALUE=DATE-TIME:20261201T090000Z",
    "TRIGGER;RELATED=END:PT0M",
    "TRIGGER:soon",
]


@st.composite
def odd_event_file(draw) -> tuple[bytes, list[str]]:
    """One event whose properties are missing, repeated, list-valued or of the wrong type,
    with or without a VCALENDAR around it; also returns the event's DTSTART lines."""
    lines = ["BEGIN:VEVENT"]
    starts = []
    for name, values in _ODD_PROPERTIES.items():
        for _ in range(draw(st.integers(0, 3 if name == "DTSTART" else 2))):
            line = name + draw(st.sampled_from(values))
            lines.append(line)
            starts += [line] if name == "DTSTART" else []
    for _ in range(draw(st.integers(0, 2))):
        alarm = draw(st.lists(st.sampled_from(_ODD_ALARMS), max_size=2))
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", *alarm, "END:VALARM"]
    lines.append("END:VEVENT")
    zone = ["BEGIN:VTIMEZONE", "TZID:Custom/Zone", "BEGIN:STANDARD", "TZOFFSETFROM:+0100"]
    zone += ["TZOFFSETTO:+0000", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
    body = zone + lines
    if draw(st.booleans()):
        body = ["BEGIN:VCALENDAR", "VERSION:2.0", *body, "END:VCALENDAR"]
    return "\r\n".join(body).encode("utf-8") + b"\r\n", starts


@settings(FUZZ, max_examples=int(os.environ.get("FUZZ_EXAMPLES", 150)))
@given(odd_event_file())
def test_odd_properties_skip_the_event_never_the_import(store, drawn):
    data, starts = drawn
    _read_and_import_or_refuse(data)
    from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics

    if len(set(starts)) > 1:  # two different starts: which one is meant cannot be known
        # The file's only event is skipped, so the file is refused in one line saying why.
        with pytest.raises(NotICalendarError, match=r"only event .*event 1 \(") as refused:
            read_ics(data)
        assert str(refused.value).endswith("Nothing was imported.")


_TITLE = st.text(
    st.characters(categories=("L", "N", "So"), exclude_characters="\\;,"), min_size=1, max_size=60
)


@settings(FUZZ, max_examples=int(os.environ.get("FUZZ_EXAMPLES", 100)))
@given(title=_TITLE, width=st.integers(1, 75), bare=st.booleans())
def test_folds_inside_a_utf8_character_keep_the_title_as_typed(title, width, bare):
    from caregiver_app.services.calendar.ics_import import read_ics

    line = f"SUMMARY:{title}".encode()
    # Folded every ``width`` octets, wherever that falls: inside a character too.
    folded = b"\r\n ".join(line[at : at + width] for at in range(0, len(line), width))
    body = b"BEGIN:VEVENT\r\nUID:fold@example.org\r\nDTSTART:20261201T100000Z\r\n"
    body += folded + b"\r\nEND:VEVENT\r\n"
    if not bare:
        body = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + b"END:VCALENDAR\r\n"
    (appointment,) = read_ics(body).appointments
    assert appointment.record.title == title.strip()
