"""One way to change the record: all of a change is saved, or none of it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from caregiver_app.store.database import database_proxy
from caregiver_app.store.engine import store_errors


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
