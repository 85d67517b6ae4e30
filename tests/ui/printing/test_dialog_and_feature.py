"""The printing feature as the main window uses it: its actions, the dialog, the background PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.orders.queries import OrderFilter
from desktop.ui.context import AppContext
from desktop.ui.printing.feature import PrintingFeature
from desktop.ui.settings_store import Settings

MakeOrder = Callable[..., int]


def _ctx(data_dir: Path, selected: list[int]) -> AppContext:
    return AppContext(
        data_dir=data_dir,
        settings=Settings(data_dir / "settings.ini"),
        selected_order_ids=lambda: list(selected),
        current_filter=lambda: OrderFilter(workflow_status="to_pack"),
    )


def test_actions_for_the_main_window(qtbot: QtBot, data_dir: Path) -> None:
    feature = PrintingFeature(_ctx(data_dir, []))
    actions = {a.objectName(): a for a in feature.actions(_ctx(data_dir, []))}
    assert set(actions) == {"printChecklists", "printPickList", "printPackingLists", "packStation"}
    assert actions["printChecklists"].property("toolbar") is True
    assert actions["packStation"].property("toolbar") is True
    assert actions["printPickList"].property("menu") == "Orders"
    assert feature.detail_tabs(_ctx(data_dir, [])) == []


def test_dialog_saves_a_pdf_in_the_background(
    qtbot: QtBot, make_order: MakeOrder, data_dir: Path, tmp_path: Path
) -> None:
    pks = [make_order(f"B-{i}", [("SKU-1", "Thing", "", i % 3 + 1)]) for i in range(40)]
    ctx = _ctx(data_dir, pks[:5])
    feature = PrintingFeature(ctx)
    dialog = feature.open_dialog("picklist")
    qtbot.addWidget(dialog)
    assert dialog.selection.isChecked()
    assert dialog.sort.isEnabled() and not dialog.per_page.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("checklists"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.per_page.setCurrentIndex(dialog.per_page.findData(4))
    dialog.view.setChecked(True)  # the whole To pack view: 40 orders
    out = tmp_path / "view.pdf"
    progress: list[float] = []
    task = dialog.save_pdf(out)
    assert task is not None
    task.progressed.connect(lambda fraction, _order: progress.append(fraction))
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert out.is_file() and out.stat().st_size > 1000
    assert "10 pages" in dialog.message.text()
    assert progress and progress[-1] == 1.0
    assert ctx.settings.get("printing/per_page") == 4
    dialog.reject()


# The offscreen platform cannot raise a window, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_pack_station_action_queues_the_selection(
    qtbot: QtBot, make_order: MakeOrder, data_dir: Path
) -> None:
    first = make_order("S-1", [("A", "a", "", 1)])
    ctx = _ctx(data_dir, [first])
    feature = PrintingFeature(ctx)
    opened: list[int] = []
    feature.signals.order_opened.connect(opened.append)
    station = feature.open_station()
    qtbot.addWidget(station)
    station.scan_code("S-1")
    assert opened == [first]
    assert feature.open_station() is station


def test_a_closed_print_dialog_leaves_no_dangling_reference(
    qtbot: QtBot, make_order: MakeOrder, data_dir: Path
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    ctx = _ctx(data_dir, [make_order("C-1", [("A", "a", "", 1)])])
    feature = PrintingFeature(ctx)
    feature.open_dialog("checklists").reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert feature.dialog is None
    again = feature.open_dialog("checklists")  # opening again works after the first is gone
    qtbot.addWidget(again)
    assert feature.dialog is again
