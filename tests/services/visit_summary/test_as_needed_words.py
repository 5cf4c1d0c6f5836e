"""An "as needed" medicine whose schedule was typed as "as needed" (or "every 4 hours as
needed") is printed with those words once, not "as needed: as needed"."""

from __future__ import annotations

from datetime import timedelta

import pytest

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from tests.helpers.visit_summary_record import START
from tests.services.visit_summary.test_visit_summary_pdf import build, text_of


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("as needed", "as needed"),
        ("Every 4 hours as needed", "Every 4 hours as needed"),
        ("up to every 2 hours", "as needed: up to every 2 hours"),
        ("", "as needed"),
    ],
)
def test_as_needed_is_said_once(store, typed, printed):
    save_medicine(
        MedicineRecord(
            name="Morphine oral solution",
            strength="10 mg",
            schedule=typed,
            as_needed=True,
            started_on=START - timedelta(days=30),
        )
    )
    text = text_of(build(concerns=()))
    row = text[text.index("Morphine oral solution") :]
    assert f"10 mg {printed}" in row
    assert "as needed: as needed" not in text.casefold()
    assert "as needed: every 4 hours as needed" not in text.casefold()
