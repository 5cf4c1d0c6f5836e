"""Edit > Undo puts a row back only where nothing was written since.

A deleted row is saved again under its old id. Meanwhile the family's folder, the phones'
sync or another program may have written the record: a new row may hold that id now (SQLite
gives a new row the highest id plus one, so a just-deleted last row's id comes round again),
or another computer's later edit may have brought the row itself back under a new id.
Saving it then would overwrite the newer row or show it twice. Likewise a row deleted
since, or last changed by another computer, is not overwritten by an older copy.
"""

from __future__ import annotations

from typing import NamedTuple, TypeVar

from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.database import database_proxy
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.store.diary.entries import EntryRecord
from caregiver_app.store.engine import store_errors
from caregiver_app.store.errors import RowTakenError
from caregiver_app.store.medication.administrations import AdministrationRecord
from caregiver_app.store.models import (
    Administration,
    Appointment,
    BaseModel,
    BreakthroughDose,
    Contact,
    DiaryEntry,
    Question,
)
from caregiver_app.store.questions import QuestionRecord

_Record = TypeVar("_Record")

# The records Edit > Undo can put back after a deletion, and the table each is a row of.
_MODELS: dict[type, type[BaseModel]] = {
    EntryRecord: DiaryEntry,
    ContactRecord: Contact,
    QuestionRecord: Question,
    DoseRecord: BreakthroughDose,
    AppointmentRecord: Appointment,
    AdministrationRecord: Administration,
}


class DeletedRow(NamedTuple):
    """A deleted row: its table, its id, and its name in the family's shared record (if any)."""

    table: str
    row_id: int
    shared_as: str | None


def shared_names(row_id: int) -> dict[str, str]:
    """The shared names of the rows with id ``row_id``, by table (read before deleting one)."""
    with store_errors():
        rows = database_proxy.execute_sql(
            "SELECT tbl, uuid FROM sync_row WHERE row_id = ?", (row_id,)
        ).fetchall()
    return {str(table): str(uuid) for table, uuid in rows}


def deleted_row(record: object, names: dict[str, str]) -> DeletedRow:
    """What to check before putting ``record`` back; ``names`` as read before its deletion."""
    table = _MODELS[type(record)]._meta.table_name
    row_id = record.id  # type: ignore[attr-defined]  # every record has one
    return DeletedRow(table, row_id, names.get(table))


def check_free(row: DeletedRow) -> None:
    """Raise :class:`RowTakenError` if a row holds ``row``'s id now, or the row is back."""
    with store_errors():
        run = database_proxy.execute_sql
        taken = run(f'SELECT 1 FROM "{row.table}" WHERE id = ?', (row.row_id,)).fetchone()
        back = None
        if row.shared_as is not None:
            back = run(
                "SELECT 1 FROM sync_row WHERE uuid = ? AND row_id IS NOT NULL", (row.shared_as,)
            ).fetchone()
    if taken is not None or back is not None:
        raise RowTakenError(row.table)


def check_ours(record: object) -> None:
    """Raise :class:`RowTakenError` if ``record``'s row was last changed by another computer
    of the family (its change came in through the family folder): a step of Edit > Undo
    would overwrite that newer change."""
    table = _MODELS[type(record)]._meta.table_name
    _check_ours(table, record.id)  # type: ignore[attr-defined]  # every record has one


def check_row_ours(row: DeletedRow) -> None:
    """:func:`check_ours` for the row ``row`` names (put back, now to be deleted again)."""
    _check_ours(row.table, row.row_id)


def _check_ours(table: str, row_id: int) -> None:
    with store_errors():
        row = database_proxy.execute_sql(
            "SELECT sync_row.device_id, sync_state.device_id FROM sync_row, sync_state"
            " WHERE sync_row.tbl = ? AND sync_row.row_id = ?",
            (table, row_id),
        ).fetchone()
    if row is not None and None not in row and row[0] != row[1]:
        raise RowTakenError(table)


def ours(record: _Record | None) -> _Record:
    """``record`` (a row as just read), if it is still there and was not last changed by
    another computer of the family; else :class:`RowTakenError`."""
    if record is None:
        raise RowTakenError("deleted since")
    check_ours(record)
    return record
