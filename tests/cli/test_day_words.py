"""A day on the command line that is written right but is not in the calendar is said so,
not called "not a date like 2026-11-29" (which reads as a complaint about its shape)."""

from __future__ import annotations

import pytest

from tests.helpers.record_snapshot import files_in, one_line, run_cli


@pytest.mark.parametrize(
    ("words", "typed", "sentence"),
    [
        (["diary", "export", "--from", "2026-02-30"], "2026-02-30", "there is no day"),
        (["calendar", "export", "--to", "2027-02-29"], "2027-02-29", "there is no day"),
        (["meds", "export", "--from", "2026-13-01"], "2026-13-01", "there is no day"),
        (["diary", "export", "--from", "yesterday"], "yesterday", "is not a date like"),
        (["diary", "export", "--to", "29/11/2026"], "29/11/2026", "is not a date like"),
    ],
)
def test_a_day_not_in_the_calendar_is_said_so(tmp_path, words, typed, sentence):
    out = tmp_path / "out" / "export.csv"
    out.parent.mkdir()

    result = run_cli(*words, out, data_dir=tmp_path / "record")

    assert result.returncode == 2
    line = one_line(result)
    assert sentence in line and typed in line and "2026-11-29" in line, line
    assert files_in(tmp_path / "out") == [] and files_in(tmp_path / "record") == []
