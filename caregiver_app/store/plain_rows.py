"""Query rows as plain tuples, typed as such (peewee's stubs type every row as a model)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TypeVar, cast

from peewee import Field, ModelSelect

_Query = TypeVar("_Query", bound="ModelSelect[Any]")


def tuples_of(query: ModelSelect[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as tuples of its selected columns, in order."""
    return iter(cast("Iterable[tuple[Any, ...]]", query.tuples()))


def named_rows_of(query: ModelSelect[Any]) -> Iterator[Any]:
    """The rows of ``query`` as named tuples, one attribute per selected column."""
    return iter(query.namedtuples())


def in_period(query: _Query, column: Field, start: datetime | None, end: datetime | None) -> _Query:
    """``query`` narrowed to rows whose ``column`` is in [start, end) (None: no bound)."""
    if start is not None:
        query = query.where(column >= start)
    if end is not None:
        query = query.where(column < end)
    return query
