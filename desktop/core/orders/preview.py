"""The orders the first rows of a file would make under a layout: for the mapping dialog, no database."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.orders.grouping import group
from desktop.core.orders.layout import Layout
from desktop.core.orders.parsing import OrderParser, ParsedOrder
from desktop.core.orders.values import Cell


@dataclass
class Preview:
    orders: list[ParsedOrder]
    skipped: list[tuple[int, str]]


def _no_tick(row: int) -> None:
    return None


def preview_orders(layout: Layout, rows: list[list[Cell]], limit: int = 20) -> Preview:
    """Rows from the top of the sheet (header included) grouped and parsed as an import would.

    The last order may be cut short by the end of the rows given; it is left out when more
    orders than `limit` were found.
    """
    if "order_id" not in layout.columns:
        return Preview([], [])
    grouped = group(layout, iter(rows), _no_tick)
    parser = OrderParser(layout)
    orders = []
    for raw in grouped.orders[:limit]:
        grouped.finish(raw)
        orders.append(parser.parse(raw))
    return Preview(orders, [(s.row, s.reason) for s in grouped.skipped])
