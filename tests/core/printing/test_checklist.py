from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.models import Order
from desktop.core.printing.checklist import (
    HighValueRule,
    load_checklists,
    parse_currency_thresholds,
)
from desktop.core.printing.selection import UnknownOrdersError, resolve_orders

MakeOrder = Callable[..., int]


def test_checklist_carries_order_lines_and_notes(make_order: MakeOrder) -> None:
    pk = make_order(
        "2411245DPB0B95",
        [("MUG-RED", "Ceramic mug", "Colour: red", 2), ("SPOON", "Tea spoon", "", 1)],
        buyer_note="no invoice please",
        seller_note="gift wrap",
        tracking_number="SPXMY123",
        carrier="SPX Express",
    )
    [checklist] = load_checklists([pk])
    assert checklist.order_id == "2411245DPB0B95"
    assert checklist.shop == "Lucky Cat Store"
    assert checklist.marketplace == "Shopee"
    assert checklist.tracking == "SPXMY123"
    assert checklist.country_name == "Spain"
    assert [(line.sku, line.quantity) for line in checklist.lines] == [("MUG-RED", 2), ("SPOON", 1)]
    assert checklist.total_quantity == 3
    assert checklist.buyer_note == "no invoice please"
    assert checklist.seller_note == "gift wrap"


def test_evidence_reminder_for_fragile_or_high_value(make_order: MakeOrder) -> None:
    cheap = make_order("A1", [("S", "t", "", 1)], total=Decimal("5"))
    fragile = make_order("A2", [("S", "t", "", 1)], total=Decimal("5"), fragile=True)
    dear = make_order("A3", [("S", "t", "", 1)], total=Decimal("500"))
    dong = make_order("A4", [("S", "t", "", 1)], total=Decimal("900000"), currency="VND")
    rule = HighValueRule(Decimal(100), parse_currency_thresholds("VND=2500000, bad, XX=1"))
    by_id = {c.order_id: c for c in load_checklists([cheap, fragile, dear, dong], rule)}
    assert not by_id["A1"].evidence_reminder
    assert by_id["A2"].evidence_reminder and not by_id["A2"].high_value
    assert by_id["A3"].high_value
    assert not by_id["A4"].evidence_reminder  # under the VND threshold


def test_checklists_keep_the_requested_order_across_chunks(make_order: MakeOrder) -> None:
    pks = [make_order(f"O{i}", [("S", "t", "", 1)]) for i in range(7)]
    wanted = list(reversed(pks))
    from desktop.core.printing.checklist import iter_checklists

    assert [c.order_pk for c in iter_checklists(wanted, chunk=3)] == wanted


def test_resolve_orders_by_marketplace_id_and_status(make_order: MakeOrder) -> None:
    a = make_order("111", [("S", "t", "", 1)])
    b = make_order("222", [("S", "t", "", 1)], workflow_status="shipped")
    assert resolve_orders(["222", "111"]) == [b, a]
    assert resolve_orders([], "to_pack") == [a]
    with pytest.raises(UnknownOrdersError) as caught:
        resolve_orders(["111", "999"])
    assert caught.value.order_ids == ["999"]


def test_samples_load_as_checklists(imported: Path) -> None:
    pks = [o.get_id() for o in Order.select().where(Order.workflow_status == "to_pack")]
    checklists = load_checklists(pks)
    assert len(checklists) == len(pks) > 0
    assert all(c.lines for c in checklists)
