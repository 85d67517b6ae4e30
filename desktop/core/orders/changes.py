"""Changes the seller makes to orders: workflow status, notes. Each returns what undo needs."""

from __future__ import annotations

from desktop.core.models import Order
from desktop.core.models.base import database_proxy, utc_now
from desktop.core.orders.workflow import WORKFLOW_STATUSES

CHUNK = 500


def set_workflow(order_ids: list[int], status: str) -> dict[int, str]:
    """Set the status of many orders in one transaction; returns each order's previous status."""
    if status not in WORKFLOW_STATUSES:
        raise ValueError(f"unknown workflow status {status!r}")
    previous: dict[int, str] = {}
    with database_proxy.obj.atomic():
        for start in range(0, len(order_ids), CHUNK):
            chunk = order_ids[start : start + CHUNK]
            for row in Order.select(Order.id, Order.workflow_status).where(Order.id.in_(chunk)):
                previous[row.id] = row.workflow_status
            values: dict[object, object] = {Order.workflow_status: status, Order.updated_at: utc_now()}
            if status == "packed":
                values[Order.packed_at] = utc_now()
            Order.update(values).where(Order.id.in_(chunk)).execute()
    return previous


def restore_workflow(previous: dict[int, str]) -> None:
    by_status: dict[str, list[int]] = {}
    for order_id, status in previous.items():
        by_status.setdefault(status, []).append(order_id)
    with database_proxy.obj.atomic():
        for status, ids in by_status.items():
            for start in range(0, len(ids), CHUNK):
                Order.update(workflow_status=status).where(Order.id.in_(ids[start : start + CHUNK])).execute()


def set_seller_note(order_id: int, note: str) -> None:
    Order.update(seller_note=note, updated_at=utc_now()).where(Order.id == order_id).execute()


def set_fragile(order_id: int, fragile: bool) -> None:
    Order.update(fragile=fragile).where(Order.id == order_id).execute()
