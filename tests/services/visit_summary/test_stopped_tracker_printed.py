"""A tracker the family stopped following still prints its scores of the period.

Stopping a tracker only takes it off the form of new entries; the team reading the
summary must still see how that symptom went while it was scored.
"""

from __future__ import annotations

from datetime import timedelta

import pypdfium2

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.store.diary.entries import EntryRecord, list_trackers, save_entries
from caregiver_app.store.diary.trackers import set_tracker_followed, tracker_rows
from tests.helpers.visit_summary_record import END, NOW, START, at, request


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


def test_a_stopped_trackers_scores_in_the_period_still_print(store, tmp_path):
    save_entries(
        [
            EntryRecord(at(END - timedelta(days=9)), trackers={"Hiccups": 6, "Cough": 2}),
            EntryRecord(at(END - timedelta(days=2)), trackers={"Hiccups": 4, "Cough": 3}),
            # In the period before: the change since then, not this period's numbers.
            EntryRecord(at(START - timedelta(days=3)), trackers={"Hiccups": 10}),
        ]
    )
    hiccups = next(row for row in tracker_rows() if row.name == "Hiccups")
    set_tracker_followed(hiccups.id, False)  # Diary > Trackers: Stop following
    assert list_trackers() == ["Cough"]

    pdf = summary_pdf_bytes(collect_summary(request(), NOW))
    (tmp_path / "summary.pdf").write_bytes(pdf)
    text = _text(pdf)
    assert "Cough (family's tracker)" in text
    row = text[text.index("Hiccups (family's tracker)") :]
    # Latest 4 (moderate), average 5.0, worst 6; down 5.0 from the 10.0 of the period before.
    assert row.startswith("Hiccups (family's tracker) 4 moderate 5.0 6 −5.0 (10.0)"), row[:120]
