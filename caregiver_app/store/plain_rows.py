"""Query rows as plain tuples, typed as such (peewee's stubs type every row as a model)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from peewee import ModelSelect


def tuples_of(query: ModelSelect[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as tuples of its selected columns, in order."""
    return iter(cast("Iterable[tuple[Any, ...]]", query.tuples()))


def named_rows_of(query: ModelSelect[Any]) -> Iterator[Any]:
    """The rows of ``query`` as named tuples, one attribute per selected column."""
    return iter(query.namedtuples())
