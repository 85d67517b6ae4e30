"""Which orders the pack station must refuse, and why, from what the database says right now.

The check reads the order at the moment of the scan, so a cancellation imported after the
checklist was printed is caught when that checklist is scanned."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.core.models import Order
from desktop.core.orders.workflow import derive_workflow
from desktop.core.printing.rows import ORDER_PK, dict_rows

# The marketplace's own words for an order that must not leave: checked before the seller's
# workflow status, because an import never overwrites that status after creating the order.
_REFUNDED = re.compile(r"refund|退款|reembolso|คืนเงิน|hoàn tiền|dana dikembalikan", re.I)
# A partial refund (Shopify "partially_refunded") leaves the rest of the order to ship.
_PARTIAL = re.compile(r"partial|部分|parcial|sebagian|một phần", re.I)
_RETURNED = re.compile(r"return|退货|退貨|devoluci|devolvid|คืนสินค้า|trả hàng", re.I)
_CANCELLED = re.compile(
    r"cancel|void|取消|ยกเลิก|dibatalkan|batal|hủy|anulad", re.I
)

# Statuses an order may be packed from. Everything else is refused.
PACKABLE = ("to_pack", "problem")


@dataclass(frozen=True)
class Refusal:
    status: str  # cancelled, refunded, returned, closed, shipped, delivered, already_packed
    marketplace_status: str
    packed_at: datetime | None = None
    packed_by: str = ""

    def reason(self, order_id: str) -> str:
        """The reason in plain words (English: the headless seam; the window translates)."""
        said = f" (marketplace status: {self.marketplace_status})" if self.marketplace_status else ""
        if self.status == "already_packed":
            when = self.packed_at.strftime("%Y-%m-%d %H:%M UTC") if self.packed_at else "earlier"
            by = f" by {self.packed_by}" if self.packed_by else ""
            return f"already_packed: order {order_id} was already packed on {when}{by}"
        return f"{self.status}: order {order_id} is {self.status.upper()}{said}; do not pack it"


_FIELDS = (
    ORDER_PK, Order.order_id, Order.workflow_status, Order.marketplace_status,
    Order.shipped_at, Order.delivered_at, Order.packed_at, Order.packed_by,
)  # fmt: skip


def order_state(order_pk: int) -> dict[str, Any] | None:
    rows = list(dict_rows(Order.select(*_FIELDS).where(order_pk == ORDER_PK)))
    return rows[0] if rows else None


def refusal_for(row: dict[str, Any]) -> Refusal | None:
    said = str(row.get("marketplace_status") or "").strip()
    workflow = str(row.get("workflow_status") or "to_pack")
    if said:
        for status, pattern in (
            ("refunded", _REFUNDED),
            ("returned", _RETURNED),
            ("cancelled", _CANCELLED),
        ):
            if pattern.search(said) and not (status == "refunded" and _PARTIAL.search(said)):
                return Refusal(status, said)
    if workflow == "closed":
        return Refusal("closed", said)
    if workflow in ("shipped", "delivered"):
        return Refusal(workflow, said)
    marketplace = derive_workflow(said, row.get("shipped_at"), row.get("delivered_at"))
    if marketplace == "closed" and _PARTIAL.search(said):
        marketplace = "to_pack"
    if marketplace in ("shipped", "delivered", "closed"):
        return Refusal(marketplace, said)
    if workflow == "packed":
        return Refusal("already_packed", said, row.get("packed_at"), str(row.get("packed_by") or ""))
    return None


def check_order(order_pk: int) -> Refusal | None:
    """Why the order must not be packed now, or None when it may; a deleted order is 'gone'."""
    row = order_state(order_pk)
    if row is None:
        return Refusal("gone", "")
    return refusal_for(row)
