"""The window keeps reading the orders while a large import writes them in the background, and
sees every order, and every index, once it is done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.core.models import Order
from desktop.core.orders import bulk_indexes
from desktop.ui.importing.controller import ImportController

pytestmark = pytest.mark.sqlite_only  # SQLite's catalogue; a server keeps its indexes throughout


def test_reading_during_a_large_import(qtbot, data_dir: Path, many_orders_file, order_indexes) -> None:  # type: ignore[no-untyped-def]
    orders = 3 * bulk_indexes.MIN_NEW_ORDERS
    path = many_orders_file(orders)
    before = order_indexes()
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(parent)
    finished: list[tuple[list, list]] = []
    controller.import_finished.connect(lambda results, failures: finished.append((results, failures)))
    seen: list[int] = []

    def read() -> bool:
        # What the table does on the GUI thread: an indexed, sorted read of the orders.
        newest = list(Order.select(Order.id).order_by(Order.ordered_at.desc(), Order.id.desc()).limit(50))
        seen.append(Order.select().count())
        assert len(newest) == min(50, seen[-1])
        return bool(finished)

    controller.import_files([path])
    qtbot.waitUntil(read, timeout=60000)
    results, failures = finished[0]
    assert failures == [] and results[0].orders_created == orders
    # Before the commit the window read the table as it was; never a half-written one.
    assert set(seen) <= {0, orders}
    assert Order.select().count() == orders
    assert order_indexes() == before
