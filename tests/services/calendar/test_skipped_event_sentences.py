"""Why an event was skipped, when the reason is one of the calendar's own sentences (a date
out of range, a repeat rule with no dates): one full stop, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from caregiver_app.services.calendar.ics_files import problem_lines
from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics
from caregiver_app.translations import qm_path
from tests.cli.test_cli import run_cli

HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clinic//EN\r\n"
FAR = "BEGIN:VEVENT\r\nUID:far\r\nSUMMARY:Scan\r\nDTSTART:99991231T090000\r\nEND:VEVENT\r\n"
NO_DATES = (
    "BEGIN:VEVENT\r\nUID:feb\r\nSUMMARY:Review\r\nDTSTART:20261210T100000\r\n"
    "RRULE:FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31\r\nEND:VEVENT\r\n"
)
FINE = "BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:Lab\r\nDTSTART:20261210T080000\r\nEND:VEVENT\r\n"


def _file(*events: str) -> bytes:
    return (HEAD + "".join(events) + "END:VCALENDAR\r\n").encode()


def _doubled_stops(text: str) -> bool:
    return ".." in text or "。。" in text or ".。" in text


@pytest.fixture(params=["es", "zh_CN"])
def translated(qapp, request):
    """The app's translation of ``request.param`` in force, as the window installs it."""
    translator = QTranslator()
    assert translator.load(str(qm_path(request.param)))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def test_the_command_says_why_in_one_sentence(data_dir, tmp_path):
    for events, why in ((FAR, "1900 and 2200"), (NO_DATES, "gives no dates")):
        path = tmp_path / "visits.ics"
        path.write_bytes(_file(events))
        result = run_cli("--data-dir", str(data_dir), "calendar", "import", str(path))
        assert result.returncode == 2
        (line,) = result.stderr.splitlines()
        assert why in line and line.endswith("Nothing was imported.")
        assert not _doubled_stops(line), line


@pytest.mark.parametrize("events", [(FAR,), (NO_DATES,), (FAR, NO_DATES)])
def test_the_window_says_why_in_one_sentence_in_each_language(translated, events):
    with pytest.raises(NotICalendarError) as refused:
        read_ics(_file(*events))
    assert not _doubled_stops(str(refused.value)), str(refused.value)


def test_each_skipped_line_ends_once(translated):
    parsed = read_ics(_file(FAR, NO_DATES, FINE))
    assert len(parsed.appointments) == 1
    lines = problem_lines(parsed)
    assert len(lines) == 2
    assert not any(_doubled_stops(line) for line in lines), lines
