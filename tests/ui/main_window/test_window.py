"""The window around the table: first start, import, drop, remembered state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.core.models import Order


def test_first_start_shows_empty_state_then_samples(qtbot, window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    assert window.stack.currentWidget() is window.empty
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000) as finished:
        window.empty.samples_button.click()
    results, failures = finished.args
    assert failures == [] and len(results) == 10
    assert window.stack.currentWidget() is window.splitter
    assert Order.select().count() == 716


def test_bad_file_reports_and_changes_nothing(qtbot, window_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with qtbot.waitSignal(window.importer.import_finished, timeout=10000) as finished:
        window.importer.import_files([broken])
    results, failures = finished.args
    assert results == [] and failures[0][0] == "broken.xlsx"
    assert "damaged" in failures[0][1]
    assert Order.select().count() == 0


def test_drop_files_imports_them(qtbot, window_factory, samples: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(samples / "shopify_orders_export_1.csv"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.import_finished, timeout=10000):
        window.dropEvent(event)
    assert Order.select().count() == 80


def test_window_state_is_remembered(qtbot, window_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "remember"
    first = window_factory(data_dir)
    header = first.table.horizontalHeader()
    header.setSectionHidden(2, True)
    header.moveSection(1, 5)
    first.splitter.setSizes([150, 700, 500])
    sizes = first.splitter.sizes()
    first.close()
    second = window_factory(data_dir)
    header = second.table.horizontalHeader()
    assert header.isSectionHidden(2)
    assert header.visualIndex(1) == 5
    assert second.splitter.sizes() == sizes
