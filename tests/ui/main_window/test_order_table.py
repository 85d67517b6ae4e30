"""The order table as a seller uses it: search, sort, filter, mark, undo, export."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from desktop.core.models import Order
from desktop.ui.orders.columns import COLUMNS
from desktop.ui.orders.table_model import OrderTableModel

TOTAL = 716


def _column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def test_model_passes_qtmodeltester(qtmodeltester, full_window) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel()
    model.refresh()
    assert model.rowCount() == TOTAL
    qtmodeltester.check(model, force_py=True)


def test_seam_names_and_all_orders(full_window) -> None:  # type: ignore[no-untyped-def]
    table = full_window.findChild(QTableView, "orderTable")
    search = full_window.findChild(QLineEdit, "orderSearch")
    assert table is not None and search is not None
    assert table.model().rowCount() == TOTAL


def _search(qtbot, window, text: str) -> int:  # type: ignore[no-untyped-def]
    window.findChild(QLineEdit, "orderSearch").setText(text)
    qtbot.waitUntil(lambda: window.model.current_filter().search == text, timeout=2000)
    return window.model.rowCount()


def test_search_narrows_as_you_type(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    assert _search(qtbot, full_window, "佩琪") >= 1  # two Chinese characters of a buyer's name
    row = full_window.model.row_data(0)
    assert "佩琪" in (row["buyer_name"] or "")
    assert _search(qtbot, full_window, "ณัฐพล") >= 1  # Thai
    assert _search(qtbot, full_window, "ＹＧＭ－６ＭＭ") >= 1  # full-width SKU, folded
    assert _search(qtbot, full_window, "lp00365690904771") == 1  # tracking, any case
    assert _search(qtbot, full_window, "zzzz-nothing") == 0
    assert _search(qtbot, full_window, "") == TOTAL


def test_keyboard_search_focus(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    full_window.show()
    full_window.activateWindow()
    qtbot.waitActive(full_window)
    full_window.table.setFocus()
    full_window.actions_["find"].trigger()
    qtbot.waitUntil(full_window.search_bar.search.hasFocus, timeout=2000)


def test_sort_by_total_server_side(full_window) -> None:  # type: ignore[no-untyped-def]
    full_window.model.sort(_column("total"), Qt.SortOrder.DescendingOrder)
    first = full_window.model.row_data(0)
    biggest = max(o.total or Decimal(0) for o in Order.select())
    assert first["total"] == biggest
    full_window.model.sort(_column("buyer"), Qt.SortOrder.AscendingOrder)
    names = [full_window.model.row_data(i)["buyer_name"] or "" for i in range(5)]
    assert names == sorted(names, key=str.lower)


def test_filters(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    bar = full_window.search_bar
    bar.marketplace.setCurrentIndex(bar.marketplace.findData("ebay"))
    assert full_window.model.rowCount() == 61
    bar.country.setCurrentIndex(bar.country.findData("US"))
    assert 0 < full_window.model.rowCount() < 61
    bar.marketplace.setCurrentIndex(0)
    bar.country.setCurrentIndex(0)
    bar.status.setCurrentIndex(bar.status.findData("closed"))
    assert full_window.model.rowCount() == Order.select().where(Order.workflow_status == "closed").count()


def test_sidebar_views_and_counts(full_window) -> None:  # type: ignore[no-untyped-def]
    full_window.sidebar.select_key("marketplace:shopee")
    assert full_window.model.rowCount() == 120
    full_window.sidebar.select_key("to_pack")
    to_pack = Order.select().where(Order.workflow_status == "to_pack").count()
    assert full_window.model.rowCount() == to_pack == full_window.sidebar.count_of("to_pack")


def test_mark_selection_packed_and_undo(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    full_window.sidebar.select_key("to_pack")
    before = full_window.model.rowCount()
    table = full_window.table
    table.selectRow(0)
    for row in range(1, 5):
        table.selectionModel().select(
            full_window.model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    ids = table.selected_orders()
    assert len(ids) == 5
    full_window.actions_["status_packed"].trigger()
    assert {o.workflow_status for o in Order.select().where(Order.id.in_(ids))} == {"packed"}
    # Counted again off the GUI thread.
    qtbot.waitUntil(lambda: full_window.sidebar.count_of("packed") == 5, timeout=5000)
    full_window.undo_stack.undo()
    assert {o.workflow_status for o in Order.select().where(Order.id.in_(ids))} == {"to_pack"}
    full_window.apply_filter()
    assert full_window.model.rowCount() == before


def test_detail_shows_the_current_order(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    full_window.findChild(QLineEdit, "orderSearch").setText("2000008881894073")
    qtbot.waitUntil(lambda: full_window.model.rowCount() == 1, timeout=2000)
    full_window.table.selectRow(0)
    overview = full_window.detail.overview
    assert "2000008881894073" in overview.title.text()
    assert overview.lines_model.rowCount() == 3
    assert "Nuevo León" in overview.address.text()
    overview.note.setPlainText("ask about gift wrap")
    overview.save_note()
    assert Order.get(Order.order_id == "2000008881894073").seller_note == "ask about gift wrap"
    overview.exported_toggle.setChecked(True)
    parent = overview.exported_model.item(0)
    assert parent.rowCount() > 50  # every column of the export row


def test_export_neutralises_formulas(qtbot, full_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.orders.export_view import start_export

    Order.update(buyer_name='=HYPERLINK("http://x","y")').where(Order.order_id == "#1001").execute()
    full_window.reload()
    target = tmp_path / "view.xlsx"
    task = start_export(full_window, target, full_window.model.all_ids())
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == TOTAL + 1
    buyers = [c for c in sheet.iter_cols()][_column("buyer")]
    # Written as it is, in a text cell: shown without an apostrophe, never run.
    [cell] = [c for c in buyers if c.value == '=HYPERLINK("http://x","y")']
    assert cell.data_type == "s" and cell.quotePrefix
    assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)



def test_export_writes_numbers_and_dates_as_cells_and_says_done(qtbot, full_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from desktop.ui.orders.export_view import start_export

    target = tmp_path / "typed.xlsx"
    ids = full_window.model.all_ids()
    task = start_export(full_window, target, ids, zone=ZoneInfo("Asia/Shanghai"))
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: getattr(task, "done_message", None) is not None, timeout=5000)
    box = task.done_message
    assert "716 orders exported" in box.text() or "716" in box.text()
    assert any(b.text() == "Open" for b in box.buttons())
    box.close()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    total, currency, ordered, qty = (header.index(h) for h in ("Total", "Currency", "Ordered", "Qty"))
    first = Order.get_by_id(ids[0])
    assert isinstance(rows[1][ordered], datetime)
    assert rows[1][ordered] == first.ordered_at.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)
    assert isinstance(rows[1][qty], int)
    numbers = [r[total] for r in rows[1:] if r[total] is not None]
    assert numbers and all(isinstance(v, int | float) for v in numbers)
    assert rows[1][currency] == first.currency


def test_detail_leaves_out_what_the_order_does_not_have(qtbot, full_window) -> None:  # type: ignore[no-untyped-def]
    overview = full_window.detail.overview
    form = overview.form
    full_window.findChild(QLineEdit, "orderSearch").setText("2000008881894073")
    qtbot.waitUntil(lambda: full_window.model.rowCount() == 1, timeout=2000)
    full_window.table.selectRow(0)
    order = Order.get(Order.order_id == "2000008881894073")
    assert form.isRowVisible(overview.buyer) and form.isRowVisible(overview.dates)
    assert form.isRowVisible(overview.buyer_note) == bool(order.buyer_note)
    Order.update(buyer_note="Please ring twice").where(Order.id == order.id).execute()
    overview.set_order(order.id)
    assert form.isRowVisible(overview.buyer_note) and overview.buyer_note.text() == "Please ring twice"
    Order.update(buyer_note=None, phone=None, marketplace_status=None).where(Order.id == order.id).execute()
    overview.set_order(order.id)
    assert not form.isRowVisible(overview.buyer_note) and not form.isRowVisible(overview.phone)
    assert not overview.title.text().rstrip().endswith("·")
    overview.set_order(None)  # nothing selected: the invitation alone
    assert not any(form.isRowVisible(label) for label in (overview.buyer, overview.money, overview.dates))
