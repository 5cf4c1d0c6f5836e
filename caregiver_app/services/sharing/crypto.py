"""The family key: scrypt of the passphrase and the folder's salt; AES-GCM seals each file."""

from __future__ import annotations

import os
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
# scrypt's cost: about a tenth of a second and 32 MB on a laptop, once per start or join
# (the key is then kept in the record), and as costly for whoever guesses passphrases.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1


class UnsealedError(Exception):
    """The key does not open this sealed text, or the text was altered."""


def new_salt() -> bytes:
    """A fresh random salt for a new family folder."""
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte family key; the passphrase is normalised (NFC) so any keyboard agrees."""
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def seal(key: bytes, plain: bytes, bound: bytes) -> bytes:
    """A random nonce then the AES-GCM ciphertext and tag; ``bound`` is authenticated too."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plain, bound)


def unseal(key: bytes, sealed: bytes, bound: bytes) -> bytes:
    """The plain bytes; :class:`UnsealedError` if the key or ``bound`` differ or a byte changed."""
    if len(sealed) < NONCE_BYTES + 16:
        raise UnsealedError
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], bound)
    except InvalidTag:
        raise UnsealedError from None
