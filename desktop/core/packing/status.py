"""Marking an order Packed: the status, the time and who packed it, in one write."""

from __future__ import annotations

from datetime import datetime

from desktop.core.models import Order, database_proxy
from desktop.core.models.base import utc_now
from desktop.core.printing.rows import ORDER_PK


class OrderGoneError(LookupError):
    """The order was deleted while it was on the packing table."""


def mark_packed(order_pk: int, packer: str, when: datetime | None = None) -> datetime:
    when = when or utc_now()
    with database_proxy.atomic():
        changed = (
            Order.update(
                workflow_status="packed",
                packed_at=when,
                packed_by=packer.strip(),
                updated_at=utc_now(),
            )
            .where(order_pk == ORDER_PK)
            .execute()
        )
        if not changed:
            raise OrderGoneError(order_pk)
    return when
