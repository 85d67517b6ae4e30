"""Which orders to print: marketplace order ids and/or a workflow status, in packing order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.models import Order
from desktop.core.orders.queries import OrderFilter, select_orders
from desktop.core.printing.rows import ORDER_PK, tuple_rows


class UnknownOrdersError(LookupError):
    def __init__(self, order_ids: Sequence[str]) -> None:
        super().__init__(", ".join(order_ids))
        self.order_ids = list(order_ids)


def _packing_order(query: Any) -> Any:
    # Most urgent first: the ship-by date, then the oldest order.
    return query.order_by(Order.ship_by.is_null(), Order.ship_by, Order.ordered_at, ORDER_PK)


def orders_for_filter(flt: OrderFilter) -> list[int]:
    return [row[0] for row in tuple_rows(_packing_order(select_orders(flt).select(ORDER_PK)))]


def resolve_orders(order_ids: Sequence[str], status: str | None = None) -> list[int]:
    """Database ids for marketplace order ids (any marketplace), narrowed by status.

    Raises UnknownOrdersError naming every id that matched nothing."""
    if not order_ids:
        return orders_for_filter(OrderFilter(workflow_status=status))
    wanted = [i.strip() for i in order_ids if i.strip()]
    found: dict[str, list[int]] = {}
    for start in range(0, len(wanted), 500):
        query = Order.select(ORDER_PK, Order.order_id).where(
            Order.order_id.in_(wanted[start : start + 500])
        )
        if status:
            query = query.where(Order.workflow_status == status)
        for pk, order_id in tuple_rows(_packing_order(query)):
            found.setdefault(order_id, []).append(pk)
    missing = [i for i in wanted if i not in found]
    if missing:
        raise UnknownOrdersError(missing)
    result: list[int] = []
    for order_id in dict.fromkeys(wanted):
        result.extend(found[order_id])
    return result
