"""The one SQLite library the app uses, and how a file is opened with or without a password.

Every SQLite file the app touches (the record, its backups, a file chosen to
restore, the copies checked in memory) is opened through ``sqlcipher3``, the
SQLCipher build of SQLite. Without a key it reads and writes ordinary SQLite
files; with one, every page is encrypted. Using it for everything means the
process never opens one file through two SQLite libraries, whose locks would not
see each other. (peewee imports the standard ``sqlite3`` module too, but nothing
here connects through it; ``tests/test_one_sqlite_library.py`` checks.)
"""

from __future__ import annotations

import secrets
import unicodedata
from pathlib import Path

from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlite

SQLITE_HEADER = b"SQLite format 3\x00"
PLAIN_PAYLOAD_FRACTIONS = b"\x40\x20\x20"
Error = sqlite.Error
Connection = sqlite.Connection

_logging_silenced = False


def _silence_cipher_log() -> None:
    """Once per process, before the first connection: SQLCipher writes a line to stderr
    for every page it cannot decrypt (a wrong password); the app says what happened in
    its own words instead."""
    global _logging_silenced
    if not _logging_silenced:
        quiet = sqlite.connect(":memory:")
        try:
            quiet.execute("PRAGMA cipher_log_level = NONE").fetchall()
        finally:
            quiet.close()
        _logging_silenced = True


def normalise_password(password: str) -> str:
    """The same password typed on another keyboard or system gives the same key."""
    return unicodedata.normalize("NFC", password)


def _key_statement(password: str) -> str:
    # PRAGMA takes no parameters; a quote inside the password is doubled.
    return "PRAGMA key = '{}'".format(normalise_password(password).replace("'", "''"))


def throwaway_key_statement() -> str:
    """A random raw key for a private copy in memory: no key derivation to wait for."""
    return f"PRAGMA key = \"x'{secrets.token_hex(32)}'\""


def connect(target: str, uri: bool = False, password: str | None = None) -> Connection:
    """Open ``target`` in autocommit mode (like peewee), keyed with ``password`` if given."""
    _silence_cipher_log()
    connection = sqlite.connect(target, uri=uri, isolation_level=None)
    try:
        if password:
            connection.execute(_key_statement(password))
    except BaseException:
        connection.close()
        raise
    return connection


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` so that nothing can be written to it."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


class CareDatabase(SqlCipherDatabase):
    """peewee's database on SQLCipher; with no password it is a plain SQLite file."""

    def __init__(self, database, password: str | None = None, **kwargs) -> None:
        if password:
            kwargs["passphrase"] = normalise_password(password)
        super().__init__(database, **kwargs)

    def _connect(self):
        _silence_cipher_log()
        return super()._connect()

    @property
    def password(self) -> str | None:
        """The password the file is opened with; None for a file without one."""
        return self.connect_params.get("passphrase") or None


def password_of(database) -> str | None:
    """The password of an open peewee database (None when it has none)."""
    return getattr(database, "password", None)


def file_header(path: Path) -> bytes:
    """The first 16 bytes of ``path`` (fewer for a shorter file)."""
    with Path(path).open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def looks_encrypted(path: Path) -> bool:
    """True if ``path`` could be an encrypted SQLite file (it cannot be sure without the key).

    An SQLCipher file begins with 16 random bytes (its salt), not the SQLite
    header, and is a whole number of pages long (a power of two, 512 bytes or
    more). Sixteen zero bytes are a wiped disk block, not a salt.
    """
    size = Path(path).stat().st_size
    if size < 1024 or size % 512:
        return False
    with Path(path).open("rb") as handle:
        start = handle.read(24)
    if start[:16] == SQLITE_HEADER or start[:16].strip(b"\x00") == b"":
        return False
    # Bytes 21-23 of a plain SQLite file are always 64, 32, 32; in an encrypted file
    # they are cipher text. A plain file whose first bytes were overwritten keeps them.
    return start[21:24] != PLAIN_PAYLOAD_FRACTIONS


# SQLite's result code for "file is not a database": what a wrong key gives too.
SQLITE_NOTADB = 26


def is_not_a_database(error: BaseException) -> bool:
    """True for SQLite's "file is not a database", the answer to a wrong key.

    The backup API raises it without a result code, so the text is read too.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_NOTADB
    return "file is not a database" in str(error)
