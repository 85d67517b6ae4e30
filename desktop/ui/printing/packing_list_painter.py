"""The in-box packing list, in the buyer's language: what is in the parcel, and thanks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.printing.packing_list import PackingList
from desktop.core.printing.paper import Slot
from desktop.ui.printing.canvas import CENTER, Canvas

PAD = 6.0


class PackingListPainter:
    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas

    def paint(self, packing: PackingList, slot: Slot) -> None:
        c, words = self.c, packing.words
        k = max(0.9, min(1.3, slot.width / 100))
        body, small, big = 9 * k, 7.5 * k, 15 * k
        x, y, w = slot.x + PAD, slot.y + PAD, slot.width - 2 * PAD
        bottom = slot.y + slot.height - PAD
        c.text(x, y, w, c.line_height(small), packing.shop, small)
        y += c.line_height(small)
        c.text(x, y, w, c.line_height(big), words.title, big, bold=True)
        y += c.line_height(big) + 1
        for text in (f"{words.order}: {packing.order_id}", packing.buyer_name):
            h = c.measure(text, body, w)
            c.text(x, y, w, h, text, body)
            y += h
        y += 2
        thanks_h = c.measure(words.thanks, body, w - 6) + 6
        lines_bottom = bottom - thanks_h - 2
        qty_w = 16.0 * k
        item_w = w - qty_w - 2
        lh = c.line_height(small)
        c.text(x, y, item_w, lh, words.item, small, bold=True)
        c.text(x + item_w + 2, y, qty_w, lh, words.quantity, small, bold=True, flags=CENTER)
        y += lh + 0.3
        c.hline(x, y, w, 0.35)
        y += 1
        for index, line in enumerate(packing.lines):
            text = " — ".join(p for p in (line.title or line.sku, line.variant) if p)
            h = c.measure(text, body, item_w) + 1.5
            if y + h > lines_bottom:
                more = len(packing.lines) - index
                c.text(x, y, w, c.line_height(body), f"+{more} …", body, bold=True)
                break
            c.text(x, y, item_w, h, text, body)
            c.text(
                x + item_w + 2,
                y,
                qty_w,
                c.line_height(body),
                str(line.quantity),
                body,
                bold=line.quantity > 1,
                flags=CENTER,
            )
            y += h
            c.hline(x, y - 0.6, w, 0.1)
        ty = bottom - thanks_h
        c.box(x, ty, w, thanks_h, 0.25)
        c.text(x + 3, ty + 3, w - 6, thanks_h - 6, words.thanks, body, color=Qt.GlobalColor.black)
