"""The order table's columns: title, what they show, how they align."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt

from desktop.core.orders.countries import country_name
from desktop.core.orders.profiles import MARKETPLACES
from desktop.ui.orders import formatting
from desktop.ui.orders.labels import workflow_label

Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    key: str  # also the sort key in desktop.core.orders.queries.SORT_KEYS
    title: str  # untranslated; QT_TRANSLATE_NOOP marks it for lupdate
    fields: tuple[str, ...]  # Order fields the column reads
    display: Callable[[Row, QLocale], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    hidden_by_default: bool = False

    def label(self) -> str:
        return QCoreApplication.translate("OrderColumns", self.title)


RIGHT = Qt.AlignmentFlag.AlignRight


def _text(name: str) -> Callable[[Row, QLocale], str]:
    return lambda row, locale: str(row.get(name) or "")


COLUMNS: tuple[Column, ...] = (
    Column("marketplace", QT_TRANSLATE_NOOP("OrderColumns", "Marketplace"), ("marketplace",),
           lambda r, loc: MARKETPLACES.get(r["marketplace"] or "", r["marketplace"] or "")),
    Column("order_id", QT_TRANSLATE_NOOP("OrderColumns", "Order"), ("order_id",), _text("order_id")),
    Column("ordered_at", QT_TRANSLATE_NOOP("OrderColumns", "Ordered"), ("ordered_at",),
           lambda r, loc: formatting.date_time(loc, r["ordered_at"])),
    Column("ship_by", QT_TRANSLATE_NOOP("OrderColumns", "Ship by"), ("ship_by",),
           lambda r, loc: formatting.date_time(loc, r["ship_by"])),
    Column("buyer", QT_TRANSLATE_NOOP("OrderColumns", "Buyer"), ("buyer_name", "buyer_username"),
           lambda r, loc: r["buyer_name"] or r["buyer_username"] or ""),
    Column("country", QT_TRANSLATE_NOOP("OrderColumns", "Country"), ("country",), _text("country")),
    Column("items", QT_TRANSLATE_NOOP("OrderColumns", "Items"), ("items_summary",),
           lambda r, loc: r.get("items_titles") or r["items_summary"] or ""),
    Column("quantity", QT_TRANSLATE_NOOP("OrderColumns", "Qty"), ("quantity_total",),
           lambda r, loc: loc.toString(int(r["quantity_total"] or 0)), RIGHT),
    Column("total", QT_TRANSLATE_NOOP("OrderColumns", "Total"), ("total", "currency"),
           lambda r, loc: formatting.money(loc, r["total"], r["currency"]), RIGHT),
    Column("marketplace_status", QT_TRANSLATE_NOOP("OrderColumns", "Marketplace status"),
           ("marketplace_status",), _text("marketplace_status")),
    Column("workflow_status", QT_TRANSLATE_NOOP("OrderColumns", "Status"), ("workflow_status",),
           lambda r, loc: workflow_label(r["workflow_status"])),
    Column("tracking", QT_TRANSLATE_NOOP("OrderColumns", "Tracking"), ("tracking_number",), _text("tracking_number")),
    Column("carrier", QT_TRANSLATE_NOOP("OrderColumns", "Carrier"), ("carrier",), _text("carrier")),
    Column("evidence", QT_TRANSLATE_NOOP("OrderColumns", "Evidence"), ("evidence_count",),
           lambda r, loc: loc.toString(int(r["evidence_count"])) if r["evidence_count"] else "", RIGHT),
    Column("last_message", QT_TRANSLATE_NOOP("OrderColumns", "Last message"), ("last_message_at",),
           lambda r, loc: formatting.date_time(loc, r["last_message_at"]), hidden_by_default=True),
)  # fmt: skip

BY_KEY = {c.key: c for c in COLUMNS}
ROW_FIELDS = sorted({f for c in COLUMNS for f in c.fields} | {"id", "has_open_case", "fragile"})


def tooltip(column: Column, row: Row) -> str | None:
    if column.key == "country":
        return country_name(row.get("country"))
    if column.key == "items":
        return row.get("items_detail") or row.get("items_summary") or None
    if column.key == "buyer":
        # A cut name stays readable: the full name and the marketplace user name.
        parts = [row.get("buyer_name"), row.get("buyer_username")]
        return "\n".join(str(p) for p in parts if p) or None
    if column.key == "workflow_status":
        return workflow_label(row.get("workflow_status") or "") or None
    if column.key == "marketplace_status":
        return row.get("marketplace_status") or None
    if column.key == "total" and row.get("currency"):
        return str(row.get("currency"))
    return None
