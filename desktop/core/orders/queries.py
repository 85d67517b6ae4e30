"""Reading orders back: filters shared by the command line and the order table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import peewee

from desktop.core.day import SellerDay
from desktop.core.models import Order, OrderLine, database_proxy
from desktop.core.orders.search import like_patterns
from desktop.core.orders.views import view_clause

# Sortable columns of the order table, as SQL; money is text, so it sorts as a number.
# Each key is a list of terms: "ship_by" puts empty deadlines last in either direction (the
# most urgent order comes first ascending), and "total" compares amounts within a currency
# only (230,000 VND is not more than 40 EUR).
SORT_TERMS: dict[str, list[Any]] = {
    "ship_by": [Order.ship_by],
    "total": [Order.currency, peewee.Cast(Order.total, "REAL")],
}
NULLS_LAST = {"ship_by"}
SORT_KEYS: dict[str, Any] = {
    "marketplace": Order.marketplace,
    "order_id": Order.order_id,
    "ordered_at": Order.ordered_at,
    "ship_by": Order.ship_by,
    "buyer": Order.buyer_name.collate("NOCASE"),
    "country": Order.country,
    "items": Order.items_summary,
    "quantity": Order.quantity_total,
    "total": peewee.Cast(Order.total, "REAL"),
    "marketplace_status": Order.marketplace_status,
    "workflow_status": Order.workflow_status,
    "tracking": Order.tracking_number,
    "carrier": Order.carrier,
    "evidence": Order.evidence_count,
    "last_message": Order.last_message_at,
}


@dataclass
class OrderFilter:
    view: str = "all"
    search: str = ""
    workflow_status: str | None = None
    marketplace: str | None = None
    country: str | None = None
    shop_id: int | None = None
    ordered_from: datetime | None = None
    ordered_to: datetime | None = None
    has_evidence: bool = False
    has_open_case: bool = False
    no_news_days: int = 7
    now: datetime | None = None
    # The seller's day; without one, UTC with no_news_days (the command line's default).
    day: SellerDay | None = None

    def seller_day(self) -> SellerDay:
        return self.day or SellerDay(no_news_days=self.no_news_days)

    def where(self) -> Any:
        clauses: list[Any] = []
        view = view_clause(self.view, self.now or datetime.now(UTC), self.seller_day())
        if view is not None:
            clauses.append(view)
        # Every word must appear, in any order. A plain LIKE with an escape: portable to
        # PostgreSQL, unlike peewee's ** (ILIKE).
        for pattern in like_patterns(self.search):
            clauses.append(
                peewee.NodeList(
                    (Order.search_text, peewee.SQL("LIKE"), peewee.Value(pattern),
                     peewee.SQL("ESCAPE '\\'"))
                )
            )
        if self.workflow_status:
            clauses.append(Order.workflow_status == self.workflow_status)
        if self.marketplace:
            clauses.append(Order.marketplace == self.marketplace)
        if self.country:
            clauses.append(Order.country == self.country)
        if self.shop_id:
            clauses.append(Order.shop == self.shop_id)
        if self.ordered_from:
            clauses.append(Order.ordered_at >= self.ordered_from)
        if self.ordered_to:
            clauses.append(Order.ordered_at < self.ordered_to)
        if self.has_evidence:
            clauses.append(Order.evidence_count > 0)
        if self.has_open_case:
            clauses.append(Order.has_open_case == True)  # noqa: E712  (peewee expression)
        if not clauses:
            return None
        expression = clauses[0]
        for clause in clauses[1:]:
            expression = expression & clause
        return expression


def select_orders(flt: OrderFilter) -> Any:
    query = Order.select()
    where = flt.where()
    return query.where(where) if where is not None else query


def order_ids(flt: OrderFilter, sort_key: str = "ordered_at", descending: bool = True) -> list[int]:
    """The ids of a view in display order: the table model holds only these (about 1 MB at 100k)."""
    terms = SORT_TERMS.get(sort_key) or [SORT_KEYS.get(sort_key, Order.ordered_at)]
    # Plain ASC/DESC with the id in the same direction, so SQLite walks an index instead of
    # sorting (SORT_INDEXES in desktop.core.db): 35 ms instead of 300 at 100,000 orders.
    # Empty last in both directions, with every term in one direction so that an index
    # (orders_sort_ship_by_asc / _desc) serves either order.
    ordering: list[Any] = []
    if sort_key in NULLS_LAST:
        ordering = [terms[-1].is_null(not descending)]
    if descending:
        ordering = [o.desc() for o in ordering] + [t.desc() for t in terms] + [Order.id.desc()]
    else:
        ordering = [o.asc() for o in ordering] + [t.asc() for t in terms] + [Order.id.asc()]
    query = select_orders(flt).select(Order.id).order_by(*ordering)
    # Straight from the cursor: peewee's row wrapping costs 100 ms per 100,000 ids, the SQL 25.
    cursor = database_proxy.obj.execute(query)
    return [row[0] for row in cursor.fetchall()]


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _date(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def order_json(order: Order, lines: list[OrderLine]) -> dict[str, Any]:
    return {
        "marketplace": order.marketplace,
        "order_id": order.order_id,
        "status": order.marketplace_status,
        "workflow_status": order.workflow_status,
        "buyer_name": order.buyer_name,
        "buyer_username": order.buyer_username,
        "country": order.country,
        "city": order.city,
        "postcode": order.postcode,
        "phone": order.phone,
        "tracking_number": order.tracking_number,
        "carrier": order.carrier,
        "currency": order.currency,
        "total": _money(order.total),
        "ordered_at": _date(order.ordered_at),
        "buyer_note": order.buyer_note,
        "items": [
            {
                "sku": line.sku,
                "title": line.title,
                "variant": line.variant,
                "quantity": line.quantity,
                "unit_price": _money(line.unit_price),
            }
            for line in lines
        ],
    }


def orders_json(flt: OrderFilter, limit: int | None = None) -> list[dict[str, Any]]:
    query = select_orders(flt).order_by(Order.marketplace, Order.ordered_at, Order.id)
    if limit:
        query = query.limit(limit)
    orders: list[Order] = list(query)
    lines_by_order: dict[int, list[OrderLine]] = {o.id: [] for o in orders}
    ids = list(lines_by_order)
    for start in range(0, len(ids), 500):
        for line in (
            OrderLine.select()
            .where(OrderLine.order.in_(ids[start : start + 500]))
            .order_by(OrderLine.order, OrderLine.position)
        ):
            lines_by_order[line.__data__["order"]].append(line)
    return [order_json(o, lines_by_order[o.id]) for o in orders]
