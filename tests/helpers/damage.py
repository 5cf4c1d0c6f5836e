"""Breaking a closed record file the way a failing disk or an interrupted copy would."""

from __future__ import annotations

from pathlib import Path


def damage(path: Path, how: str = "page") -> None:
    """Break a closed database file the way a failing disk would."""
    data = bytearray(path.read_bytes())
    if how == "page":  # a table's root page wiped: the check raises "malformed"
        data[4096:8192] = bytes(4096)
    elif how == "rows":  # a b-tree page header garbled: the check returns error rows
        data[4096 * 10 : 4096 * 10 + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    elif how == "header":
        data[:16] = b"not sqlite at all"[:16]
    elif how == "truncate":  # the end of the file lost
        data = data[: len(data) // 2]
    path.write_bytes(bytes(data))
