"""The pack station driven as at the packing table: scanner keystrokes ending in Enter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

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


def _shown(qtbot: QtBot, beeper: Beeper, **kw: object) -> PackStation:
    station = PackStation(packer="Mei", beep=beeper, clock=lambda: WHEN, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(station)
    station.show()
    return station


def test_cancelled_and_shipped_orders_are_refused_full_width(
    qtbot: QtBot, make_order: MakeOrder
) -> None:
    cancelled = make_order("CX-1", [("A", "a", "", 2)], marketplace_status="Cancelled")
    shipped = make_order(
        "SX-1", [("A", "a", "", 1)], workflow_status="shipped", tracking_number="LZ9CN"
    )
    played: list[str] = []
    beeper = Beeper()
    station = _station(qtbot, beeper)
    station.sounds = played.append
    with qtbot.waitSignal(station.refused):
        _scan(qtbot, station, "CX-1")
    assert station.session is None and station.banner.objectName() == "packBanner"
    assert "CANCELLED" in station.banner.text() and "ffeb3b" in station.banner.styleSheet()
    assert played == ["refused"] and beeper.count == 1
    _scan(qtbot, station, "LZ9CN")
    assert "SHIPPED" in station.banner.text() and station.session is None
    assert Order.get_by_id(shipped).workflow_status == "shipped"
    assert Order.get_by_id(cancelled).workflow_status == "to_pack"
    # The banner spans the station's width.
    station.resize(1366, 768)
    station.show()
    assert station.banner.width() >= station.width() - 40


def test_scans_typed_into_a_message_box_reach_the_station(
    qtbot: QtBot, make_order: MakeOrder
) -> None:
    from PySide6.QtWidgets import QMessageBox

    pk = make_order("MB-1", [("A", "a", "", 1)])
    station = _shown(qtbot, Beeper())
    box = QMessageBox(QMessageBox.Icon.Information, "Saved", "The photo was saved.")
    qtbot.addWidget(box)
    box.show()
    target = box.focusWidget() or box
    qtbot.keyClicks(target, "MB-1")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert station.session is not None and station.session.order_pk == pk
    assert box.isVisible()  # the scan's Enter did not close the box
    qtbot.keyClicks(target, "A")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert Order.get_by_id(pk).workflow_status == "packed"


def test_scans_typed_into_the_capture_window_reach_the_station(
    qtbot: QtBot, make_order: MakeOrder
) -> None:
    from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

    from desktop.ui.pack_station.scanner import FORWARD_PROPERTY

    pk = make_order("CW-1", [("A", "a", "", 2)])
    station = _shown(qtbot, Beeper())
    capture = QWidget()
    capture.setProperty(FORWARD_PROPERTY, True)
    button, idle = QPushButton("Take photo", capture), QSpinBox(capture)
    qtbot.addWidget(capture)
    capture.show()
    for target in (button, idle):
        qtbot.keyClicks(target, "CW-1" if target is button else "A")
        qtbot.keyClick(target, Qt.Key.Key_Return)
    assert station.session is not None and station.session.order_pk == pk
    assert station.session.packed_units == 1 and idle.value() == 0


def test_a_tab_suffixed_scanner_packs_an_order(qtbot: QtBot, make_order: MakeOrder) -> None:
    pk = make_order("TAB-1", [("A", "a", "", 1), ("B", "b", "", 1)], tracking_number="TT1")
    station = _shown(qtbot, Beeper(), suffix="tab")
    for code in ("]C0TT1", "A", "]E0B"):
        qtbot.keyClicks(station.scan, code)
        qtbot.keyClick(station.scan, Qt.Key.Key_Tab)
    assert station.scan.text() == ""
    assert Order.get_by_id(pk).workflow_status == "packed"
    # Enter + Tab: the Tab after the Enter is swallowed, not a second scan, not a focus move.
    qtbot.keyClicks(station.scan, "TT1")
    qtbot.keyClick(station.scan, Qt.Key.Key_Return)
    qtbot.keyClick(station.scan, Qt.Key.Key_Tab)
    assert station.session is None and "sealed" in station.banner.text()


def test_not_listening_and_not_recording_are_loud(qtbot: QtBot, data_dir: object) -> None:
    from PySide6.QtWidgets import QLineEdit

    station = _shown(qtbot, Beeper())
    other = QLineEdit()
    qtbot.addWidget(other)
    station._focus_changed(None, other)
    assert station.listening.isVisibleTo(station) and "NOT LISTENING" in station.listening.text()
    station._focus_changed(other, station.scan)
    assert not station.listening.isVisibleTo(station)
    station._focus_changed(station.scan, None)  # another program took the keyboard
    assert station.listening.isVisibleTo(station)
    station._focus_changed(None, station.scan)
    assert station.recording.text() == "NOT RECORDING"
    station.set_recording(7)
    assert "REC" in station.recording.text() and "NOT" not in station.recording.text()
    station.set_recording(None)
    assert station.recording.text() == "NOT RECORDING"


def test_photo_key_and_label_scan_drive_the_clip(qtbot: QtBot, make_order: MakeOrder) -> None:
    pk = make_order("V-1", [("A", "a", "", 1)])
    station = _station(qtbot, Beeper())
    _scan(qtbot, station, "V-1")
    with qtbot.waitSignal(station.photo_requested) as photo:
        qtbot.keyClick(station.scan, Qt.Key.Key_F5)
    assert photo.args == [pk]
    sealed: list[int] = []
    station.order_sealed.connect(sealed.append)
    with qtbot.waitSignal(station.order_completed):
        _scan(qtbot, station, "A")
    assert sealed == []  # packed, but the box is still being taped on camera
    _scan(qtbot, station, "V-1")  # its label: now the clip may stop
    assert sealed == [pk]


def test_capture_window_goes_beside_the_station() -> None:
    from PySide6.QtCore import QRect, QSize

    from desktop.ui.pack_station.placement import side_by_side

    screen = QRect(0, 0, 1366, 768)
    for station in (QRect(0, 0, 1366, 768), QRect(100, 50, 900, 600), QRect(400, 0, 900, 700)):
        kept, side = side_by_side(screen, station)
        assert not kept.intersects(side)
        assert screen.contains(side) and side.width() >= 320
    # Each keeps its minimum width; a screen too narrow for both stacks them.
    kept, side = side_by_side(screen, QRect(0, 0, 1366, 768), station_min=QSize(800, 300),
                              capture_min=QSize(530, 300))  # fmt: skip
    assert kept.width() >= 800 and side.width() >= 530 and not kept.intersects(side)
    kept, side = side_by_side(QRect(0, 0, 1024, 768), QRect(0, 0, 1024, 768),
                              station_min=QSize(800, 300), capture_min=QSize(530, 300))  # fmt: skip
    assert kept.width() == side.width() == 1024 and not kept.intersects(side)


def test_station_and_compact_capture_window_fit_a_1366_screen(qtbot: QtBot, data_dir: Path) -> None:
    from desktop.ui.evidence.capture_window import CaptureWindow
    from tests.ui.evidence.frames import GeneratedFeed

    station = _station(qtbot, Beeper())
    capture = CaptureWindow(data_dir, feed=GeneratedFeed())
    qtbot.addWidget(capture)
    capture.set_compact(True)
    assert station.minimumSizeHint().width() + capture.minimumSizeHint().width() <= 1366


_SHORTCUT_SCRIPT = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
app = QApplication([])
from desktop.core.db import open_database
from desktop.core.models import Order, OrderLine
from desktop.core.paths import database_url
open_database(database_url(Path(tempfile.mkdtemp())))
order = Order.create(marketplace="shopee", order_id="R2D2")
OrderLine.create(order=order, position=0, sku="A", quantity=1)
from desktop.ui.pack_station.scanner import FORWARD_PROPERTY
from desktop.ui.pack_station.station import PackStation
station = PackStation(beep=lambda: None)
station.show()
capture = QWidget()
capture.setProperty(FORWARD_PROPERTY, True)
button = QPushButton("Take photo", capture)
capture.show()
app.processEvents()
hits = []
shortcut = QShortcut(QKeySequence("R"), capture, context=Qt.ShortcutContext.ApplicationShortcut)
shortcut.activated.connect(lambda: hits.append(1))
button.setFocus()
QTest.keyClicks(button, "R2D2")
QTest.keyClick(button, Qt.Key.Key_Return)
app.processEvents()
print(len(hits), station.session is not None)
"""


def test_a_scan_into_the_capture_window_fires_none_of_its_shortcuts(tmp_path: Path) -> None:
    # In its own process: pytest-qt's application does not route QTest keys through the
    # shortcut map, a plain QApplication does (as a real keyboard does).
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", _SHORTCUT_SCRIPT], capture_output=True, text=True, env=env,
        cwd=root, timeout=120,
    )  # fmt: skip
    assert result.stdout.split()[-2:] == ["0", "True"], result.stderr[-2000:]
