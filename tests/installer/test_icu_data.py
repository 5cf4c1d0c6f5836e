"""ICU's slimmed data: what stays, the package written back whole, and Qt still sorting and
naming time zones in Spanish and Chinese with the rebuilt library."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

from tests.installer.loading import installer_module

icu_data = installer_module("icu_data")


def _qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return next((path for path in found if not path.is_symlink()), None)


needs_qt_icu = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or _qt_icu_data() is None
    or not all(shutil.which(tool) for tool in ("as", "ld", "objdump")),
    reason="ICU's data library ships with Qt on Linux only; rebuilding it needs binutils",
)


def test_the_app_languages_collation_and_zone_data_stay_and_unused_trees_go():
    keep = icu_data.keep_item
    for name in (
        "icudt73l/coll/root.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/coll/zh.res",
        "icudt73l/coll/zh_Hant_TW.res",
        "icudt73l/coll/es.res",
        "icudt73l/zone/es.res",
        "icudt73l/zone/en_GB.res",
        "icudt73l/zone/root.res",
        "icudt73l/zone/pool.res",
        "icudt73l/zoneinfo64.res",
        "icudt73l/metaZones.res",
        "icudt73l/likelySubtags.res",
        "icudt73l/supplementalData.res",
        "icudt73l/res_index.res",
        "icudt73l/root.res",
        "icudt73l/cnvalias.icu",
        "icudt73l/en_US_POSIX.res",
    ):
        assert keep(name), name
    for name in (
        "icudt73l/brkitr/cjdict.dict",
        "icudt73l/translit/root.res",
        "icudt73l/curr/es.res",
        "icudt73l/lang/zh.res",
        "icudt73l/unit/en.res",
        "icudt73l/coll/ko.res",
        "icudt73l/coll/de__PHONEBOOK.res",
        "icudt73l/zone/fr.res",
        "icudt73l/fr_CA.res",
        "icudt73l/ibm-943_P15A-2003.cnv",
        "icudt73l/unames.icu",
    ):
        assert not keep(name), name


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = bytearray(32)
    struct.pack_into("<H", header, 0, 32)
    header[2:4] = b"\xda\x27"
    header[8:16] = b"\x00\x00\x02\x00CmnD"
    return icu_data.write_package(bytes(header), items)


def test_a_package_is_read_back_item_for_item_in_order_and_aligned():
    items = [("icudt73l/a.res", b"\x01" * 5), ("icudt73l/b/c.res", b"\x02" * 40)]
    data = _package(items)
    header, read = icu_data.read_package(data)
    assert [name for name, _ in read] == ["icudt73l/a.res", "icudt73l/b/c.res"]
    assert read[0][1][:5] == b"\x01" * 5 and read[1][1][:40] == b"\x02" * 40
    table = data[len(header) :]
    for index in range(2):
        (offset,) = struct.unpack_from("<I", table, 8 + 8 * index)
        assert (len(header) + offset) % 16 == 0
    slim = icu_data.slim_package(data, lambda name: "/b/" not in name)
    assert [name for name, _ in icu_data.read_package(slim)[1]] == ["icudt73l/a.res"]


def test_what_is_not_an_icu_package_is_refused():
    with pytest.raises(icu_data.IcuDataError):
        icu_data.read_package(b"\x7fELF" + b"\0" * 60)


@needs_qt_icu
def test_qt_sorts_and_names_zones_in_spanish_and_chinese_with_the_rebuilt_library(tmp_path):
    library = tmp_path / "libicudata.so.73"
    shutil.copyfile(_qt_icu_data(), library)
    before, after = icu_data.slim_library(library)  # runs icu_data.CHECK against it
    assert after < 6_000_000 < 30_000_000 < before
    assert icu_data.soname(library) == _qt_icu_data().name


@needs_qt_icu
def test_the_check_fails_when_collation_and_zone_names_are_gone(tmp_path):
    _, data = icu_data.data_symbol(_qt_icu_data())
    stripped = icu_data.slim_package(data, lambda name: not {"coll", "zone"} & set(name.split("/")))
    library = tmp_path / "libicudata.so.73"
    icu_data.build_library(stripped, "icudt73_dat", library.name, library)
    with pytest.raises(icu_data.IcuDataError, match="Chinese collation"):
        icu_data.check_library(library)
