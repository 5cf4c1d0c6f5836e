"""Every .ics file icalendar and recurring-ical-events test themselves with, through the app.

The files are found where the installed packages keep them (never copied here), so a new
release brings its new files. For each, ``caregiver-app calendar import`` (run through the
command line's ``main`` in this process: a subprocess per file would take minutes on two
cores) exits 0, with each skipped event on a line of its own, or 2 with one line, and
never 1. What was imported exports, the export reads back with icalendar and
recurring-ical-events, and every series has the same visits in the next two years in the
file and in the export, wherever icalendar can expand the file itself. Events the import
said it read with an assumption (an unknown zone, extra dates left out) are left out of
that comparison: the user was told.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from datetime import date
from pathlib import Path

import icalendar
import pytest

from caregiver_app.cli.main import main
from tests.helpers.ics_occurrences import (
    NOTE_LINE,
    SKIPPED_LINE,
    by_series,
    exported_key,
    first_day,
    package_test_files,
    source_events,
    visits,
)

PACKAGES = ("icalendar", "recurring_ical_events")
# The notes that say visits were left out (never added or moved).
LEFT_OUT = ("its extra dates (RDATE) were left out", "only its first repeat rule was read")
TWO_YEARS = 731


def _corpus() -> list:
    params = []
    for package in PACKAGES:
        files = package_test_files(package)
        if not files:
            params.append(
                pytest.param(
                    None,
                    id=f"{package}-none",
                    marks=pytest.mark.skip(reason=f"{package} is installed without its tests"),
                )
            )
        root = Path(importlib.util.find_spec(package).origin).parent if files else None
        params += [
            pytest.param(path, id=f"{package}/{path.relative_to(root).as_posix()}")
            for path in files
        ]
    return params


def _run(capsys, *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.err.splitlines(), captured.out


@pytest.mark.parametrize("source", _corpus())
def test_a_corpus_file_imports_exports_and_repeats_alike(source, tmp_path, capsys):
    record = tmp_path / "record"
    code, err, out = _run(capsys, "--data-dir", str(record), "calendar", "import", str(source))
    assert code in (0, 2), "\n".join(err)
    if code == 2:
        assert len(err) == 1 and "Nothing was imported" in err[0], err
        assert not record.exists()  # nothing written
        return
    skipped = {int(m.group(1)) for line in err if (m := SKIPPED_LINE.match(line))}
    noted = {int(m.group(1)) for line in err if (m := NOTE_LINE.match(line))}
    left_out = {
        int(m.group(1)) for line in err if (m := NOTE_LINE.match(line)) and line.endswith(LEFT_OUT)
    }
    assert all(SKIPPED_LINE.match(line) or line for line in err)
    assert out.startswith("imported "), out

    export = tmp_path / "export.ics"
    code, err, _out = _run(capsys, "--data-dir", str(record), "calendar", "export", str(export))
    assert code == 0, "\n".join(err)
    exported = icalendar.Calendar.from_ical(export.read_bytes())
    try:
        calendar, uids = source_events(source.read_bytes(), skipped)
        first = first_day(calendar)
    except Exception:  # noqa: BLE001 - the file does not read even with its own library
        first = None
    # The next two years, as the user will see them, and the file's own first two years
    # (most test files are of years gone by: their changed and cancelled dates are there).
    for start in {date.today(), first or date.today()}:
        got = visits(exported, start, TWO_YEARS)  # reads back with recurring-ical-events
        if first is None:
            continue
        try:
            wanted = visits(calendar, start, TWO_YEARS)
        except Exception:  # noqa: BLE001 - the file does not expand with its own library
            continue
        _compare(got, wanted, uids, noted, left_out)


def _compare(got, wanted, uids, noted: set[int], left_out: set[int]) -> None:
    told = {uids.get(position) for position in noted}
    fewer = {uids.get(position) for position in left_out} - {
        uids.get(position) for position in noted - left_out
    }
    source_uids = set(uids.values())
    wanted_series = by_series(wanted)
    got_series = by_series(got, lambda uid: exported_key(uid, source_uids))
    for key in set(wanted_series) | set(got_series):
        if key not in told:
            assert got_series.get(key, Counter()) == wanted_series.get(key, Counter()), key
        elif key in fewer:  # extra dates or rules left out, and said so: no visit added
            assert not got_series.get(key, Counter()) - wanted_series.get(key, Counter()), key
