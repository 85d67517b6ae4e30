"""Exporting the orders of the current view to xlsx or CSV, in the background.

Cells hold what they are: numbers as numbers, dates as dates (on the seller's clock, since a
spreadsheet has no time zones), amounts beside their currency, so a seller can sum and sort
the sheet. Progress and cancel while it runs; a "done — open" message when it is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.day import system_zone
from desktop.core.models import Order
from desktop.core.orders.export import export_rows
from desktop.ui.orders.columns import COLUMNS, ROW_FIELDS, Column, Row
from desktop.ui.tasks import Task, run_with_progress

CHUNK = 2000


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Export", text, None, n)


def _local(zone: tzinfo) -> Callable[[Any], datetime | None]:
    def convert(value: Any) -> datetime | None:
        if not isinstance(value, datetime):
            return None
        return value.astimezone(zone).replace(tzinfo=None)

    return convert


def _number(value: Any) -> int | Decimal | None:
    return value if isinstance(value, int | Decimal) else None


def cell_getters(locale: QLocale, zone: tzinfo) -> list[tuple[str, Callable[[Row], Any]]]:
    """(header, value of a row) per exported column; typed where the column is a number or date."""
    local = _local(zone)
    typed: dict[str, Callable[[Row], Any]] = {
        "ordered_at": lambda r: local(r["ordered_at"]),
        "ship_by": lambda r: local(r["ship_by"]),
        "last_message": lambda r: local(r["last_message_at"]),
        "quantity": lambda r: _number(r["quantity_total"]),
        "total": lambda r: _number(r["total"]),
        "evidence": lambda r: int(r["evidence_count"] or 0),
    }
    getters: list[tuple[str, Callable[[Row], Any]]] = []
    for column in COLUMNS:
        getter = typed.get(column.key) or _display(column, locale)
        getters.append((column.label(), getter))
        if column.key == "total":
            getters.append((tr("Currency"), lambda r: r["currency"] or None))
    return getters


def _display(column: Column, locale: QLocale) -> Callable[[Row], Any]:
    return lambda row: column.display(row, locale) or None


def view_rows(
    order_ids: list[int], getters: list[Callable[[Row], Any]]
) -> Iterator[list[Any]]:
    fields = [getattr(Order, name) for name in ROW_FIELDS]
    for start in range(0, len(order_ids), CHUNK):
        chunk = order_ids[start : start + CHUNK]
        rows = {r["id"]: r for r in Order.select(*fields).where(Order.id.in_(chunk)).dicts()}
        for order_id in chunk:
            row = rows.get(order_id)
            if row is not None:
                yield [get(row) for get in getters]


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


def start_export(
    parent: QWidget | None, path: Path, order_ids: list[int], zone: tzinfo | None = None
) -> Task:
    """Write the orders in the background; the message when done offers to open the file."""
    getters = cell_getters(QLocale(), zone or system_zone())
    headers = [header for header, _ in getters]
    values = [get for _, get in getters]
    total = max(len(order_ids), 1)

    def work(report: Any, cancelled: Any) -> int:
        def rows() -> Iterator[list[Any]]:
            for number, row in enumerate(view_rows(order_ids, values)):
                if number % 2000 == 0:
                    report(number / total, "")
                yield row

        return export_rows(path, headers, rows(), cancelled)

    def done(count: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Export"),
            tr("Done: %n order(s) exported to {path}.", count).format(path=str(path)),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("exportDone")
        opener = box.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.open()  # not modal-blocking: the seller keeps working
        task.done_message = box  # type: ignore[attr-defined]

    def failed(error: BaseException) -> None:
        if not task.cancelled:
            QMessageBox.warning(parent, tr("Export failed"), str(error))

    task = run_with_progress(
        work, tr("Exporting %n order(s)…", len(order_ids)), parent, done, failed, name="exportProgress"
    )
    return task
