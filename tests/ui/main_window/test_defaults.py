"""Defaults a packer expects: urgent first, totals within a currency, titles, tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.models import Order, OrderLine
from desktop.ui.orders.columns import COLUMNS


def _column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def test_ship_by_ascending_is_most_urgent_first_with_empty_deadlines_last(full_window) -> None:  # type: ignore[no-untyped-def]
    model = full_window.model
    model.sort(_column("ship_by"), Qt.SortOrder.AscendingOrder)
    deadlines = [Order.get_by_id(pk).ship_by for pk in model.all_ids()]
    filled = [d for d in deadlines if d is not None]
    assert filled and None in deadlines
    assert deadlines[: len(filled)] == sorted(filled)  # every empty one after the last deadline
    model.sort(_column("ship_by"), Qt.SortOrder.DescendingOrder)
    assert Order.get_by_id(model.all_ids()[-1]).ship_by is None


def test_total_sorts_within_its_currency(full_window) -> None:  # type: ignore[no-untyped-def]
    model = full_window.model
    model.sort(_column("total"), Qt.SortOrder.DescendingOrder)
    rows = [(o.currency, o.total) for o in (Order.get_by_id(pk) for pk in model.all_ids())]
    seen: list[str | None] = []
    for currency, _total in rows:
        if not seen or seen[-1] != currency:
            assert currency not in seen, "a currency's orders are together"
            seen.append(currency)
    for currency in {c for c, _ in rows}:
        amounts = [t for c, t in rows if c == currency and t is not None]
        assert amounts == sorted(amounts, reverse=True)


def test_items_show_titles_and_cut_text_has_tooltips(full_window) -> None:  # type: ignore[no-untyped-def]
    model = full_window.model
    pk = model.order_id_at(0)
    line = OrderLine.select().where(OrderLine.order == pk).order_by(OrderLine.position).first()
    shown = model.index(0, _column("items")).data()
    assert (line.title or line.sku) in shown
    order = Order.get_by_id(pk)
    assert model.index(0, _column("buyer")).data(Qt.ItemDataRole.ToolTipRole).startswith(
        order.buyer_name or order.buyer_username
    )
    assert model.index(0, _column("workflow_status")).data(Qt.ItemDataRole.ToolTipRole)
