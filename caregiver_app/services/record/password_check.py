"""The password-check file beside an encrypted record, and finishing one a change left.

``care-record.sqlite.password-check`` holds a salted, slow hash of the password
(PBKDF2-SHA256, 600,000 rounds), which costs an attacker as much to try a guess against
as the record itself, and the record file's own salt, which ties it to that file. It
lets the app tell a wrong password from a damaged file: when the record will not open,
a password that matches the check is the right one, so the file is damaged. After a
change it also holds the hash of the password before, so that the old password, typed
out of habit, is answered with "use the new one", not taken for a stranger's.

A change writes the new check file beside the old one (``.new``) before the record is
replaced, naming the rewritten file's salt; the next unlock after a change cut off half
way (the app killed, a power cut) keeps whichever of the two belongs to the record.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.store import engine
from caregiver_app.store.database import DATABASE_FILENAME, database_path

CHECK_SUFFIX = ".password-check"
_ITERATIONS = 600_000
_CHECK_FORMAT = "pbkdf2-sha256"


def check_path(data_dir: Path) -> Path:
    """``care-record.sqlite.password-check`` in the data folder."""
    return Path(data_dir) / f"{DATABASE_FILENAME}{CHECK_SUFFIX}"


def new_check_path(data_dir: Path) -> Path:
    """Where a change keeps the check file for the rewritten record until it replaces it."""
    return Path(f"{check_path(data_dir)}.new")


def _hash(password: str, salt: bytes, rounds: int) -> bytes:
    secret = engine.normalise_password(password).encode("utf-8")
    return hashlib.pbkdf2_hmac("sha256", secret, salt, rounds)


def file_salt(path: Path) -> str:
    """The first 16 bytes of an encrypted file (SQLCipher's salt), as hex; new with every
    rewrite of the file, so a check file names the file it belongs to."""
    try:
        return engine.file_header(path).hex()
    except OSError:
        return ""


def _hashed(password: str) -> dict:
    salt = secrets.token_bytes(16)
    return {"salt": salt.hex(), "hash": _hash(password, salt, _ITERATIONS).hex()}


def _read(path: Path, data_dir: Path) -> dict | None:
    """A check file, if it is there, readable, and belongs to the record as it is now."""
    try:
        content = json.loads(path.read_text("ascii"))
        if content.get("format") != _CHECK_FORMAT:
            return None
        if content.get("record") != file_salt(database_path(data_dir)):
            return None  # written for another file (the record was replaced since)
        rounds = int(content["rounds"])
        found = {"rounds": rounds, "salt": bytes.fromhex(content["salt"])}
        found["hash"] = bytes.fromhex(content["hash"])
        before = content.get("previous")
        if before is not None:
            found["previous"] = (bytes.fromhex(before["salt"]), bytes.fromhex(before["hash"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not 1_000 <= rounds <= 10_000_000:
        return None
    return found


def read_check(data_dir: Path) -> dict | None:
    """The check file of the record as it is now; None when there is no usable one."""
    return _read(check_path(data_dir), data_dir)


def check_content(password: str, record: Path, previous: str | None = None) -> bytes:
    """A check file for ``password`` and the encrypted file ``record``; with ``previous``,
    the password it had before too."""
    content = {"format": _CHECK_FORMAT, "record": file_salt(record), "rounds": _ITERATIONS}
    content.update(_hashed(password))
    if previous:
        content["previous"] = _hashed(previous)
    return json.dumps(content).encode("ascii")


def write_password_check(data_dir: Path, password: str) -> None:
    """Keep the slow hash of ``password`` beside the record (0600, written atomically)."""
    atomic_write_bytes(check_path(data_dir), check_content(password, database_path(data_dir)))


def write_new_check(data_dir: Path, password: str, rewritten: Path, previous: str | None) -> None:
    """Before a change replaces the record with ``rewritten``: its check file, aside."""
    atomic_write_bytes(new_check_path(data_dir), check_content(password, rewritten, previous))


def settle_new_check(data_dir: Path) -> None:
    """After a change, or at the unlock after one cut off: the check file written for the
    rewritten record takes the old one's place if the record was replaced, else goes."""
    new = new_check_path(data_dir)
    if not new.exists():
        return
    with contextlib.suppress(OSError):  # a read-only folder: the check says "no check"
        if _read(new, data_dir) is not None:
            os.replace(new, check_path(data_dir))
        else:
            new.unlink()


def password_matches_check(data_dir: Path, password: str) -> bool | None:
    """Does ``password`` match the check file? None when there is no usable check file
    (missing, unreadable, or written for a record file that has since been replaced)."""
    check = read_check(data_dir)
    if check is None:
        return None
    return hmac.compare_digest(_hash(password, check["salt"], check["rounds"]), check["hash"])


def was_previous_password(data_dir: Path, password: str) -> bool:
    """True when ``password`` is the one the record had before its last change."""
    check = read_check(data_dir)
    if check is None or "previous" not in check:
        return False
    salt, expected = check["previous"]
    return hmac.compare_digest(_hash(password, salt, check["rounds"]), expected)


def remove_password_check(data_dir: Path) -> None:
    """Delete the check file (the record has no password any more)."""
    for path in (check_path(data_dir), new_check_path(data_dir)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
