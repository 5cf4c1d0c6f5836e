"""One way to change the record: all of a change is saved, or none of it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TypeVar

from caregiver_app.store.database import database_proxy
from caregiver_app.store.engine import store_errors
from caregiver_app.store.models import BaseModel

_Record = TypeVar("_Record")


@contextlib.contextmanager
def transaction() -> Iterator[None]:
    """Everything written inside is saved together, or nothing is.

    The transaction begins with ``BEGIN IMMEDIATE`` (``database.open_record_database``), so a
    second writer waits its turn (``store/sharing.py``). A failure raises
    :class:`~caregiver_app.store.errors.RecordAccessError`, also from the rows a bulk
    import writes through its own prepared statements. Inside another transaction
    it is a savepoint: its part alone is undone.
    """
    with store_errors(), database_proxy.atomic():
        yield


def delete_row(
    model: type[BaseModel], row_id: int, read: Callable[[int], _Record | None]
) -> _Record | None:
    """Delete ``model``'s row ``row_id`` (and the rows that go with it) in one transaction.

    Returns what ``read`` gave for it just before, or None when it was not there, so
    Edit > Undo can save it back under the same id.
    """
    with transaction():
        record = read(row_id)
        if record is not None:
            model.delete().where(model.id == row_id).execute()
        return record
