"""The pack station driven as at the packing table: scanner keystrokes ending in Enter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.models import Order, SkuBarcode
from desktop.ui.pack_station.station import PackStation

MakeOrder = Callable[..., int]
WHEN = datetime(2024, 12, 2, 8, 15, tzinfo=UTC)


class Beeper:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def _station(
    qtbot: QtBot, beeper: Beeper, queue: list[int] | None = None, auto: bool = True
) -> PackStation:
    station = PackStation(
        packer="Mei", queue=queue or [], auto_complete=auto, beep=beeper, clock=lambda: WHEN
    )
    qtbot.addWidget(station)
    return station


def _scan(qtbot: QtBot, station: PackStation, code: str) -> None:
    qtbot.keyClicks(station.scan, code)
    qtbot.keyClick(station.scan, Qt.Key.Key_Return)


def test_wrong_item_is_refused_and_right_order_completes(
    qtbot: QtBot, make_order: MakeOrder
) -> None:
    pk = make_order("241124T3PGWADU", [("MUG-RED", "Mug", "red", 2), ("CARD", "Card", "", 1)])
    beeper = Beeper()
    station = _station(qtbot, beeper)
    with qtbot.waitSignal(station.order_opened) as opened:
        _scan(qtbot, station, "241124T3PGWADU")
    assert opened.args == [pk]
    assert station.model.rowCount() == 2

    _scan(qtbot, station, "PLATE-01")
    assert beeper.count == 1
    assert "c62828" in station.banner.styleSheet()  # red
    assert "PLATE-01" in station.banner.text()

    _scan(qtbot, station, "MUG-RED")
    _scan(qtbot, station, "MUG-RED")
    _scan(qtbot, station, "MUG-RED")  # a third mug: refused as extra
    assert beeper.count == 2
    assert not station.complete_button.isEnabled()
    assert Order.get_by_id(pk).workflow_status == "to_pack"

    with qtbot.waitSignal(station.order_completed) as completed:
        _scan(qtbot, station, "CARD")
    assert completed.args == [pk]
    order = Order.get_by_id(pk)
    assert (order.workflow_status, order.packed_at, order.packed_by) == ("packed", WHEN, "Mei")
    assert "2e7d32" in station.banner.styleSheet()  # green
    # Packed, and still on the bench while the box is sealed: its label is the last scan.
    assert station.session is not None and station.bench.packed
    with qtbot.waitSignal(station.order_sealed) as sealed:
        _scan(qtbot, station, "241124T3PGWADU")
    assert sealed.args == [pk] and station.session is None


def test_complete_needs_every_line_and_manual_tick_works_without_mouse(
    qtbot: QtBot, make_order: MakeOrder
) -> None:
    pk = make_order(
        "ORDER-2",
        [("A", "Thing a", "", 1), ("", "Handmade card (no barcode)", "", 1)],
        tracking_number="SPX123",
    )
    beeper = Beeper()
    station = _station(qtbot, beeper, auto=False)
    _scan(qtbot, station, "SPX123")  # the tracking number opens the order too
    assert station.session is not None and station.session.order_pk == pk
    _scan(qtbot, station, "A")
    qtbot.keyClick(station.scan, Qt.Key.Key_F12)
    assert beeper.count == 1 and "missing" in station.banner.text()
    qtbot.keyClick(station.scan, Qt.Key.Key_Down)
    qtbot.keyClick(station.scan, Qt.Key.Key_F2)  # tick the line without a barcode
    assert station.session.complete
    assert station.complete_button.isEnabled()
    with qtbot.waitSignal(station.order_completed):
        qtbot.keyClick(station.scan, Qt.Key.Key_Return)  # Enter on an empty field completes
    assert Order.get_by_id(pk).workflow_status == "packed"


def test_refused_barcode_can_be_linked_to_a_sku(qtbot: QtBot, make_order: MakeOrder) -> None:
    make_order("ORDER-3", [("MUG-RED", "Mug", "", 1), ("CUP", "Cup", "", 1)])
    beeper = Beeper()
    station = _station(qtbot, beeper, auto=False)
    _scan(qtbot, station, "ORDER-3")
    _scan(qtbot, station, "6901234567892")
    assert beeper.count == 1
    qtbot.keyClick(station.scan, Qt.Key.Key_F3)  # the first line is selected: the mug
    assert SkuBarcode.get(SkuBarcode.barcode == "6901234567892").sku == "MUG-RED"
    assert station.session is not None and station.session.lines[0].done


def test_completing_moves_to_the_next_queued_order(qtbot: QtBot, make_order: MakeOrder) -> None:
    first = make_order("Q-1", [("A", "a", "", 1)])
    second = make_order("Q-2", [("B", "b", "", 1)], buyer_name="王雅婷")
    station = _station(qtbot, Beeper(), queue=[first, second])
    _scan(qtbot, station, "Q-1")
    with qtbot.waitSignal(station.order_completed):
        _scan(qtbot, station, "A")
    # The next queued order opens once the box is sealed: its label scan.
    with qtbot.waitSignals([station.order_sealed, station.order_opened]):
        _scan(qtbot, station, "Q-1")
    assert station.session is not None and station.session.order_pk == second
    assert "王雅婷" in station.order_label.text()
    assert "Q-1" in station.banner.text()
    # Scanning another checklist while an order is open switches to it.
    third = make_order("Q-3", [("C", "c", "", 1)])
    _scan(qtbot, station, "Q-3")
    assert station.session.order_pk == third


def test_unknown_order_is_refused(qtbot: QtBot, data_dir: object) -> None:
    beeper = Beeper()
    station = _station(qtbot, beeper)
    station.scan.setText("不存在的订单")  # keyClicks cannot type CJK
    qtbot.keyClick(station.scan, Qt.Key.Key_Return)
    assert beeper.count == 1 and "不存在的订单" in station.banner.text()
