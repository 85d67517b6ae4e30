"""The station the main window opens follows the settings."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.models import Order
from desktop.ui.context import AppContext
from desktop.ui.printing.feature import PrintingFeature
from desktop.ui.printing.options import label_printer
from desktop.ui.settings_store import Settings

MakeOrder = Callable[..., int]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_station_follows_suffix_beep_fragile_and_video_settings(
    qtbot: QtBot, make_order: MakeOrder, data_dir: Path
) -> None:
    pk = make_order("ST-1", [("CUP-9", "Wine tumbler", "", 1)], total=Decimal("900"), currency="USD")
    settings = Settings(data_dir / "settings.ini")
    for key, value in (
        ("scanner/suffix", "tab"), ("scanner/beep", False), ("packing/fragile_words", "tumbler"),
        ("packing/high_value_video", True), ("packing/station", "bench-2"),
        ("printing/label_printer", "Zebra ZD421"),
    ):  # fmt: skip
        settings.set(key, value)
    feature = PrintingFeature(AppContext(data_dir=data_dir, settings=settings))
    station = feature.open_station()
    qtbot.addWidget(station)
    assert station.scanner.suffix == "tab"
    assert not station.sounds.enabled  # type: ignore[attr-defined]
    qtbot.keyClicks(station.scan, "ST-1")
    qtbot.keyClick(station.scan, Qt.Key.Key_Tab)
    assert station.session is not None and station.session.checklist.fragile
    assert "FRAGILE" in station.order_label.text()
    qtbot.keyClicks(station.scan, "CUP-9")
    qtbot.keyClick(station.scan, Qt.Key.Key_Tab)
    assert Order.get_by_id(pk).workflow_status == "packed"
    assert "without a packing video" in station.banner.text()  # no clip ran
    assert station.bench.station == "bench-2"
    assert label_printer(settings, "4x6") == "Zebra ZD421" and label_printer(settings, "a4") == ""


def test_shelf_locations_are_edited_per_sku_and_sort_the_pick_list(
    qtbot: QtBot, make_order: MakeOrder
) -> None:
    from desktop.core.printing.checklist import load_checklists
    from desktop.core.printing.picklist import build_pick_list
    from desktop.ui.pack_station.locations import LocationsDialog

    pks = [make_order("L-1", [("ZED", "Zed", "", 1), ("ALPHA", "Alpha", "", 1)])]
    dialog = LocationsDialog()
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["ALPHA", "ZED"]
    assert model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 2), "Z-9")  # ALPHA on the last shelf
    assert model.setData(model.index(1, 2), " A-01 ")
    pick = build_pick_list(load_checklists(pks), "location")
    assert [(line.sku, line.location) for line in pick.lines] == [("ZED", "A-01"), ("ALPHA", "Z-9")]
    dialog.search.setText("zed")
    assert model.rowCount() == 1


def test_the_order_detail_shows_the_scan_log(qtbot: QtBot, make_order: MakeOrder, data_dir: Path) -> None:
    from desktop.core.packing.bench import PackBench

    pk = make_order("LOG-1", [("A", "a", "", 1)])
    feature = PrintingFeature(AppContext(data_dir=data_dir, settings=Settings(data_dir / "settings.ini")))
    [(title, panel)] = feature.detail_tabs(feature._ctx)
    qtbot.addWidget(panel)
    assert title == "Pack log"
    panel.set_order(pk)  # type: ignore[attr-defined]
    assert not panel.table.isVisibleTo(panel)  # type: ignore[attr-defined]
    bench = PackBench(packer="Mei", station="bench-1")
    for code in ("LOG-1", "NOPE", "A", "LOG-1"):
        bench.scan(code)
    panel.set_order(pk)  # type: ignore[attr-defined]
    model = panel.model  # type: ignore[attr-defined]
    results = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert results == ["opened", "wrong", "accepted", "completed", "label"]
    assert model.index(1, 2).data() == "NOPE" and model.index(0, 4).data() == "Mei"
