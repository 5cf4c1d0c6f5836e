"""``caregiver-app summary``: the same PDF from the command line, checked before any work."""

import os
import stat
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4

from caregiver_app.cli import output_file
from caregiver_app.cli.main import main
from caregiver_app.services import atomic_file
from caregiver_app.services.visit_summary.text import save_concerns
from caregiver_app.store.home_clock import forget_home_zone
from caregiver_app.store.opening import open_store
from tests.helpers.time_zone import local_time_zone
from tests.helpers.visit_summary_record import END, START, fill_record

PERIOD = ["--from", START.isoformat(), "--to", END.isoformat()]


@pytest.fixture
def record(data_dir):
    database = open_store(data_dir)
    try:
        fill_record()
        save_concerns(["Breathless at night <b>", "Not eating"])
    finally:
        database.close()
    return data_dir


def read(path) -> tuple[int, str, tuple[float, float]]:
    document = pypdfium2.PdfDocument(path)
    try:
        text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
        return len(document), text, document[0].get_size()
    finally:
        document.close()


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("caregiver-app: ")
    return err


def test_summary_writes_the_pdf_with_every_section(record, tmp_path, capsys):
    out = tmp_path / "summary.pdf"
    assert main(["summary", *PERIOD, "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    pages, text, _size = read(out)
    assert pages >= 1
    for heading in (
        "Main concerns",
        "Breathless at night <b>",  # kept from the window, printed as typed
        "Symptoms (ESAS-r)",
        "Breakthrough doses",
        "Medicines",
        "Diary notes for the team and from days with a severe score",
        "Upcoming appointments",
        "Questions for this visit",
        "Key contacts",
        "Plan agreed at this visit",
    ):
        assert heading in text, heading
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_sections_and_paper_can_be_chosen(record, tmp_path):
    out = tmp_path / "summary.pdf"
    arguments = ["summary", *PERIOD, "-o", str(out), "--sections", "doses, Medicines"]
    assert main([*arguments, "--paper", "a4", "--team-notes-only"]) == 0
    _pages, text, size = read(out)
    assert "Breakthrough doses" in text and "Medicines" in text
    assert "Symptoms (ESAS-r)" not in text and "Main concerns" not in text
    assert (round(size[0]), round(size[1])) == (round(A4[0]), round(A4[1]))


@pytest.mark.parametrize(
    "arguments",
    [
        ["--from", END.isoformat(), "--to", START.isoformat()],  # reversed
        ["--from", "2026-02-30", "--to", END.isoformat()],  # no such day
        ["--from", "yesterday", "--to", END.isoformat()],
        ["--from", "2999-01-01", "--to", "2999-01-02"],  # in the future
        [*PERIOD, "--sections", "symptoms,charts"],
        [*PERIOD, "--sections", ","],
    ],
    ids=["reversed", "invalid", "words", "future", "unknown-section", "no-section"],
)
def test_bad_dates_or_sections_exit_2_with_one_line_and_write_nothing(
    record, tmp_path, capsys, arguments
):
    out = tmp_path / "summary.pdf"
    assert main(["summary", *arguments, "-o", str(out)]) == 2
    one_line_error(capsys)
    assert list(tmp_path.iterdir()) == [record]


def test_an_output_that_cannot_be_written_exits_2_before_any_work(data_dir, tmp_path, capsys):
    missing = tmp_path / "no-such-folder" / "summary.pdf"
    assert main(["summary", *PERIOD, "-o", str(missing)]) == 2
    assert "does not exist" in one_line_error(capsys)
    assert main(["summary", *PERIOD, "-o", str(tmp_path)]) == 2
    assert "is a folder" in one_line_error(capsys)
    assert not data_dir.exists()  # checked before the record was even opened


def test_a_read_only_folder_exits_2(data_dir, tmp_path, capsys, monkeypatch):
    # Tests may run as root, who can write anywhere: the permission check itself answers no.
    monkeypatch.setattr(output_file.os, "access", lambda *_args: False)
    assert main(["summary", *PERIOD, "-o", str(tmp_path / "summary.pdf")]) == 2
    assert "cannot write in the folder" in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file(record, tmp_path, capsys, monkeypatch):
    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", refuse)
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["summary", *PERIOD, "-o", str(folder / "summary.pdf")]) == 2
    error = one_line_error(capsys)
    assert "the disk is full" in error and str(folder / "summary.pdf") in error
    assert list(folder.iterdir()) == []


def test_the_summary_command_loads_no_gui_module(record, tmp_path):
    script = (
        "import sys\n"
        "from caregiver_app.cli.main import main\n"
        f"code = main(['summary', '--from', '{START}', '--to', '{END}', '-o', sys.argv[1]])\n"
        "gui = [n for n in sys.modules if n.startswith(('PySide6.QtWidgets', 'PySide6.QtGui'))]\n"
        "print(code, gui)\n"
    )
    out = tmp_path / "summary.pdf"
    result = subprocess.run(
        [sys.executable, "-c", script, str(out)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"
    assert out.exists()


# Always a day or two apart: Kiritimati is 14 hours ahead of UTC, Pago Pago 11 behind.
KIRITIMATI, PAGO_PAGO = "Pacific/Kiritimati", "Pacific/Pago_Pago"


def _record_at_home_in(zone: str, data_dir) -> None:
    open_store(data_dir, new_home_zone=zone).close()
    forget_home_zone()  # as a new run of the command starts, before it reads the record


def test_today_at_home_is_not_in_the_future_on_a_laptop_a_day_behind(data_dir, tmp_path, capsys):
    _record_at_home_in(KIRITIMATI, data_dir)
    home_day = datetime.now(ZoneInfo(KIRITIMATI)).date().isoformat()
    out = tmp_path / "summary.pdf"
    with local_time_zone(PAGO_PAGO):
        # Before: refused as "in the future" by this laptop's date, before the record was read.
        assert main(["summary", "--from", home_day, "--to", home_day, "-o", str(out)]) == 0
    assert out.exists()


def test_tomorrow_at_home_is_in_the_future_on_a_laptop_a_day_ahead(data_dir, tmp_path, capsys):
    _record_at_home_in(PAGO_PAGO, data_dir)
    here_day = datetime.now(ZoneInfo(KIRITIMATI)).date().isoformat()
    out = tmp_path / "summary.pdf"
    with local_time_zone(KIRITIMATI):
        assert main(["summary", "--from", here_day, "--to", here_day, "-o", str(out)]) == 2
    assert f"--from {here_day} is in the future" in one_line_error(capsys)
    assert not out.exists()
