from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from desktop.core.models import Order
from desktop.core.packing.lookup import find_order, link_barcode, sku_for_barcode
from desktop.core.packing.session import PackSession, ScanOutcome
from desktop.core.packing.status import OrderGoneError, mark_packed
from desktop.core.printing.checklist import load_checklists

MakeOrder = Callable[..., int]


def _session(make_order: MakeOrder) -> PackSession:
    pk = make_order(
        "L1", [("MUG", "Mug", "red", 2), ("CARD", "Card", "", 1)], tracking_number="TH0191"
    )
    [checklist] = load_checklists([pk])
    return PackSession(checklist, alias=sku_for_barcode)


def test_scans_count_units_and_refuse_wrong_and_extra(make_order: MakeOrder) -> None:
    session = _session(make_order)
    assert session.scan("MUG").outcome is ScanOutcome.ACCEPTED
    assert session.scan(" mug\r").outcome is ScanOutcome.ACCEPTED  # case and scanner noise
    assert session.scan("MUG").outcome is ScanOutcome.EXTRA
    assert session.scan("PLATE").outcome is ScanOutcome.WRONG
    assert not session.complete
    assert session.packed_units == 2 and session.total_units == 3
    session.set_ticked(1, True)
    assert session.complete


def test_seller_barcode_alias_counts_for_its_sku(make_order: MakeOrder) -> None:
    session = _session(make_order)
    link_barcode("6901234567892", "CARD")
    result = session.scan("6901234567892")
    assert result.outcome is ScanOutcome.ACCEPTED and result.line_index == 1


def test_find_order_by_id_or_tracking(make_order: MakeOrder) -> None:
    session = _session(make_order)
    assert find_order("L1") == session.order_pk
    assert find_order("TH0191\n") == session.order_pk
    assert find_order("nothing") is None
    assert find_order("") is None


def test_mark_packed_writes_status_time_and_packer(make_order: MakeOrder) -> None:
    session = _session(make_order)
    when = datetime(2024, 12, 1, 9, 30, tzinfo=UTC)
    mark_packed(session.order_pk, "Mei ", when)
    order = Order.get_by_id(session.order_pk)
    assert (order.workflow_status, order.packed_at, order.packed_by) == ("packed", when, "Mei")
    with pytest.raises(OrderGoneError):
        mark_packed(99999, "Mei")
