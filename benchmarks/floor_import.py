"""The import floors: the least a contact or diary import has to do, as a bare script.

Run in a fresh process: ``python benchmarks/floor_import.py contacts FILE.vcf DB`` or
``... diary FILE.csv DB``. It reads the file as it streams, finds what ``DB`` already
holds (people by name and number, entries by time and values) through a dictionary or
the time index, and inserts the rest in one transaction, through the same SQLite library
as the app (``sqlcipher3``), with no Qt and no peewee. The app's imports are compared
with it (docs/benchmarks.md).
"""

from __future__ import annotations

import csv
import re
import sys
from datetime import datetime

from sqlcipher3 import dbapi2 as sqlite

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS contact (id INTEGER PRIMARY KEY, name TEXT, email TEXT);"
    "CREATE TABLE IF NOT EXISTS phone (contact_id INTEGER, number TEXT);"
    "CREATE TABLE IF NOT EXISTS entry (id INTEGER PRIMARY KEY, recorded_at TEXT, "
    "completed_by TEXT, s1, s2, s3, s4, s5, s6, s7, s8, s9, other TEXT, other_score, note TEXT);"
    "CREATE INDEX IF NOT EXISTS entry_time ON entry (recorded_at);"
    "CREATE TABLE IF NOT EXISTS score (entry_id INTEGER, tracker TEXT, score INTEGER);"
)
_PROPERTY = re.compile(rb"^(?:[\w-]+\.)?(FN|TEL|EMAIL)[^:\r\n]*:(.*?)\r?$", re.MULTILINE)


def _digits(number: str) -> str:
    return "".join(filter(str.isdigit, number))[-10:]


def contacts(path: str, connection) -> None:
    """Cards in, people by (name, number) or (name, email), the new ones inserted."""
    known: dict[tuple[str, str], int] = {}
    rows = connection.execute(
        "SELECT c.id, c.name, c.email, p.number "
        "FROM contact c LEFT JOIN phone p ON p.contact_id = c.id"
    )
    for contact_id, name, email, number in rows:
        key = name.casefold()
        known[(key, _digits(number or ""))] = contact_id
        known[(key, email.casefold())] = contact_id
    with open(path, "rb") as handle:
        data = handle.read()
    for card in data.split(b"BEGIN:VCARD")[1:]:
        values: dict[bytes, list[str]] = {}
        for name, value in _PROPERTY.findall(card):
            values.setdefault(name, []).append(value.decode("utf-8"))
        name = values.get(b"FN", [""])[0]
        numbers = values.get(b"TEL", [])
        email = values.get(b"EMAIL", [""])[0]
        keys = [(name.casefold(), _digits(number)) for number in numbers]
        keys += [(name.casefold(), email.casefold())] if email else []
        if any(key in known for key in keys):
            continue
        contact_id = connection.execute(
            "INSERT INTO contact (name, email) VALUES (?, ?)", (name, email)
        ).lastrowid
        connection.executemany(
            "INSERT INTO phone (contact_id, number) VALUES (?, ?)",
            [(contact_id, number) for number in numbers],
        )
        known.update((key, contact_id) for key in keys)


def _score(text: str) -> int | None:
    return int(text) if text.strip() else None


def diary(path: str, connection) -> None:
    """Rows in, 500 at a time: those at a time with the same values already there are left."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        trackers = [(i, name) for i, name in enumerate(header) if name.startswith("tracker:")]
        batch: list[tuple] = []
        for cells in reader:
            at = datetime.fromisoformat(cells[0]).astimezone().replace(tzinfo=None)
            values = (str(at), cells[1], *map(_score, cells[2:11]), cells[11])
            values += (_score(cells[12]), cells[13])
            scores = [(name, int(cells[i])) for i, name in trackers if cells[i]]
            batch.append((values, scores))
            if len(batch) == 500:
                _add(connection, batch)
                batch = []
        _add(connection, batch)


def _add(connection, batch: list[tuple]) -> None:
    times = sorted({values[0] for values, _scores in batch})
    marks = ", ".join("?" * len(times))
    there = {
        tuple(row)
        for row in connection.execute(
            "SELECT recorded_at, completed_by, s1, s2, s3, s4, s5, s6, s7, s8, s9, other, "
            f"other_score, note FROM entry WHERE recorded_at IN ({marks})",
            times,
        )
    }
    for values, scores in batch:
        if values in there:
            continue
        there.add(values)
        entry_id = connection.execute(
            "INSERT INTO entry (recorded_at, completed_by, s1, s2, s3, s4, s5, s6, s7, s8, s9, "
            "other, other_score, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        ).lastrowid
        connection.executemany(
            "INSERT INTO score (entry_id, tracker, score) VALUES (?, ?, ?)",
            [(entry_id, name, score) for name, score in scores],
        )


def main(kind: str, path: str, database: str) -> int:
    """Import ``path`` into ``database`` in one transaction."""
    connection = sqlite.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=wal")
        connection.executescript(SCHEMA)
        connection.execute("BEGIN IMMEDIATE")
        {"contacts": contacts, "diary": diary}[kind](path, connection)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
