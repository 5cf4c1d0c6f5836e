"""The diary as a CSV file: export, import, and every way a file is refused."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.cli.main import main
from caregiver_app.services.diary.csv_file import (
    DiaryCsvError,
    DiaryImportCounts,
    export_csv,
    import_parsed,
    read_csv,
)
from caregiver_app.store.diary.entries import (
    EntryRecord,
    entries_between,
    list_trackers,
    save_entries,
)
from caregiver_app.store.opening import open_store

HEADER = (
    "recorded_at,completed_by,pain,tiredness,drowsiness,nausea,lack_of_appetite,"
    "shortness_of_breath,depression,anxiety,wellbeing,other_problem,other_score,note"
)
ALL_SCORES = HEADER.split(",")[2:11]


def _scores(*values):
    return dict(zip(ALL_SCORES, values, strict=True))


def _sample_entries() -> list[EntryRecord]:
    """Entries exercising everything a file carries."""
    return [
        EntryRecord(
            recorded_at=datetime(2024, 3, 1, 8, 0),
            completed_by="patient",
            scores=_scores(0, 1, 2, 3, 4, 5, 6, 7, 10),
            other_problem="Hiccups, on and off",
            other_problem_score=4,
            note='He said "enough, thanks", then slept;\nwoke at 3 am\r\nand again at 5',
        ),
        EntryRecord(
            recorded_at=datetime(2024, 3, 1, 8, 0),  # same minute, different entry
            completed_by="family_caregiver",
            scores=_scores(9, None, None, None, None, None, None, None, None),
            note="same time, second entry",
        ),
        EntryRecord(
            recorded_at=datetime(2024, 3, 2, 21, 15, 30),
            completed_by="family_caregiver",
            scores=_scores(6, None, 3, None, None, 8, None, None, 5),
            note="今天疼痛加剧，服药后好转。 الألم أقل اليوم 🙂👍🏽 ,\"'=SUM(A1)",
            trackers={"Cough": 5, "便秘": 0},
            temperature_c=37.8,
            oxygen_saturation=93,
            oxygen_flow_lpm=2.5,
            weight_kg=61.4,
        ),
        EntryRecord(
            recorded_at=datetime(2024, 3, 3, 12, 0),
            completed_by="health_professional",
            scores=_scores(*[None] * 9),
            weight_kg=70.0,
            trackers={"Cough": 10},
        ),
        EntryRecord(
            recorded_at=datetime(2024, 3, 4, 0, 0),
            other_problem="Itch",
            note="=1+1\ttab\n\nblank line above",
        ),
    ]


def _fill(data_dir, entries):
    database = open_store(data_dir)
    try:
        save_entries(entries)
    finally:
        database.close()


def _read_back(data_dir):
    database = open_store(data_dir)
    try:
        return entries_between(None, None), list_trackers(active_only=False)
    finally:
        database.close()


def _comparable(record: EntryRecord) -> dict:
    values = dataclasses.asdict(record)
    del values["id"]
    return values


def _one_line(err: str) -> str:
    assert err.startswith("caregiver-app: ") and err.count("\n") == 1, err
    return err.strip()


@pytest.fixture
def eastern_time():
    """Local time is North American Eastern (with its DST changes) for the test."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "EST5EDT,M3.2.0,M11.1.0"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


# ---------------------------------------------------------------- export and round trip


def test_round_trip_reproduces_every_entry(data_dir, tmp_path, capsys):
    _fill(data_dir, _sample_entries())
    out = tmp_path / "diary.csv"
    assert main(["diary", "export", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"exported 5 entries to {out}"
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600

    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "diary", "import", str(out)]) == 0
    assert capsys.readouterr().out.strip() == "imported 5 entries, 0 already there"

    original, original_trackers = _read_back(data_dir)
    copied, copied_trackers = _read_back(fresh)
    assert [_comparable(r) for r in copied] == [_comparable(r) for r in original]
    assert copied_trackers == original_trackers == ["Cough", "便秘"]
    assert copied[2].note.startswith("今天疼痛加剧") and copied[0].note.count("\n") == 2


def test_export_layout_header_quoting_and_line_ends(store, tmp_path):
    save_entries(_sample_entries())
    out = tmp_path / "diary.csv"
    assert export_csv(out) == 5
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    first_line = data.split(b"\r\n", 1)[0].decode("utf-8")
    assert first_line == (
        HEADER + ",vital:temperature_c,vital:oxygen_saturation,vital:oxygen_flow_lpm,"
        "vital:weight_kg,tracker:Cough,tracker:便秘"
    )
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(rows) == 5
    assert rows[0]["completed_by"] == "patient" and rows[0]["wellbeing"] == "10"
    assert rows[1]["completed_by"] == "family caregiver" and rows[1]["tiredness"] == ""
    assert rows[3]["completed_by"] == "health professional"
    assert rows[2]["vital:temperature_c"] == "37.8" and rows[3]["vital:weight_kg"] == "70"
    assert rows[2]["tracker:Cough"] == "5" and rows[2]["tracker:便秘"] == "0"
    assert rows[0]["tracker:Cough"] == ""
    assert rows[0]["note"] == _sample_entries()[0].note


def test_an_esas_only_export_has_exactly_the_specified_columns(store, tmp_path):
    save_entries([EntryRecord(recorded_at=datetime(2024, 5, 1, 9, 0), scores={"pain": 3})])
    out = tmp_path / "diary.csv"
    export_csv(out)
    assert out.read_bytes().split(b"\r\n")[0] == HEADER.encode("ascii")


def test_an_empty_diary_exports_a_header_and_imports_as_nothing(data_dir, tmp_path, capsys):
    out = tmp_path / "empty.csv"
    assert main(["diary", "export", str(out)]) == 0
    assert "exported 0 entries" in capsys.readouterr().out
    assert out.read_bytes() == HEADER.encode("ascii") + b"\r\n"
    assert main(["diary", "import", str(out)]) == 0
    assert capsys.readouterr().out.strip() == "imported 0 entries, 0 already there"
    empty = tmp_path / "nothing.csv"
    empty.write_bytes(b"")
    assert main(["diary", "import", str(empty)]) == 0
    assert capsys.readouterr().out.strip() == "imported 0 entries, 0 already there"


def test_export_from_to_is_inclusive(data_dir, tmp_path, capsys):
    _fill(data_dir, _sample_entries())
    out = tmp_path / "days.csv"
    assert main(["diary", "export", str(out), "--from", "2024-03-02", "--to", "2024-03-03"]) == 0
    assert capsys.readouterr().out.strip() == f"exported 2 entries to {out}"
    parsed = read_csv(out.read_bytes())
    assert [e.recorded_at.day for e in parsed.entries] == [2, 3]
    assert main(["diary", "export", str(out), "--from", "2024-03-03"]) == 0
    assert "exported 2 entries" in capsys.readouterr().out
    assert main(["diary", "export", str(out), "--to", "2024-03-01"]) == 0
    assert "exported 2 entries" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2024-13-01"],
        ["--to", "yesterday"],
        ["--from", "2024-03-05", "--to", "2024-03-01"],
    ],
)
def test_bad_export_dates_are_usage_errors(data_dir, tmp_path, capsys, args):
    out = tmp_path / "days.csv"
    assert main(["diary", "export", str(out), *args]) == 2
    _one_line(capsys.readouterr().err)
    assert not out.exists() and not data_dir.exists()


def test_export_to_an_unwritable_place_is_exit_2(data_dir, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["diary", "export", str(blocker / "diary.csv")]) == 2
    _one_line(capsys.readouterr().err)


# ---------------------------------------------------------------- import


def test_importing_twice_adds_nothing_the_second_time(data_dir, tmp_path, capsys):
    _fill(data_dir, _sample_entries())
    out = tmp_path / "diary.csv"
    assert main(["diary", "export", str(out)]) == 0
    assert main(["diary", "import", str(out)]) == 0
    assert capsys.readouterr().out.strip().endswith("imported 0 entries, 5 already there")

    fresh = tmp_path / "fresh"
    for expected in ("imported 5 entries, 0 already there", "imported 0 entries, 5 already there"):
        assert main(["--data-dir", str(fresh), "diary", "import", str(out)]) == 0
        assert capsys.readouterr().out.strip() == expected
    assert len(_read_back(fresh)[0]) == 5


def test_an_entry_that_differs_in_anything_is_imported(store):
    text = (
        HEADER + ",tracker:Cough\r\n"
        "2024-03-01T08:00,,3,,,,,,,,,,,same,1\r\n"
        "2024-03-01T08:00,,3,,,,,,,,,,,same,1\r\n"  # the same entry twice in one file
        "2024-03-01T08:00,,3,,,,,,,,,,,same,2\r\n"
        "2024-03-01T08:00,patient,3,,,,,,,,,,,same,1\r\n"
        "2024-03-01T08:00,,3,,,,,,,,,,,other note,1\r\n"
    )
    counts = import_parsed(read_csv(text.encode("utf-8")))
    assert counts == DiaryImportCounts(imported=4, already_there=1)
    assert import_parsed(read_csv(text.encode("utf-8"))) == DiaryImportCounts(0, 5)


def test_service_round_trip_and_bom(store, tmp_path):
    save_entries(_sample_entries())
    out = tmp_path / "diary.csv"
    export_csv(out)
    parsed = read_csv(b"\xef\xbb\xbf" + out.read_bytes())
    assert len(parsed.entries) == 5 and parsed.trackers == ["Cough", "便秘"]
    assert import_parsed(parsed) == DiaryImportCounts(imported=0, already_there=5)


def test_a_hand_made_file_is_read_leniently(store):
    text = (
        "\ufeffRecorded_At , Pain,completed_by,Tracker: Nausea at night,vital:weight_kg,note\n"
        "\n"
        '2024-03-01 08:00,  7 ,Family_Caregiver,2,"61,5",\n'
        ",,,,,\n"
        '2024-03-01T09:00:00.750,,HEALTH PROFESSIONAL,,,"Line one\nline two"\n'
    )
    parsed = read_csv(text.encode("utf-8"))
    first, second = parsed.entries
    assert first.scores["pain"] == 7 and first.completed_by == "family_caregiver"
    assert first.trackers == {"Nausea at night": 2} and first.weight_kg == 61.5
    assert second.recorded_at == datetime(2024, 3, 1, 9, 0)
    assert second.completed_by == "health_professional" and second.trackers == {}
    import_parsed(parsed)
    assert "Nausea at night" in list_trackers()


def test_a_tracker_column_creates_the_tracker_even_with_no_scores(store):
    parsed = read_csv((HEADER + ",tracker:Hiccups\r\n").encode("utf-8"))
    assert import_parsed(parsed) == DiaryImportCounts(0, 0)
    assert list_trackers() == ["Hiccups"]


def test_offsets_are_converted_to_local_time(store, eastern_time, tmp_path):
    text = (
        "recorded_at,pain\r\n"
        "2024-01-15T14:28:00Z,1\r\n"  # UTC: 09:28 in winter (EST, -05:00)
        "2024-07-15T09:28:00-04:00,2\r\n"  # already local summer time
        "2024-01-15T09:28:00+01:00,3\r\n"  # Paris: 03:28 in New York
        "2024-07-15T09:28:00,4\r\n"  # no offset: local time as written
    )
    entries = read_csv(text.encode("ascii")).entries
    assert [e.recorded_at for e in entries] == [
        datetime(2024, 1, 15, 9, 28),
        datetime(2024, 7, 15, 9, 28),
        datetime(2024, 1, 15, 3, 28),
        datetime(2024, 7, 15, 9, 28),
    ]
    import_parsed(read_csv(text.encode("ascii")))
    out = tmp_path / "diary.csv"
    export_csv(out)
    times = [line.split(",")[0] for line in out.read_text("utf-8").splitlines()[1:]]
    assert times == [
        "2024-01-15T03:28:00-05:00",
        "2024-01-15T09:28:00-05:00",
        "2024-07-15T09:28:00-04:00",
        "2024-07-15T09:28:00-04:00",
    ]


def test_times_around_clock_changes_round_trip_exactly(data_dir, eastern_time, tmp_path, capsys):
    moments = [
        datetime(2024, 3, 10, 2, 30),  # skipped when clocks went forward
        datetime(2024, 11, 3, 1, 30),  # happened twice when clocks went back
        datetime(2024, 11, 3, 3, 0),
    ]
    _fill(data_dir, [EntryRecord(recorded_at=m, scores={"pain": 1}) for m in moments])
    out = tmp_path / "diary.csv"
    assert main(["diary", "export", str(out)]) == 0
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "diary", "import", str(out)]) == 0
    assert [e.recorded_at for e in _read_back(fresh)[0]] == moments


# ---------------------------------------------------------------- refusals


def _future() -> str:
    return (datetime.now() + timedelta(days=2)).isoformat(timespec="minutes")


def _row(**cells) -> str:
    values = {name: "" for name in HEADER.split(",")}
    values.update({"recorded_at": "2024-03-01T08:00", **cells})
    return ",".join(values.values())


REFUSALS = {
    "score of 11": (
        (HEADER + "\r\n" + _row(pain="3") + "\r\n" + _row(pain="11") + "\r\n").encode(),
        "row 3, column pain: 11 is not a score from 0 to 10.",
    ),
    "score not a number": (
        (HEADER + "\r\n" + _row(anxiety="severe") + "\r\n").encode(),
        "row 2, column anxiety: severe is not a score from 0 to 10.",
    ),
    "bad date": (
        (HEADER + "\r\n" + _row(recorded_at="29/11/2024 09:28") + "\r\n").encode(),
        "row 2, column recorded_at: 29/11/2024 09:28 is not a date and time",
    ),
    "date without time": (
        (HEADER + "\r\n" + _row(recorded_at="2024-11-29") + "\r\n").encode(),
        "row 2, column recorded_at: 2024-11-29 has no time of day",
    ),
    "empty date": (
        (HEADER + "\r\n" + _row(recorded_at="", pain="3") + "\r\n").encode(),
        "row 2, column recorded_at: it is empty",
    ),
    "future date": (
        (HEADER + "\r\n" + _row(recorded_at=_future()) + "\r\n").encode(),
        "row 2, column recorded_at: ",
    ),
    "unknown column": (
        (HEADER + ",colour\r\n" + _row() + ",blue\r\n").encode(),
        "row 1, column colour: this is not a column of a diary file.",
    ),
    "unknown vital": (
        (HEADER + ",vital:pulse\r\n" + _row() + ",80\r\n").encode(),
        "row 1, column vital:pulse: the diary records no such vital sign",
    ),
    "repeated column": (
        (HEADER + ",pain\r\n" + _row() + ",1\r\n").encode(),
        "row 1, column pain: this column appears twice",
    ),
    "no recorded_at column": (
        b"pain,note\r\n3,x\r\n",
        "row 1, column recorded_at: the first row has no such column",
    ),
    "too few fields": (
        (HEADER + "\r\n" + _row() + "\r\n" + _row().rsplit(",", 1)[0] + "\r\n").encode(),
        "row 3, column note: this value is missing: the row has 13 values",
    ),
    "too many fields": (
        (HEADER + "\r\n" + _row(note="a, b") + "\r\n").encode(),
        "row 2, column 15: there is no such column: the row has 15 values",
    ),
    "other score without other problem": (
        (HEADER + "\r\n" + _row(other_score="6") + "\r\n").encode(),
        "row 2, column other_score: there is a score but no other_problem",
    ),
    "unknown completed_by": (
        (HEADER + "\r\n" + _row(completed_by="nurse") + "\r\n").encode(),
        "row 2, column completed_by: \u201cnurse\u201d is not who completes an entry",
    ),
    "vital out of range": (
        (HEADER + ",vital:temperature_c\r\n" + _row() + ",52\r\n").encode(),
        "row 2, column vital:temperature_c: 52 is outside what can be recorded",
    ),
    "tracker score of 12": (
        (HEADER + ",tracker:Cough\r\n" + _row() + ",12\r\n").encode(),
        "row 2, column tracker:Cough: 12 is not a score from 0 to 10.",
    ),
    "UTF-8 with a damaged byte": (
        (HEADER + "\r\n" + _row(note="caf\u00e9") + "\r\n").encode() + b"\xff\r\n",
        "row 3, column recorded_at: this is not UTF-8 text.",
    ),
    "text that is not a diary": (
        b"Dear Dr Okafor,\nthe pain is worse.\n",
        "row 1, column Dear Dr Okafor: this is not a column of a diary file.",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_bad_file_is_refused_whole_and_nothing_is_written(data_dir, tmp_path, capsys, case):
    data, expected = REFUSALS[case]
    source = tmp_path / "diary.csv"
    source.write_bytes(data)
    assert main(["diary", "import", str(source)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert expected in line
    assert line.startswith("caregiver-app: row ") and ", column " in line
    assert line.endswith("Nothing was imported.")
    assert not data_dir.exists()
    with pytest.raises(DiaryCsvError) as raised:
        read_csv(data)
    assert "\n" not in str(raised.value)


def test_a_refused_file_leaves_an_existing_record_unchanged(data_dir, tmp_path, capsys):
    _fill(data_dir, _sample_entries())
    before = _read_back(data_dir)
    good_rows = "".join(_row(pain=str(n), note=f"new {n}") + "\r\n" for n in range(10))
    source = tmp_path / "diary.csv"
    source.write_text(
        HEADER
        + ",tracker:Brand new\r\n"
        + good_rows.replace("\r\n", ",1\r\n")
        + _row(pain="11")
        + ",1\r\n",
        encoding="utf-8",
    )
    assert main(["diary", "import", str(source)]) == 2
    assert "row 12, column pain" in _one_line(capsys.readouterr().err)
    assert _read_back(data_dir) == before


def test_a_huge_file_is_refused_before_it_is_read(data_dir, tmp_path, capsys):
    source = tmp_path / "huge.csv"
    with open(source, "wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    assert main(["diary", "import", str(source)]) == 2
    assert "too large" in _one_line(capsys.readouterr().err)
    assert not data_dir.exists()


def test_a_missing_file_is_exit_2(data_dir, tmp_path, capsys):
    assert main(["diary", "import", str(tmp_path / "missing.csv")]) == 2
    assert "cannot be read" in _one_line(capsys.readouterr().err)
    assert not data_dir.exists()


def test_a_message_never_spans_lines_or_carries_control_characters():
    data = (HEADER + ',"\x1b[31mred\nline"\r\n' + _row() + ",x\r\n").encode()
    with pytest.raises(DiaryCsvError) as raised:
        read_csv(data)
    message = str(raised.value)
    assert "\n" not in message and "\x1b" not in message and "[31mred line" in message


# ---------------------------------------------------------------- fuzzing and layers

_CELLS = st.sampled_from(
    [
        "",
        "0",
        "10",
        "11",
        "-1",
        "٣",
        "9" * 5000,
        "2024-03-01T08:00",
        "2024-03-01T08:00+14:00",
        "0001-01-01T00:00-23:59",
        "9999-12-31T23:59:59+00:00",
        "patient",
        "nurse",
        "37,5",
        "nan",
        '"',
        "\r",
        "\x00",
        "tracker:",
        "vital:weight_kg",
        "other_score",
    ]
)
_NAMES = st.sampled_from([*HEADER.split(","), "tracker:Cough", "vital:weight_kg", "x", ""])


@st.composite
def _diary_like_files(draw) -> bytes:
    header = ["recorded_at", *draw(st.lists(_NAMES, max_size=16, unique=True))]
    if draw(st.booleans()):
        header = draw(st.permutations(header))
    width = len(header) + draw(st.sampled_from([0, 0, 0, -1, 1]))
    cell = _CELLS | st.text(max_size=8)
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), max_size=5))
    for row in rows:
        if row and draw(st.booleans()):  # often a time that reads, so later cells are reached
            row[0] = draw(st.sampled_from(["2024-03-01T08:00", "2024-03-01 08:00:00Z"]))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"])))
    writer.writerows([header, *rows])
    return buffer.getvalue().encode("utf-8")


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.binary(max_size=400) | st.text(max_size=300).map(str.encode) | _diary_like_files())
def test_reading_any_bytes_only_ever_raises_diary_csv_error(data):
    try:
        parsed = read_csv(data)
    except DiaryCsvError as error:
        assert "\n" not in str(error)
    else:
        assert all(isinstance(entry, EntryRecord) for entry in parsed.entries)


HEADLESS = r"""
import os, sys, tempfile
from caregiver_app.cli.main import main
out = os.path.join(tempfile.mkdtemp(), "diary.csv")
assert main(["diary", "export", out]) == 0
assert main(["diary", "import", out]) == 0
gui = sorted(n for n in sys.modules if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui")))
print("GUI:" + ",".join(gui))
"""


def test_the_diary_commands_are_headless(data_dir):
    result = subprocess.run(
        [sys.executable, "-c", HEADLESS], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("GUI:"), result.stdout
