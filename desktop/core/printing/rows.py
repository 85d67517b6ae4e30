"""Typed access to the primary keys peewee adds implicitly (its stubs do not declare `id`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import peewee

from desktop.core.models import Order


def pk_column(model: type[peewee.Model]) -> Any:
    column = model._meta.primary_key
    assert column, f"{model.__name__} has no primary key"
    return column


ORDER_PK: Any = pk_column(Order)


def dict_rows(query: Any) -> Iterator[dict[str, Any]]:
    """Rows as dicts (converted by the fields): cheaper than model instances for bulk reads."""
    yield from query.dicts()


def tuple_rows(query: Any) -> Iterator[tuple[Any, ...]]:
    yield from query.tuples()
