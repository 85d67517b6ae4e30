"""The pick list: one table over as many pages as it needs, totals at the end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.printing.paper import Paper
from desktop.core.printing.picklist import PickLine, PickList
from desktop.ui.printing.canvas import CENTER, RIGHT, Canvas

MARGIN = 8.0


@dataclass(frozen=True)
class _Columns:
    box: float
    sku: float
    item: float
    qty: float
    orders: float


@dataclass(frozen=True)
class _Row:
    line: PickLine
    orders_text: str
    height: float


def orders_text(line: PickLine) -> str:
    return ", ".join(
        order_id if qty == 1 else f"{order_id} ×{qty}" for order_id, qty in line.orders
    )


class PickListPainter:
    def __init__(self, canvas: Canvas, paper: Paper) -> None:
        self.c = canvas
        self.paper = paper
        narrow = paper.width_mm < 150
        self.margin = 4.0 if narrow else MARGIN
        self.w = paper.width_mm - 2 * self.margin
        self.body = 8.0 if narrow else 9.0
        self.small = 6.5 if narrow else 7.5
        box, qty = 5.0, 12.0
        sku = self.w * 0.24
        rest = self.w - box - qty - sku - 4
        self.cols = _Columns(box, sku, rest * 0.58, qty, rest * 0.42)

    def _row(self, line: PickLine) -> _Row:
        c, k = self.c, self.cols
        text = orders_text(line)
        sku_h = c.measure(line.sku or "—", self.body, k.sku, bold=True) + c.measure(
            line.location, self.small, k.sku
        )
        item_h = c.measure(line.title, self.body, k.item) + c.measure(
            line.variant, self.small, k.item, bold=True
        )
        orders_h = c.measure(text, self.small, k.orders)
        return _Row(line, text, max(sku_h, item_h, orders_h, c.line_height(self.body * 1.5)) + 1.6)

    def paginate(self, pick: PickList) -> list[list[_Row]]:
        rows = [self._row(line) for line in pick.lines]
        first = (
            self.paper.height_mm
            - 2 * self.margin
            - self._title_height()
            - self._head_height()
            - self._total_height()
        )
        later = self.paper.height_mm - 2 * self.margin - self._head_height() - self._total_height()
        pages: list[list[_Row]] = [[]]
        used, room = 0.0, first
        for row in rows:
            if pages[-1] and used + row.height > room:
                pages.append([])
                used, room = 0.0, later
            pages[-1].append(row)
            used += row.height
        return pages

    def _title_height(self) -> float:
        return self.c.line_height(self.body * 1.6) + self.c.line_height(self.small) + 2

    def _head_height(self) -> float:
        return self.c.line_height(self.small) + 1.5

    def _total_height(self) -> float:
        return self.c.line_height(self.body * 1.3) + 2

    def paint(self, pick: PickList, new_page: Callable[[], None], printed_at: datetime) -> int:
        pages = self.paginate(pick)
        for number, rows in enumerate(pages, start=1):
            if number > 1:
                new_page()
            self._paint_page(pick, rows, number, len(pages), printed_at)
        return len(pages)

    def _paint_page(
        self, pick: PickList, rows: list[_Row], number: int, count: int, printed_at: datetime
    ) -> None:
        c, k, x = self.c, self.cols, self.margin
        y = self.margin
        page = QCoreApplication.translate("PrintedPickList", "Page {number} of {count}").format(
            number=number, count=count
        )
        if number == 1:
            big = self.body * 1.6
            c.text(
                x,
                y,
                self.w,
                c.line_height(big),
                QCoreApplication.translate("PrintedPickList", "Pick list"),
                big,
                bold=True,
            )
            c.text(x, y, self.w, c.line_height(self.small), page, self.small, flags=RIGHT)
            y += c.line_height(big)
            summary = QCoreApplication.translate(
                "PrintedPickList",
                "{orders} orders · {units} items · {lines} lines · printed {when}",
            ).format(
                orders=pick.order_count,
                units=pick.total_quantity,
                lines=len(pick.lines),
                when=printed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            c.text(x, y, self.w, c.line_height(self.small), summary, self.small)
            y += c.line_height(self.small) + 2
        else:
            c.text(
                x,
                y,
                self.w,
                c.line_height(self.small),
                QCoreApplication.translate("PrintedPickList", "Pick list") + " · " + page,
                self.small,
                flags=RIGHT,
            )
            y += c.line_height(self.small) + 1
        lh = c.line_height(self.small)
        cx = x + k.box + 1
        c.text(
            cx,
            y,
            k.sku,
            lh,
            QCoreApplication.translate("PrintedPickList", "SKU / location"),
            self.small,
        )
        cx += k.sku + 1
        c.text(cx, y, k.item, lh, QCoreApplication.translate("PrintedPickList", "Item"), self.small)
        cx += k.item + 1
        c.text(
            cx,
            y,
            k.qty,
            lh,
            QCoreApplication.translate("PrintedPickList", "Qty"),
            self.small,
            flags=CENTER,
        )
        c.text(
            cx + k.qty + 1,
            y,
            k.orders,
            lh,
            QCoreApplication.translate("PrintedPickList", "Orders"),
            self.small,
        )
        y += lh + 0.3
        c.hline(x, y, self.w, 0.4)
        y += 0.8
        for row in rows:
            self._paint_row(row, x, y)
            y += row.height
            c.hline(x, y - 0.3, self.w, 0.1)
        if number == count:
            total = QCoreApplication.translate("PrintedPickList", "Total units: {units}").format(
                units=pick.total_quantity
            )
            y += 1
            c.text(
                x,
                y,
                self.w,
                c.line_height(self.body * 1.3),
                total,
                self.body * 1.3,
                bold=True,
                flags=RIGHT,
            )

    def _paint_row(self, row: _Row, x: float, y: float) -> None:
        c, k, line = self.c, self.cols, row.line
        c.checkbox(x, y + 0.8, k.box - 1)
        cx = x + k.box + 1
        sku_h = c.measure(line.sku or "—", self.body, k.sku, bold=True)
        c.text(cx, y + 0.6, k.sku, sku_h, line.sku or "—", self.body, bold=True)
        c.text(cx, y + 0.6 + sku_h, k.sku, row.height, line.location, self.small)
        cx += k.sku + 1
        title_h = c.measure(line.title, self.body, k.item)
        c.text(cx, y + 0.6, k.item, title_h, line.title, self.body)
        c.text(cx, y + 0.6 + title_h, k.item, row.height, line.variant, self.small, bold=True)
        cx += k.item + 1
        c.text(
            cx,
            y + 0.3,
            k.qty,
            c.line_height(self.body * 1.5),
            str(line.quantity),
            self.body * 1.5,
            bold=True,
            flags=CENTER,
        )
        c.text(cx + k.qty + 1, y + 0.6, k.orders, row.height, row.orders_text, self.small)
