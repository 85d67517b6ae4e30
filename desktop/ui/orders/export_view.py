"""Exporting the orders of the current view to xlsx or CSV, in the background."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.core.models import Order
from desktop.core.orders.export import export_rows
from desktop.ui.orders.columns import COLUMNS, ROW_FIELDS
from desktop.ui.tasks import Task


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def view_rows(order_ids: list[int], locale: QLocale) -> Iterator[list[str]]:
    fields = [getattr(Order, name) for name in ROW_FIELDS]
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        rows = {r["id"]: r for r in Order.select(*fields).where(Order.id.in_(chunk)).dicts()}
        for order_id in chunk:
            row = rows.get(order_id)
            if row is not None:
                yield [column.display(row, locale) for column in COLUMNS]


def export_view(parent: QWidget, order_ids: list[int], default_dir: Path) -> Task | None:
    path_text, _ = QFileDialog.getSaveFileName(
        parent, tr("Export orders"), str(default_dir / "orders.xlsx"),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
    )  # fmt: skip
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    return start_export(parent, path, order_ids)


def start_export(parent: QWidget, path: Path, order_ids: list[int]) -> Task:
    headers = [c.label() for c in COLUMNS]
    locale = QLocale()
    total = max(len(order_ids), 1)

    def work(report: Any, cancelled: Any) -> int:
        def rows() -> Iterator[list[str]]:
            for number, row in enumerate(view_rows(order_ids, locale)):
                if number % 1000 == 0:
                    report(number / total, "")
                yield row

        return export_rows(path, headers, rows(), cancelled)

    progress = QProgressDialog(
        tr("Exporting {count} orders…").format(count=len(order_ids)), tr("Cancel"), 0, 100, parent
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    task = Task(work, parent)
    task.progressed.connect(lambda fraction, _m: progress.setValue(int(fraction * 100)))
    progress.canceled.connect(task.cancel)
    task.finished.connect(progress.reset)
    task.failed.connect(
        lambda error: (
            None if task.cancelled else QMessageBox.warning(parent, tr("Export failed"), str(error))
        )
    )
    task.start()
    return task
