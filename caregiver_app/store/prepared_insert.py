"""One INSERT statement for a table, built once from its model and run for many rows.

Imports add thousands of rows; building peewee's SQL for each row took most of their
time. The statement names the columns given and the model's defaults for the others,
and every value goes through its field's ``db_value``, as peewee's own insert does, so
the rows are the same as ``Model.insert(...)`` would write.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import datetime

import peewee
from peewee import Field, Model
from peewee import (  # type: ignore[attr-defined]  # peewee-stubs leave out this wrapper
    __exception_wrapper__ as _as_peewee_errors,
)
from sqlcipher3 import dbapi2
from sqlcipher3.dbapi2 import Cursor

# The types each kind of field keeps as they are (and None): its ``db_value`` would give
# such a value back unchanged, so it is not called for the thousands of values of an
# import. A value of another type (a bool for an integer, a text for a time) still goes
# through ``db_value``. Exact classes only: a subclass may convert differently.
_KEPT: dict[type[Field], frozenset[type]] = {
    peewee.TextField: frozenset({str, type(None)}),
    peewee.CharField: frozenset({str, type(None)}),
    peewee.IntegerField: frozenset({int, type(None)}),
    peewee.SmallIntegerField: frozenset({int, type(None)}),
    peewee.AutoField: frozenset({int, type(None)}),
    peewee.FloatField: frozenset({float, type(None)}),
    peewee.BooleanField: frozenset({bool, type(None)}),
    peewee.DateTimeField: frozenset({datetime, type(None)}),
}


def _null(value: None) -> None:
    return value


# The SQLite library binds None and a bool as NULL and 0 or 1, but only after looking for
# ``__adapt__`` and ``__conform__`` on them, which builds and drops an exception each time:
# ten times the cost of binding a number, and most of an import's inserts (a diary row
# holds a handful of None). An adapter of their own is found at once and binds the same.
dbapi2.register_adapter(type(None), _null)
dbapi2.register_adapter(bool, int)


_TEXT = frozenset({str})


def _kept(field: Field) -> frozenset[type]:
    """The types ``field.db_value`` leaves as they are (none known: an empty set)."""
    if type(field) is peewee.ForeignKeyField:
        field = field.rel_field
    return _KEPT.get(type(field), frozenset())


class PreparedInsert:
    """``INSERT INTO table (columns) VALUES (?, ...)`` for ``model`` and the named fields."""

    def __init__(
        self, model: type[Model], names: Sequence[str], as_text: Collection[str] = ()
    ) -> None:
        """``as_text`` names time fields whose values may be given as the text SQLite keeps
        for them (``str`` of the time), bound as they are; any other value is converted."""
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
        self._converters: tuple[tuple[frozenset[type], Callable[[object], object]], ...]
        self._converters = tuple(
            (_TEXT if field.name in as_text else _kept(field), field.db_value)
            for field in self._given
        )
        self._kept = tuple(kept for kept, _convert in self._converters)
        self._cursor: Cursor | None = None  # one cursor for every row, made on the first
        columns = [field.column_name for field in (*self._given, *defaults)]
        self.sql = 'INSERT INTO "{table}" ({columns}) VALUES ({marks})'.format(
            table=meta.table_name,
            columns=", ".join(f'"{column}"' for column in columns),
            marks=", ".join("?" * len(columns)),
        )

    def _params(self, values: Mapping[str, object]) -> list[object]:
        return self._converted(map(values.__getitem__, self._names))

    def _converted(self, given: Iterable[object]) -> list[object]:
        params = [
            value if type(value) in kept else convert(value)
            for value, (kept, convert) in zip(given, self._converters, strict=True)
        ]
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

    def many_rows(self, rows: Iterable[Sequence[object]]) -> None:
        """Insert every row, given as its values in the named fields' order.

        A row whose values are all of the types their fields keep (the usual case) is
        bound as it is; any other row is converted as :meth:`many` would convert it.
        """
        kept, complete = self._kept, not self._defaults  # defaults are added by conversion
        params = [
            row
            if complete and all(map(frozenset.__contains__, kept, map(type, row)))
            else self._converted(row)
            for row in rows
        ]
        with _as_peewee_errors:  # the same exceptions as peewee's own queries raise
            self._database.cursor().executemany(self.sql, params)
