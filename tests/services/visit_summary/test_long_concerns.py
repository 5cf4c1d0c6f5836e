"""Main concerns pasted at length (a page or more of text in the three boxes): the summary
is made and prints them whole, beside the diagnosis or alone. (The box could not be split
across pages: the summary failed with a layout error; traceback, exit 1; no pages.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caregiver_app.services.visit_summary.text import save_concerns
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import ProfileData, save_profile
from tests.cli.test_cli import run_cli
from tests.services.visit_summary.test_visit_summary_pdf import text_of

END = date.today() - timedelta(days=1)
START = END - timedelta(days=13)
CONCERNS = [
    f"Concern {n}: " + "she wakes breathless and frightened and we do not know what to do " * 40
    + f"(end of concern {n})"
    for n in (1, 2, 3)
]


@pytest.mark.parametrize("diagnosis", ["", "Non-small cell lung cancer, stage 4"])
def test_long_concerns_are_printed_whole(data_dir, tmp_path, diagnosis):
    database = open_store(data_dir)
    try:
        save_profile(ProfileData(patient_name="Rosa Delgado", diagnosis=diagnosis))
        save_concerns(CONCERNS)
    finally:
        database.close()
    out = tmp_path / "summary.pdf"
    period = ["--from", START.isoformat(), "--to", END.isoformat()]
    result = run_cli("--data-dir", str(data_dir), "summary", *period, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = text_of(out.read_bytes())
    for n in (1, 2, 3):
        assert f"(end of concern {n})" in text
