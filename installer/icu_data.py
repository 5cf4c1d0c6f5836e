"""A smaller copy of ICU's data library for the Linux bundle: what Qt uses, for the app's languages.

PySide6's Linux wheels link Qt to ICU, and ICU's data library (``libicudata.so.73``) is 32
MB of the bundle: break rules, units, currencies, language, region and transliteration
names, rule-based number spelling, 200 character converters and the data of every locale.
Qt calls ICU for collation (``QCollator``, the file dialog's sorting), time zone names and
IDs, case mapping (whose tables are in ``libicuuc``, not in the data) and named character
converters (Qt 6 decodes UTF-8, UTF-16, UTF-32 and Latin-1 itself, and the app names no
other encoding). So the bundle keeps the collation and time zone data of English, Spanish
and Chinese with their shared roots, and the data that locale look-up and time zones need;
a locale left out falls back to the root collation (ICU's default, not an error).

The data is one ICU "common data" package (a header, a table of contents sorted by name,
then the items); :func:`slim_package` writes the same package with fewer items. The
library around it is rebuilt with binutils (``as`` and ``ld``; PyInstaller
already needs on Linux): one read-only section, one exported symbol, the same soname.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# The app's languages: ICU locales whose language part is one of these are kept.
KEPT_LANGUAGES = ("en", "es", "zh")

# Whole trees Qt never reads: break iteration, units, currencies, language and region
# display names, transliteration and rule-based number formats.
DROPPED_TREES = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")

# A locale's file: a two- or three-letter language, then optional script, region, variant
# (``res_index.res``, a tree's list of its locales, has the same shape and always stays).
_LOCALE_FILE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")

_ALIGN = 16


class IcuDataError(Exception):
    """The library or its data is not laid out as this module expects."""


def keep_item(name: str) -> bool:
    """Whether one item of the package (``icudt73l/coll/zh.res``) stays in."""
    parts = name.split("/")[1:]
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    leaf = parts[-1]
    if len(parts) == 1 and (leaf.endswith(".cnv") or leaf == "unames.icu"):
        return False  # named converters and character names
    locale = _LOCALE_FILE.match(leaf)
    return leaf == "res_index.res" or locale is None or locale.group(1) in KEPT_LANGUAGES


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes) in table-of-contents order."""
    if len(data) < 8 or data[2:4] != b"\xda\x27":
        raise IcuDataError("not an ICU data package (no ICU data header)")
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[8:11] != b"\x00\x00\x02" or data[12:16] != b"CmnD":
        raise IcuDataError("not a little-endian ICU common data package")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * index) for index in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_at:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items`` (kept in their order, which ICU searches by halves)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    offset = _aligned(len(header) + names_at + len(names)) - len(header)
    table, body = [], []
    name_offset = names_at
    for name, item in items:
        table.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = item + b"\0" * (_aligned(len(item)) - len(item))
        body.append(padded)
        offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(table) + names
    toc += b"\0" * (_aligned(len(header) + len(toc)) - len(header) - len(toc))
    return header + toc + b"".join(body)


def _aligned(size: int) -> int:
    return (size + _ALIGN - 1) // _ALIGN * _ALIGN


def slim_package(data: bytes, keep: Callable[[str], bool] = keep_item) -> bytes:
    """The package with only the items ``keep`` accepts."""
    header, items = read_package(data)
    return write_package(header, [(name, item) for name, item in items if keep(name)])


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The exported data symbol's name (``icudt73_dat``) and its bytes, read from the ELF file."""
    blob = library.read_bytes()
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise IcuDataError(f"{library.name} is not a 64-bit little-endian ELF library")
    (shoff,) = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", blob, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", blob, shoff + index * shentsize) for index in range(shnum)
    ]
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link]
        for at in range(offset, offset + size, entsize):
            name_at, _, _, section, value, length = struct.unpack_from("<IBBHQQ", blob, at)
            start = strings[4] + name_at
            name = blob[start : blob.index(b"\0", start)].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name) and 0 < section < shnum:
                home = sections[section]
                where = home[4] + value - home[3]
                return name, blob[where : where + length]
    raise IcuDataError(f"{library.name} exports no icudtNN_dat symbol")


def soname(library: Path) -> str:
    """The library's soname as ``objdump -p`` reports it."""
    report = _run(["objdump", "-p", str(library)])
    found = re.search(r"^\s*SONAME\s+(\S+)", report, re.MULTILINE)
    if found is None:
        raise IcuDataError(f"{library.name} has no soname")
    return found.group(1)


def build_library(data: bytes, symbol: str, name: str, out: Path) -> None:
    """Write a shared library ``out`` (soname ``name``) that exports ``data`` as ``symbol``."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "icu.dat").write_bytes(data)
        (folder / "data.s").write_text(
            f"""\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.size {symbol}, {len(data)}
\t.balign {_ALIGN}
{symbol}:
\t.incbin "icu.dat"
\t.section .note.GNU-stack,"",@progbits
""",
            encoding="ascii",
        )
        _run(["as", "-o", "data.o", "data.s"], folder)
        _run(["ld", "-shared", "-soname", name, "-o", "lib.so", "data.o"], folder)
        shutil.copyfile(folder / "lib.so", out)


def slim_library(library: Path) -> tuple[int, int]:
    """Replace ``library`` with one holding only the kept items; return both sizes in bytes."""
    before = library.stat().st_size
    symbol, data = data_symbol(library)
    slimmed = slim_package(data)
    name = soname(library)
    with tempfile.TemporaryDirectory() as work:
        built = Path(work) / name
        build_library(slimmed, symbol, name, built)
        if data_symbol(built) != (symbol, slimmed):
            raise IcuDataError(f"the rebuilt {name} does not hold the slimmed data")
        check_library(built)
        shutil.copyfile(built, library)
    return before, library.stat().st_size


# What Qt must still do with the slimmed data, run by a Python with PySide6 in a process whose
# ICU data is the library under test (LD_PRELOAD takes the place of the one Qt ships).
CHECK = """
import sys
from PySide6.QtCore import QCollator, QLocale, QTimeZone

def ordered(locale, words):
    return sorted(words, key=QCollator(QLocale(locale)).sortKey)

problems = []
if ordered("zh_CN", ["波", "中", "阿"]) != ["阿", "波", "中"]:
    problems.append("Chinese collation (pinyin order)")
if ordered("es_ES", ["oso", "ñu", "nube"]) != ["nube", "ñu", "oso"]:
    problems.append("Spanish collation (ñ after n)")
zone = QTimeZone(b"Europe/Madrid")
long_name = QTimeZone.NameType.LongName
standard = QTimeZone.TimeType.StandardTime
if "Europa central" not in zone.displayName(standard, long_name, QLocale("es_ES")):
    problems.append("Spanish time zone names")
if "中欧" not in zone.displayName(standard, long_name, QLocale("zh_CN")):
    problems.append("Chinese time zone names")
print("; ".join(problems))
sys.exit(1 if problems else 0)
"""


def check_library(library: Path) -> None:
    """Raise :class:`IcuDataError` unless Qt, given ``library`` as ICU's data, still sorts and
    names time zones in the app's languages."""
    environment = {**os.environ, "LD_PRELOAD": str(library), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHECK], env=environment, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        said = done.stdout.strip() or done.stderr.strip()
        raise IcuDataError(f"Qt with the slimmed {library.name} lost: {said}")


def _run(command: list[str], cwd: Path | None = None) -> str:
    if shutil.which(command[0]) is None:
        raise IcuDataError(f"{command[0]} is needed to slim ICU's data; install binutils")
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise IcuDataError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout
