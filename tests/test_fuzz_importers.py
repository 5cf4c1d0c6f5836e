"""Damaged and random input to the importers: a clear refusal or a report, never a crash.

Hypothesis feeds the vCard reader random bytes, real cards with random damage,
and card-shaped text; the only exception it may raise is ``NotAVCardError``.
Backup restore is fed real backups with random damage: it either refuses
(``NotABackupError``, the record exactly as it was) or restores a record that
passes ``integrity_check``; all or nothing.
"""

import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.services.backups import (
    NotABackupError,
    inspect_backup,
    list_backups,
    make_backup,
    record_fingerprint,
    restore_backup,
)
from caregiver_app.services.vcard import NotAVCardError, ParsedVCards, read_vcards
from caregiver_app.store.engine import sqlite
from caregiver_app.store.queries import record_counts

VCARDS = Path(__file__).parent / "fixtures" / "vcards"
FIXTURE_CARDS = [path.read_bytes() for path in sorted(VCARDS.glob("*.vcf"))]

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
    try:
        restore_backup(store, data_dir, copy.path, keep_current=False)
    except NotABackupError:
        pass
    assert store.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
