"""The summary's "How often" of an as-needed medicine says the limits entered in the app
beside the prescription's words: a breakthrough interval changed at a visit is printed as
it is now, even when the words typed long ago still say the old one."""

from __future__ import annotations

from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from tests.services.visit_summary.test_summary_clock_times import BEFORE, _row, _summary_text


def test_an_interval_changed_at_the_visit_is_printed_beside_the_old_words(store):
    solution = save_medicine(
        MedicineRecord(name="Morphine solution", schedule="up to every 2 hours", as_needed=True),
        BEFORE,
    )
    save_rules(solution, AsNeededRules(min_interval_minutes=60, max_per_day=6))
    text = _summary_text()
    row = text[text.index("Morphine solution") :][:140]
    # Before, only "as needed: up to every 2 hours" was printed: an interval no longer true.
    assert (
        "as needed: up to every 2 hours (at least 1 h between doses, at most 6 in 24 hours)"
        in row.replace("  ", " ")
    )


def test_limits_alone_are_printed_when_no_words_were_typed(store):
    solution = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True), BEFORE)
    save_rules(solution, AsNeededRules(min_interval_minutes=90))
    assert "as needed: at least 1 h 30 min between doses" in _row(
        _summary_text(), "Morphine solution"
    )


def test_no_limit_entered_prints_the_words_alone(store):
    save_medicine(
        MedicineRecord(name="Oxygen", schedule="when short of breath", as_needed=True), BEFORE
    )
    row = _row(_summary_text(), "Oxygen")
    assert "as needed: when short of breath" in row
    assert "between doses" not in row
