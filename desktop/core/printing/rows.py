"""Typed access to the primary keys peewee adds implicitly (its stubs do not declare `id`)."""

from __future__ import annotations

from typing import Any

import peewee

from desktop.core.models import Order


def pk_column(model: type[peewee.Model]) -> Any:
    column = model._meta.primary_key
    assert column, f"{model.__name__} has no primary key"
    return column


ORDER_PK: Any = pk_column(Order)
