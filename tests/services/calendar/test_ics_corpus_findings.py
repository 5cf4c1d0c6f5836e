"""What the public calendar corpus found, each as the command a person runs.

Two different DTSTARTs skip that event only; bare VEVENTs (no VCALENDAR around them) are
read and the import says so; a file with no event to import, or none that can be, is
refused in one line, with nothing written; a multi-line text exports.
"""

from __future__ import annotations

import icalendar
import pytest
import recurring_ical_events

from tests.helpers.record_snapshot import files_in, make_demo_record, one_line, record_rows, run_cli

GOOD = "BEGIN:VEVENT\r\nUID:good@example.org\r\nSUMMARY:Oncology review\r\n"
GOOD += "DTSTART:20261201T100000Z\r\nDESCRIPTION:Bring the list\\nand the questions\r\n"
GOOD += "END:VEVENT\r\n"
TWICE = "BEGIN:VEVENT\r\nUID:twice@example.org\r\nSUMMARY:Which one?\r\n"
TWICE += "DTSTART:20261202T100000Z\r\nDTSTART:20261202T120000Z\r\nEND:VEVENT\r\n"


def _calendar(body: str) -> str:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{body}END:VCALENDAR\r\n"


def test_two_starts_skip_that_event_and_the_rest_import(tmp_path):
    file = tmp_path / "two-starts.ics"
    file.write_text(_calendar(TWICE + GOOD), encoding="utf-8")
    result = run_cli("calendar", "import", file, data_dir=tmp_path / "record")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 1 appointment, updated 0, skipped 1 event"
    assert result.stderr.splitlines() == [
        "skipped event 1 (Which one?): it has 2 different DTSTART values; an event has one"
    ]


def test_bare_events_are_read_and_the_import_says_there_was_no_wrapper(tmp_path):
    file = tmp_path / "bare.ics"
    file.write_text(GOOD, encoding="utf-8")
    result = run_cli("calendar", "import", file, data_dir=tmp_path / "record")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 1 appointment, updated 0, skipped 0 events"
    assert "no calendar wrapper (BEGIN:VCALENDAR)" in result.stderr
    export = tmp_path / "export.ics"
    assert run_cli("calendar", "export", export, data_dir=tmp_path / "record").returncode == 0
    calendar = icalendar.Calendar.from_ical(export.read_bytes())
    (event,) = recurring_ical_events.of(calendar).at(2026)
    assert str(event["DESCRIPTION"]) == "Bring the list\nand the questions"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (_calendar(""), "holds no events (appointments) to import"),
        ("BEGIN:VTIMEZONE\r\nTZID:Custom\r\nEND:VTIMEZONE\r\n", "holds no events"),
        (_calendar(TWICE), "only event cannot be imported: event 1 (Which one?)"),
        (_calendar(TWICE + TWICE.replace("twice@", "again@")), "None of the file's 2 events"),
        ("BEGIN:VTODO\r\nSUMMARY:Call the nurse\r\nEND:VTODO\r\n", "no calendar"),
        (
            _calendar(
                "BEGIN:VEVENT\r\nUID:far@x\r\nSUMMARY:Far\r\nDTSTART:99991231T100000\r\n"
                "END:VEVENT\r\n"
            ),
            "only event cannot be imported: event 1 (Far)",
        ),
    ],
)
def test_a_file_with_nothing_to_import_is_refused_in_one_line(tmp_path, body, says):
    record = tmp_path / "record"
    make_demo_record(record)
    before = record_rows(record), files_in(record)
    file = tmp_path / "nothing.ics"
    file.write_text(body, encoding="utf-8")
    result = run_cli("calendar", "import", file, data_dir=record)
    assert result.returncode == 2
    line = one_line(result)
    assert says in line and line.endswith("Nothing was imported.")
    assert ".." not in line  # before: "... between 1900 and 2200.. Nothing was imported."
    assert (record_rows(record), files_in(record)) == before
