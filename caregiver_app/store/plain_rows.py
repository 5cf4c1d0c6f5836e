"""Query rows as plain tuples, typed as such (peewee's stubs type every row as a model)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TypeVar, cast

from peewee import Field, FloatField, ForeignKeyField, IntegerField, ModelSelect, TextField

_Query = TypeVar("_Query", bound="ModelSelect[Any]")


def tuples_of(query: ModelSelect[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as tuples of its selected columns, in order."""
    return iter(cast("Iterable[tuple[Any, ...]]", query.tuples()))


def named_rows_of(query: ModelSelect[Any]) -> Iterator[Any]:
    """The rows of ``query`` as named tuples, one attribute per selected column."""
    return iter(query.namedtuples())


# Conversions that give back a value of the type SQLite already returned, unchanged: an
# INTEGER column's int, a REAL column's float, a TEXT column's str.
_UNCHANGED = ((IntegerField.adapt, int), (FloatField.adapt, float), (TextField.adapt, str))


def _conversion(node: Any) -> tuple[Any, type | None]:
    """How peewee turns a selected field's value into Python: (its conversion, the type it
    leaves as it is, or None)."""
    field = node.unwrap()  # an aliased field is read as the field
    if not isinstance(field, Field):
        raise TypeError(f"rows_of reads fields only, not {node!r}")
    target = field.rel_field if isinstance(field, ForeignKeyField) else field
    same = (
        next((kind for adapt, kind in _UNCHANGED if type(target).adapt is adapt), None)
        if type(target).python_value is Field.python_value
        else None
    )
    return field.python_value, same


def rows_of(query: ModelSelect[Any]) -> list[tuple[Any, ...]]:
    """Every row of ``query`` (which selects fields) as a tuple of its columns: the values
    peewee's ``tuples()`` gives, made in one pass over SQLite's rows.

    peewee calls each column's conversion for every value, through two functions; a
    record's period of entries is thousands of calls that give back what SQLite returned.
    Here a value is converted only when it is not already of the type the conversion
    would leave unchanged (dates and times always are), by the field's own conversion.
    """
    selected: Any = query  # peewee's stubs do not name its columns or its database
    plan = [(index, *_conversion(node)) for index, node in enumerate(selected._returning)]
    rows = selected.model._meta.database.execute(query).fetchall()
    converted = []
    for row in rows:
        values = list(row)
        for index, convert, same in plan:
            value = values[index]
            if value is not None and type(value) is not same:
                values[index] = convert(value)
        converted.append(tuple(values))
    return converted


def in_period(query: _Query, column: Field, start: datetime | None, end: datetime | None) -> _Query:
    """``query`` narrowed to rows whose ``column`` is in [start, end) (None: no bound)."""
    if start is not None:
        query = query.where(column >= start)
    if end is not None:
        query = query.where(column < end)
    return query
