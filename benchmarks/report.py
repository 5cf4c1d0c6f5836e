"""The results table (for the terminal and for docs/benchmarks.md) and the machine's description."""

from __future__ import annotations

import os
import platform
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

from caregiver_app.store.engine import sqlite

BEGIN = "<!-- benchmarks:begin (written by python -m benchmarks; edit outside these marks) -->"
END = "<!-- benchmarks:end -->"


@dataclass(frozen=True)
class Row:
    """One line of the table. ``measured`` and ``floor`` are display strings."""

    what: str
    measured: str
    floor: str
    ratio: str
    budget: str
    verdict: str  # "pass", "OVER", or "not measured"
    note: str = ""


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        match = re.search(r"MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text())
        if match:
            return f"{int(match.group(1)) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    if hasattr(os, "sysconf") and "SC_PHYS_PAGES" in os.sysconf_names:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        return f"{pages / 1024**3:.1f} GiB"
    return "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} ({platform.platform()})"
    except OSError:
        pass
    return platform.platform()


def machine() -> list[tuple[str, str]]:
    """What the figures were measured on."""
    return [
        ("CPU", _cpu_model()),
        ("cores", str(os.cpu_count())),
        ("RAM", _memory()),
        ("OS", _os_name()),
        ("Python", sys.version.split()[0]),
        ("PySide6", _version("PySide6")),
        ("SQLite", sqlite.sqlite_version),
        ("peewee", _version("peewee")),
        ("ReportLab", _version("reportlab")),
    ]


HEADERS = ("what", "median", "floor (median)", "ratio", "budget", "result")


def terminal_table(rows: list[Row]) -> str:
    """The table as aligned plain text."""
    cells = [HEADERS] + [
        (row.what, row.measured, row.floor, row.ratio, row.budget, row.verdict) for row in rows
    ]
    widths = [max(len(line[column]) for line in cells) for column in range(len(HEADERS))]
    lines = [
        "  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True))
        for line in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {row.what}: {row.note}" for row in rows if row.note]
    return "\n".join([*lines, "", *notes] if notes else lines)


def markdown_section(rows: list[Row], settings: str, when: datetime) -> str:
    """The generated part of docs/benchmarks.md: the table, its notes, and the machine."""
    lines = [
        BEGIN,
        "",
        f"Measured {when:%Y-%m-%d %H:%M} with `python -m benchmarks` ({settings}).",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "---|" * len(HEADERS),
    ]
    for row in rows:
        verdict = f"**{row.verdict}**" if row.verdict == "OVER" else row.verdict
        cells = (row.what, row.measured, row.floor, row.ratio, row.budget, verdict)
        lines.append("| " + " | ".join(cells) + " |")
    notes = [f"- {row.what}: {row.note}" for row in rows if row.note]
    if notes:
        lines += ["", *notes]
    lines += ["", "Machine:", ""]
    lines += [f"- {name}: {value}" for name, value in machine()]
    lines += ["", END]
    return "\n".join(lines)


def write_markdown(path: Path, section: str) -> None:
    """Put ``section`` between the marks in ``path``, keeping the text around them."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            before = text[: text.index(BEGIN)]
            after = text[text.index(END) + len(END) :]
            path.write_text(before + section + after, encoding="utf-8")
            return
        path.write_text(text.rstrip("\n") + "\n\n" + section + "\n", encoding="utf-8")
        return
    path.write_text("# Benchmarks\n\n" + section + "\n", encoding="utf-8")
