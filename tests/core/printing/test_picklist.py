from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.packing.lookup import set_location
from desktop.core.printing.checklist import load_checklists
from desktop.core.printing.picklist import UnknownSortError, build_pick_list

MakeOrder = Callable[..., int]


def _orders(make_order: MakeOrder) -> list[int]:
    return [
        make_order("A", [("MUG", "Mug", "red", 2), ("CUP", "Cup", "", 1)]),
        make_order("B", [("MUG", "Mug", "red", 1), ("MUG", "Mug", "blue", 1)]),
        make_order("C", [("", "Handmade card", "", 3), ("CUP", "Cup", "", 4)]),
    ]


def test_pick_list_aggregates_by_sku_and_variant(make_order: MakeOrder) -> None:
    checklists = load_checklists(_orders(make_order))
    pick = build_pick_list(checklists)
    rows = {(line.sku, line.variant): line for line in pick.lines}
    assert rows[("MUG", "red")].quantity == 3
    assert rows[("MUG", "red")].orders == (("A", 2), ("B", 1))
    assert rows[("MUG", "blue")].quantity == 1
    assert rows[("CUP", "")].quantity == 5
    assert rows[("", "")].title == "Handmade card"
    # The totals equal the sum of every order line.
    assert pick.total_quantity == sum(c.total_quantity for c in checklists) == 12
    assert pick.order_count == 3
    assert [line.sku for line in pick.lines] == ["CUP", "MUG", "MUG", ""]


def test_pick_list_sorts_by_title_and_location(make_order: MakeOrder) -> None:
    checklists = load_checklists(_orders(make_order))
    set_location("MUG", "A-01")
    set_location("CUP", "B-07")
    by_title = build_pick_list(checklists, "title")
    assert [line.title for line in by_title.lines] == ["Cup", "Handmade card", "Mug", "Mug"]
    by_location = build_pick_list(checklists, "location")
    assert [line.location for line in by_location.lines] == ["A-01", "A-01", "B-07", ""]
    with pytest.raises(UnknownSortError):
        build_pick_list(checklists, "price")
