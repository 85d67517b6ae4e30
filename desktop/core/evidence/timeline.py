"""What happened to an order, in order: the facts a dispute summary shows on one page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.evidence.messages import Message, messages_for_order
from desktop.core.evidence.store import EvidenceStore
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.models import EvidenceItem, Order, OrderLine, Shop
from desktop.core.orders.source_rows import iter_source_rows
from desktop.core.packing.scanlog import LogEntry, entries
from desktop.core.printing.checklist import ship_to_lines

# Export columns that carry the parcel's weight (Shopee "Order Total Weight", Mercado Libre
# "Peso", TikTok "Weight(kg)", ...): the order's own weight first, a line's after it.
_WEIGHT = re.compile(r"weight|peso|重量|berat|น้ำหนัก|trọng lượng|gewicht|poids", re.I)


@dataclass
class Event:
    at: datetime | None
    kind: str  # ordered, paid, evidence, packed, shipped, delivered, message
    detail: str = ""
    stage: str = ""


@dataclass
class EvidenceEntry:
    item: EvidenceItem
    thumbnail: Path | None
    pack_path: str = ""  # where the file sits inside the pack
    sha256: str = ""  # of the pack copy


@dataclass
class OrderSummary:
    order_pk: int
    marketplace: str
    order_id: str
    shop: str
    buyer: str
    country: str
    total: str
    tracking: str
    carrier: str
    lines: list[tuple[str, str, int]]  # sku, title (with variant), quantity
    events: list[Event]
    evidence: list[EvidenceEntry]
    messages: list[Message] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # What a dispute form asks: where it went, who packed it, what the bench recorded.
    ship_to: tuple[str, ...] = ()
    service: str = ""
    packed_by: str = ""
    packed_at: datetime | None = None
    weight: str | None = None  # as the export wrote it; None when no export said
    scan_log: list[LogEntry] = field(default_factory=list)


def order_summary(order_pk: int, store: EvidenceStore, thumbs: ThumbnailCache) -> OrderSummary:
    order = Order.get_by_id(order_pk)
    shop = Shop.get_or_none(Shop.id == order.shop_id) if order.shop_id else None  # type: ignore[attr-defined]
    lines = [
        (
            str(line.sku or ""),
            " / ".join(str(x) for x in (line.title, line.variant) if x),
            int(line.quantity or 0),
        )
        for line in OrderLine.select().where(OrderLine.order == order_pk).order_by(OrderLine.position)
    ]
    items = store.items(order_pk)
    evidence = [EvidenceEntry(item, _thumbnail(item, store, thumbs)) for item in items]
    messages = messages_for_order(order_pk)
    events = build_events(order, items, messages)
    total = f"{order.total} {order.currency or ''}".strip() if order.total is not None else ""
    return OrderSummary(
        order_pk=order_pk,
        marketplace=str(order.marketplace),
        order_id=str(order.order_id),
        shop=str(shop.name) if shop else "",
        buyer=str(order.buyer_name or order.buyer_username or ""),
        country=str(order.country or ""),
        total=total,
        tracking=str(order.tracking_number or ""),
        carrier=str(order.carrier or ""),
        lines=lines,
        events=events,
        evidence=evidence,
        messages=messages,
        ship_to=ship_to_lines({name: getattr(order, name) for name in _ADDRESS}),
        service=str(order.shipping_service or ""),
        packed_by=str(order.packed_by or ""),
        packed_at=order.packed_at,
        weight=export_weight(order_pk),
        scan_log=entries(order_pk),
    )


_ADDRESS = (
    "buyer_name", "buyer_username", "address1", "address2", "city", "region", "postcode",
    "full_address", "country",
)  # fmt: skip


def export_weight(order_pk: int) -> str | None:
    """The parcel's weight as the marketplace export gave it, with its column's name."""
    found: list[tuple[int, str]] = []
    for _file, _row, cells in iter_source_rows(order_pk):
        for header, value in cells:
            text = str(value or "").strip()
            if text and _WEIGHT.search(str(header)):
                rank = 0 if re.search(r"order|total|pedido|包裹|订单", str(header), re.I) else 1
                found.append((rank, f"{text} ({header})"))
    return min(found)[1] if found else None


def build_events(order: Order, items: list[EvidenceItem], messages: list[Message]) -> list[Event]:
    events: list[Event] = []
    for kind, when in (
        ("ordered", order.ordered_at),
        ("paid", order.paid_at),
        ("packed", order.packed_at),
        ("shipped", order.shipped_at),
        ("delivered", order.delivered_at),
    ):
        if when is not None:
            detail = str(order.packed_by or "") if kind == "packed" else ""
            if kind == "shipped":
                detail = " ".join(str(x) for x in (order.carrier, order.tracking_number) if x)
            events.append(Event(when, kind, detail))
    for item in items:
        events.append(Event(item.captured_at, "evidence", str(item.original_name), str(item.stage)))
    for message in messages:
        direction = str(message.fields.get("direction") or "")
        arrow = {"out": "→ ", "in": "← "}.get(direction, "")
        events.append(Event(message.at, "message", arrow + message.text[:140]))
    # Undated events go last; the order of the list is otherwise the order things happened.
    events.sort(key=lambda e: (e.at is None, e.at.isoformat() if e.at else ""))
    return events


def _thumbnail(item: EvidenceItem, store: EvidenceStore, thumbs: ThumbnailCache) -> Path | None:
    if item.kind == "photo":
        return thumbs.photo(str(item.sha256), store.file_path(item))
    return thumbs.get(str(item.sha256))


def checklist_text(summary: OrderSummary) -> str:
    """A plain packing checklist, used when no checklist renderer is available."""
    lines = [
        f"Packing checklist - {summary.marketplace} order {summary.order_id}",
        f"Shop: {summary.shop}" if summary.shop else "",
        f"Buyer: {summary.buyer} ({summary.country})",
        "Ship to: " + ", ".join(summary.ship_to) if summary.ship_to else "",
        "",
    ]
    for sku, title, quantity in summary.lines:
        lines.append(f"[ ] {quantity} x {sku}  {title}".rstrip())
    if summary.scan_log:
        lines += ["", "Pack station scan log:"]
        lines += [scan_line(entry) for entry in summary.scan_log]
    return "\n".join(line for line in lines if line is not None) + "\n"


def scan_line(entry: LogEntry) -> str:
    code = f" {entry.code}" if entry.code else ""
    where = " / ".join(p for p in (entry.packer, entry.station) if p)
    return f"{entry.at:%Y-%m-%d %H:%M:%S}Z {entry.result}{code} - {entry.message} [{where}]"
