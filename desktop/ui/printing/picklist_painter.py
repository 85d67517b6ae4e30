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
    # A SKU needed by more orders than a page holds continues on the next page: every
    # order number is printed, the quantity once, on its first part.
    continued: bool = False
    continues: bool = False


def orders_text(line: PickLine, orders: tuple[tuple[str, int], ...] | None = None) -> str:
    return ", ".join(
        order_id if qty == 1 else f"{order_id} ×{qty}"
        for order_id, qty in (line.orders if orders is None else orders)
    )


def _continued_word() -> str:
    return QCoreApplication.translate("PrintedPickList", "(continued)")


def _continues_word() -> str:
    return QCoreApplication.translate("PrintedPickList", "continues on the next page →")


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

    def _row(
        self,
        line: PickLine,
        orders: tuple[tuple[str, int], ...] | None = None,
        continued: bool = False,
        continues: bool = False,
    ) -> _Row:
        c, k = self.c, self.cols
        text = orders_text(line, orders)
        if continues:
            text += " " + _continues_word()
        sku_h = c.measure(line.sku or "—", self.body, k.sku, bold=True) + c.measure(
            line.location, self.small, k.sku
        )
        item_h = c.measure(line.title, self.body, k.item) + c.measure(
            self._variant_text(line, continued), self.small, k.item, bold=True
        )
        orders_h = c.measure(text, self.small, k.orders)
        height = max(sku_h, item_h, orders_h, c.line_height(self.body * 1.5)) + 1.6
        return _Row(line, text, height, continued, continues)

    @staticmethod
    def _variant_text(line: PickLine, continued: bool) -> str:
        if not continued:
            return line.variant
        return f"{line.variant} {_continued_word()}".strip()

    def _split(self, line: PickLine, room: float, continued: bool) -> tuple[_Row | None, int]:
        """The first part of a row too tall for `room`: as many orders as fit, or none.
        Searched by doubling then halving, so a SKU in thousands of orders never measures
        more than about twice a page's worth of text at a time."""

        def part(count: int) -> _Row:
            return self._row(line, line.orders[:count], continued, continues=True)

        total = len(line.orders)
        if total == 0 or part(1).height > room:
            return None, 0
        lo = 1
        while lo < total and part(min(total, lo * 2)).height <= room:
            lo = min(total, lo * 2)
        hi = min(total, lo * 2)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if part(mid).height <= room:
                lo = mid
            else:
                hi = mid - 1
        return part(lo), lo

    def _rows_for(
        self, line: PickLine, room: float, full: float
    ) -> list[tuple[_Row | None, bool]]:
        """The row of a line, in parts when it is taller than the room left; each part with
        whether a new page starts after it."""
        parts: list[tuple[_Row | None, bool]] = []
        rest, continued = line, False
        while True:
            # Only a remainder that could fit is measured whole: a SKU in thousands of orders
            # is never laid out in full once per page.
            head, count = self._split(rest, room, continued)
            if count == len(rest.orders):
                row = self._row(rest, continued=continued)
                if row.height <= room:
                    parts.append((row, False))
                    return parts
                count -= 1
                head = self._row(rest, rest.orders[:count], continued, continues=True) if count else None
            if head is None or count == 0:
                if room >= full:
                    row = self._row(rest, continued=continued)
                    # Not even one order fits an empty page (cannot happen with real ids):
                    # print it anyway rather than loop.
                    parts.append((row, False))
                    return parts
                parts.append((None, True))
                room = full
                continue
            parts.append((head, True))
            rest = PickLine(
                rest.sku, rest.variant, rest.title, rest.location, rest.quantity,
                rest.orders[count:],
            )  # fmt: skip
            continued, room = True, full

    def paginate(self, pick: PickList) -> list[list[_Row]]:
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
        for line in pick.lines:
            whole = self._row(line) if len(line.orders) < 400 else None
            if whole is not None and pages[-1] and used + whole.height > room and whole.height <= later:
                # It fits a page of its own: start one rather than split it.
                pages.append([])
                used, room = 0.0, later
            for row, page_break in self._rows_for(line, room - used, later):
                if row is not None:
                    pages[-1].append(row)
                    used += row.height
                if page_break:
                    pages.append([])
                    used, room = 0.0, later
        return [page for page in pages if page] or [[]]

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
        variant = self._variant_text(line, row.continued)
        c.text(cx, y + 0.6 + title_h, k.item, row.height, variant, self.small, bold=True)
        cx += k.item + 1
        if not row.continued:
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
