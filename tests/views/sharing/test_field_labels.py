"""The other version of a row changed on two computers names each field as the forms do,
in the family's language: never a column's name spelled out in English."""

from __future__ import annotations

from caregiver_app.store.sync.tables import shared_tables
from caregiver_app.views.sharing.field_labels import HIDDEN, LABELS, field_label


def _shown_columns() -> set[str]:
    """Every column of a shared table the other version can show (references and
    bookkeeping left out, as the dialog leaves them out)."""
    shown: set[str] = set()
    for table in shared_tables().values():
        shown |= {
            column
            for column in table.columns
            if column not in HIDDEN and column not in table.references and column != "id"
        }
    return shown


def test_every_field_shown_has_a_name(store) -> None:
    assert sorted(_shown_columns() - LABELS.keys()) == []


def test_the_names_are_in_the_familys_language(store, spanish) -> None:
    spelled_out = {
        column: field_label(column)
        for column in _shown_columns()
        if field_label(column) == column.replace("_", " ").capitalize()
    }
    assert spelled_out == {}
    assert field_label("shortness_of_breath") == "Falta de aire"  # as the diary's form says
    assert field_label("temperature_c") == "Temperatura (°C)"
