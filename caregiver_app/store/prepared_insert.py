"""One INSERT statement for a table, built once from its model and run for many rows.

Imports add thousands of rows; building peewee's SQL for each row took most of their
time. The statement names the columns given and the model's defaults for the others,
and every value goes through its field's ``db_value``, as peewee's own insert does, so
the rows are the same as ``Model.insert(...)`` would write.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from peewee import Model
from peewee import (  # type: ignore[attr-defined]  # peewee-stubs leave out this wrapper
    __exception_wrapper__ as _as_peewee_errors,
)
from sqlcipher3.dbapi2 import Cursor


class PreparedInsert:
    """``INSERT INTO table (columns) VALUES (?, ...)`` for ``model`` and the named fields."""

    def __init__(self, model: type[Model], names: Sequence[str]) -> None:
        meta = model._meta
        self._database = meta.database
        self._names = tuple(names)
        self._given = [meta.fields[name] for name in self._names]
        defaults = [
            field
            for field in meta.sorted_fields
            if field.name not in self._names and field.default is not None and not field.primary_key
        ]
        self._defaults = tuple(defaults)
        self._converters = tuple((field.name, field.db_value) for field in self._given)
        self._cursor: Cursor | None = None  # one cursor for every row, made on the first
        columns = [field.column_name for field in (*self._given, *defaults)]
        self.sql = 'INSERT INTO "{table}" ({columns}) VALUES ({marks})'.format(
            table=meta.table_name,
            columns=", ".join(f'"{column}"' for column in columns),
            marks=", ".join("?" * len(columns)),
        )

    def _params(self, values: Mapping[str, object]) -> list[object]:
        params = [convert(values[name]) for name, convert in self._converters]
        for field in self._defaults:
            params.append(
                field.db_value(field.default() if callable(field.default) else field.default)
            )
        return params

    def one(self, values: Mapping[str, object]) -> int:
        """Insert one row; its id."""
        if self._cursor is None:
            self._cursor = self._database.cursor()
        with _as_peewee_errors:  # the same exceptions as peewee's own queries raise
            self._cursor.execute(self.sql, self._params(values))
        return self._cursor.lastrowid

    def many(self, rows: Iterable[Mapping[str, object]]) -> None:
        """Insert every row, in order, with one prepared statement."""
        params = [self._params(row) for row in rows]
        with _as_peewee_errors:  # the same exceptions as peewee's own queries raise
            self._database.cursor().executemany(self.sql, params)
