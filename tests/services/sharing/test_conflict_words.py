"""The phrase naming what a conflict was about: with its date, without one, or by its name."""

from __future__ import annotations

import pytest

from caregiver_app.services.sharing.conflict_words import plain_date, what_changed

DAY = "2026-03-12T10:05:00"


@pytest.mark.parametrize(
    ("table", "column", "dated", "undated"),
    [
        ("diary_entry", "recorded_at", "the diary entry of ", "a diary entry"),
        ("appointment", "starts_at", "the appointment on ", "an appointment"),
        ("appointment_change", "original_start", "the appointment on ", "an appointment"),
        ("breakthrough_dose", "given_at", "the as-needed dose of ", "an as-needed dose"),
        ("administration", "scheduled_for", "the dose due on ", "a scheduled dose"),
        ("supply_event", "recorded_at", "the supply count of ", "a supply count"),
    ],
)
def test_a_dated_row_is_named_by_its_day_or_without_one(table, column, dated, undated) -> None:
    assert what_changed(table, {column: DAY}) == dated + plain_date(DAY)
    assert what_changed(table, {column: "not a date"}) == dated + "not a date"
    # Unknown stays unknown: no day is made up for a row without one.
    assert what_changed(table, {column: None}) == undated
    assert what_changed(table, {"name": "Tom"}) == undated


def test_other_rows_are_named_by_their_name_or_their_kind() -> None:
    assert what_changed("contact", {"name": "Dr Lee"}) == "the contact Dr Lee"
    assert what_changed("medicine", {"name": "Morphine"}) == "the medicine Morphine"
    assert what_changed("tracker", {"name": None}) == "the symptom "
    assert what_changed("profile", {"recorded_at": DAY}) == "the profile"
    assert what_changed("question", {}) == "a question for the care team"
    assert what_changed("no_such_table", {"name": "x"}) == "a part of the record"
