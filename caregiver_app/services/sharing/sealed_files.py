"""The bytes of a change or snapshot file: a header, the sealed batch, a length and a checksum.

Layout: magic, format version (2 bytes), kind (1), sequence (8), the device id's length (1)
and the id, the sealed payload's length (4), the payload, then SHA-256 of all of it. A
half-copied file (short, or its checksum wrong) is "not complete yet" and is read once
whole. The device, sequence, kind and version are bound into AES-GCM, so a file copied
under another device's folder or renamed by a sync tool is still what its writer wrote.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass

from caregiver_app.services.sharing.crypto import seal, unseal

MAGIC = b"CCFAMILY"
FORMAT_VERSION = 1
KIND_CHANGES = 1
KIND_SNAPSHOT = 2
_HEAD = struct.Struct(">HBQB")
_LENGTH = struct.Struct(">I")
_DIGEST_BYTES = 32


class NewerFileError(Exception):
    """A file in a format this Care Companion does not know (written by a newer one)."""


@dataclass(frozen=True)
class Sealed:
    """What one file held: who wrote it, its sequence, and the JSON document inside."""

    kind: int
    device_id: str
    sequence: int
    document: dict[str, object]


def _bound(kind: int, device_id: str, sequence: int, version: int) -> bytes:
    return f"care-companion|{kind}|{device_id}|{sequence}|{version}".encode()


def pack(key: bytes, kind: int, device_id: str, sequence: int, document: object) -> bytes:
    """The whole file for ``document`` (JSON), compressed then sealed."""
    device = device_id.encode("utf-8")
    plain = zlib.compress(json.dumps(document, separators=(",", ":")).encode("utf-8"), 6)
    payload = seal(key, plain, _bound(kind, device_id, sequence, FORMAT_VERSION))
    body = (
        MAGIC
        + _HEAD.pack(FORMAT_VERSION, kind, sequence, len(device))
        + device
        + _LENGTH.pack(len(payload))
        + payload
    )
    return body + hashlib.sha256(body).digest()


def unpack(key: bytes, data: bytes) -> Sealed | None:
    """The file's content; None while it is not complete (short, or its checksum differs).

    Raises :class:`NewerFileError` for a newer format and ``crypto.UnsealedError`` when the key does
    not open it (another passphrase) or a byte was changed after it was written whole.
    """
    start = len(MAGIC) + _HEAD.size
    if len(data) < start or not data.startswith(MAGIC):
        return None
    version, kind, sequence, device_length = _HEAD.unpack_from(data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise NewerFileError
    length_at = start + device_length
    if len(data) < length_at + _LENGTH.size:
        return None
    (payload_length,) = _LENGTH.unpack_from(data, length_at)
    payload_at = length_at + _LENGTH.size
    end = payload_at + payload_length
    if len(data) != end + _DIGEST_BYTES or hashlib.sha256(data[:end]).digest() != data[end:]:
        return None
    try:
        device_id = data[start:length_at].decode("utf-8")
    except UnicodeDecodeError:
        return None
    plain = unseal(key, data[payload_at:end], _bound(kind, device_id, sequence, version))
    document = json.loads(zlib.decompress(plain).decode("utf-8"))
    return Sealed(kind, device_id, sequence, document)
