"""Marking an order Packed: the status, the time and who packed it, in one write."""

from __future__ import annotations

from datetime import datetime

from desktop.core.models import Order, database_proxy
from desktop.core.models.base import utc_now
from desktop.core.packing.guards import PACKABLE
from desktop.core.printing.rows import ORDER_PK


class OrderGoneError(LookupError):
    """The order was deleted while it was on the packing table."""


class NotPackableError(RuntimeError):
    """The order changed status while it was on the table (cancelled, shipped...)."""


def mark_packed(order_pk: int, packer: str, when: datetime | None = None) -> datetime:
    """Packed, only from a status an order may be packed from: nothing moves back from Shipped."""
    when = when or utc_now()
    with database_proxy.atomic():
        changed = (
            Order.update(
                workflow_status="packed",
                packed_at=when,
                packed_by=packer.strip(),
                updated_at=utc_now(),
            )
            .where((order_pk == ORDER_PK) & Order.workflow_status.in_(PACKABLE))
            .execute()
        )
        if not changed:
            if Order.select().where(order_pk == ORDER_PK).exists():
                raise NotPackableError(order_pk)
            raise OrderGoneError(order_pk)
    return when
