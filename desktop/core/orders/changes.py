"""Changes the seller makes to orders: workflow status, notes. Each returns what undo needs."""

from __future__ import annotations

from datetime import datetime

from desktop.core.models import Order
from desktop.core.models.base import database_proxy, utc_now
from desktop.core.orders.workflow import WORKFLOW_STATUSES

CHUNK = 500

# What a status change overwrites, so that undo puts every field back: status, packed time, packer.
Previous = tuple[str, datetime | None, str]


def set_workflow(order_ids: list[int], status: str) -> dict[int, Previous]:
    """Set the status of many orders in one transaction; returns what each order had before.

    Packed stamps the time; back to To pack clears the packed time and packer, so no order
    waiting to be packed claims it was packed."""
    if status not in WORKFLOW_STATUSES:
        raise ValueError(f"unknown workflow status {status!r}")
    previous: dict[int, Previous] = {}
    with database_proxy.obj.atomic():
        for start in range(0, len(order_ids), CHUNK):
            chunk = order_ids[start : start + CHUNK]
            query = Order.select(Order.id, Order.workflow_status, Order.packed_at, Order.packed_by)
            for row in query.where(Order.id.in_(chunk)):
                previous[row.id] = (row.workflow_status, row.packed_at, row.packed_by or "")
            values: dict[object, object] = {Order.workflow_status: status, Order.updated_at: utc_now()}
            if status == "packed":
                values[Order.packed_at] = utc_now()
            elif status == "to_pack":
                values[Order.packed_at] = None
                values[Order.packed_by] = ""
            Order.update(values).where(Order.id.in_(chunk)).execute()
    return previous


def restore_workflow(previous: dict[int, Previous]) -> None:
    """Undo set_workflow: every field it changed gets its earlier value back."""
    by_state: dict[Previous, list[int]] = {}
    for order_id, state in previous.items():
        by_state.setdefault(state, []).append(order_id)
    with database_proxy.obj.atomic():
        for (status, packed_at, packed_by), ids in by_state.items():
            for start in range(0, len(ids), CHUNK):
                Order.update(
                    workflow_status=status, packed_at=packed_at, packed_by=packed_by
                ).where(Order.id.in_(ids[start : start + CHUNK])).execute()


def set_seller_note(order_id: int, note: str) -> None:
    Order.update(seller_note=note, updated_at=utc_now()).where(Order.id == order_id).execute()


def set_fragile(order_id: int, fragile: bool) -> None:
    Order.update(fragile=fragile).where(Order.id == order_id).execute()
