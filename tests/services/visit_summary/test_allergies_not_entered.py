"""A summary made before the allergies were entered says so, instead of saying nothing.

Before, a family who skipped the profile on the first evening printed a summary with no
allergies line at all, which a clinic reads as "no allergies"; the medicine chart from the
same record already said they were not entered.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time, timedelta

import pypdfium2
import pytest

from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import ProfileData, save_profile

TODAY = date.today() - timedelta(days=1)  # yesterday: every hour of it has come, at any hour


def _summary_text(folder, tmp_path) -> str:
    out = tmp_path / "summary.pdf"
    result = subprocess.run(
        [
            sys.executable, "-m", "caregiver_app", "--data-dir", str(folder), "summary",
            "--from", (TODAY - timedelta(days=7)).isoformat(), "--to", TODAY.isoformat(),
            "-o", str(out),
        ],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = pypdfium2.PdfDocument(str(out))
    try:
        return " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.mark.parametrize(
    ("profile", "said"),
    [
        (None, "Allergies: not entered in this record."),  # the profile was skipped
        (ProfileData(patient_name="Rosa Delgado"), "Allergies: not entered in this record."),
        (ProfileData(patient_name="Rosa Delgado", allergies="none known"), "Allergies: none known"),
    ],
)
def test_the_allergies_line_says_what_was_entered_or_that_nothing_was(tmp_path, profile, said):
    folder = tmp_path / "record"
    database = open_store(folder)
    try:
        if profile is not None:
            save_profile(profile)
        save_entry(EntryRecord(recorded_at=datetime.combine(TODAY, time(8, 0)), scores={"pain": 6}))
    finally:
        database.close()

    text = _summary_text(folder, tmp_path)

    assert said in text
