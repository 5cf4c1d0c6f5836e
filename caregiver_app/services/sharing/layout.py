"""The family folder's layout: its format file, salt, key check and one file per device.

```
care-companion-family.json   {"format": 1}: a newer number makes this computer read-only
family-salt                  scrypt's random salt, made once with the folder
family-key-check             a known text sealed with the family key (wrong passphrase?)
devices/<device>             each computer's name, sealed
changes/<device>/<sequence>-<uuid>   batches of changes, sealed (sealed_files.py)
snapshots/<device>-<clock>   the whole record as that computer had it, for joining
```
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path

from caregiver_app.services.sharing import errors
from caregiver_app.services.sharing.crypto import (
    NONCE_BYTES,
    UnsealedError,
    derive_key,
    new_salt,
    seal,
    unseal,
)
from caregiver_app.services.sharing.folder_files import (
    TEMPORARY_SUFFIX,
    is_temporary,
    write_whole,
)
from caregiver_app.services.sharing.sealed_files import FORMAT_VERSION, NewerFileError, pack, unpack
from caregiver_app.store.file_errors import reason_of

FORMAT_FILE = "care-companion-family.json"
SALT_FILE = "family-salt"
KEY_CHECK_FILE = "family-key-check"
DEVICES = "devices"
CHANGES = "changes"
SNAPSHOTS = "snapshots"
KIND_DEVICE = 3
_KEY_CHECK_TEXT = b"Care Companion family folder"
_KEY_CHECK_BOUND = f"care-companion|key-check|{FORMAT_VERSION}".encode()
# The sealed key check's size: a nonce, the text, and AES-GCM's 16-byte tag.
_KEY_CHECK_BYTES = NONCE_BYTES + len(_KEY_CHECK_TEXT) + 16


def create_folder(folder: Path, passphrase: str) -> bytes:
    """Make ``folder`` (existing, empty) a family folder; the family key it uses."""
    _require_folder(folder)
    if any(not is_temporary(name) for name in os.listdir(folder)):
        raise errors.folder_not_empty(folder)
    salt = new_salt()
    key = derive_key(passphrase, salt)
    write_whole(folder / SALT_FILE, salt, folder)
    write_whole(folder / KEY_CHECK_FILE, seal(key, _KEY_CHECK_TEXT, _KEY_CHECK_BOUND), folder)
    for part in (DEVICES, CHANGES, SNAPSHOTS):
        (folder / part).mkdir(exist_ok=True)
    # Last: a folder with its format file is a whole family folder.
    format_text = json.dumps({"format": FORMAT_VERSION, "app": "Care Companion"}).encode()
    write_whole(folder / FORMAT_FILE, format_text, folder)
    return key


def open_folder(folder: Path, passphrase: str) -> bytes:
    """The family key of ``folder`` from ``passphrase``, refused with a sentence if wrong."""
    check_format(folder)
    try:
        salt = (folder / SALT_FILE).read_bytes()
    except OSError:
        raise errors.not_a_family_folder(folder) from None
    key = derive_key(passphrase, salt)
    check_key(folder, key)
    return key


def check_format(folder: Path, shared: bool = False) -> None:
    """Refuse a folder that is gone, not a family folder, or written by a newer app.

    ``shared``: this record already shares through ``folder``, so a format file that is
    not there was taken away (or not brought yet) by the sync program.
    """
    _require_folder(folder)
    try:
        data = (folder / FORMAT_FILE).read_bytes()
    except OSError:
        if shared:
            raise errors.file_not_whole(folder, FORMAT_FILE) from None
        raise errors.not_a_family_folder(folder) from None
    try:
        version = int(json.loads(data.decode("utf-8"))["format"])
    except (ValueError, KeyError, TypeError):
        # Empty, half-copied or garbled by a sync program: nothing is written meanwhile.
        # Not yet shared through it: this is a Join's first look.
        raise errors.file_not_whole(folder, FORMAT_FILE, joining=not shared) from None
    if version > FORMAT_VERSION:
        raise errors.newer_format()


def check_key(folder: Path, key: bytes, shared: bool = False) -> None:
    """Refuse ``key`` if it does not open the folder's key check (``shared`` as for
    :func:`check_format`)."""
    try:
        sealed = (folder / KEY_CHECK_FILE).read_bytes()
    except OSError:
        if shared:
            raise errors.file_not_whole(folder, KEY_CHECK_FILE) from None
        raise errors.not_a_family_folder(folder) from None
    if len(sealed) != _KEY_CHECK_BYTES:  # empty or half-copied: no passphrase would open it
        raise errors.file_not_whole(folder, KEY_CHECK_FILE, joining=not shared)
    try:
        unseal(key, sealed, _KEY_CHECK_BOUND)
    except UnsealedError:
        raise errors.wrong_passphrase() from None


def check_writable(folder: Path) -> None:
    """Refuse a folder this computer can read but not write (a read-only drive, a share
    it may only read): a computer that joins writes its name and its changes there. Tried
    with an empty temporary file, removed at once, before anything else is written."""
    failure: OSError | None = None
    for part in (DEVICES, CHANGES):
        probe = folder / part / f".{uuid.uuid4().hex}{TEMPORARY_SUFFIX}"
        try:
            (folder / part).mkdir(exist_ok=True)
            os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as error:
            failure = error
            break
        with contextlib.suppress(OSError):
            probe.unlink()
    if failure is not None:
        # Raised outside the handler, as write_whole does: the system's error does not
        # travel with the sentence (the command line would take it for the record's disk).
        raise errors.folder_read_only(folder, reason_of(failure))


def _require_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise errors.folder_missing(folder)


def write_device(folder: Path, key: bytes, device_id: str, name: str) -> None:
    """Write this computer's name, unless the folder already holds it as it is."""
    path = folder / DEVICES / device_id
    if read_device(path, key) == name:
        return
    write_whole(path, pack(key, KIND_DEVICE, device_id, 0, {"name": name}), folder)


def read_device(path: Path, key: bytes) -> str | None:
    """The name in one device file, or None when it cannot be read (yet)."""
    try:
        sealed = unpack(key, path.read_bytes())
    except (OSError, UnsealedError, NewerFileError, ValueError):
        return None
    if sealed is None or sealed.kind != KIND_DEVICE or sealed.device_id != path.name:
        return None
    name = sealed.document.get("name")
    return name if isinstance(name, str) else None


def read_devices(folder: Path, key: bytes) -> dict[str, str]:
    """Every device's name the folder holds, by device id."""
    names: dict[str, str] = {}
    try:
        entries = list(os.scandir(folder / DEVICES))
    except OSError:
        return names
    for entry in entries:
        if is_temporary(entry.name) or not entry.is_file():
            continue
        name = read_device(Path(entry.path), key)
        if name is not None:
            names.setdefault(entry.name, name)
    return names
