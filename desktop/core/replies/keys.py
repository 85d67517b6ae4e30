"""Order's primary key, spelled so that type checkers accept it: Order declares no `id` field
(peewee adds it), and peewee's stubs do not know about the added one."""

from __future__ import annotations

from typing import Any

from desktop.core.models import Order

ORDER_PK: Any = Order._meta.primary_key  # the Order.id column


def pk_of(order: Order) -> int:
    return int(getattr(order, ORDER_PK.name))
