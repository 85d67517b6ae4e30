"""The in-box packing list, in the buyer's language: what is in the parcel, and thanks.
An order with more lines than a slot holds continues on further parts ("2/3"), each with
the order number, so no line is ever left out; the thanks close the last part."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.core.printing.checklist import ChecklistLine
from desktop.core.printing.packing_list import PackingList
from desktop.core.printing.paper import Slot
from desktop.ui.printing.canvas import CENTER, Canvas

PAD = 6.0


@dataclass(frozen=True)
class _Layout:
    body: float
    small: float
    big: float
    x: float
    w: float
    qty_w: float
    item_w: float
    lines_top: float  # where the first line row starts
    bottom: float
    thanks_h: float


def _line_text(line: ChecklistLine) -> str:
    return " — ".join(p for p in (line.title or line.sku, line.variant) if p)


class PackingListPainter:
    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas

    def _header_lines(self, packing: PackingList) -> list[str]:
        lines = [f"{packing.words.order}: {packing.order_id}"]
        lines.extend(packing.ship_to or ([packing.buyer_name] if packing.buyer_name else []))
        return lines

    def _layout(self, packing: PackingList, slot: Slot) -> _Layout:
        c = self.c
        k = max(0.9, min(1.3, slot.width / 100))
        body, small, big = 9 * k, 7.5 * k, 15 * k
        x, w = slot.x + PAD, slot.width - 2 * PAD
        y = slot.y + PAD + c.line_height(small) + c.line_height(big) + 1
        y += sum(c.measure(t, body, w) for t in self._header_lines(packing)) + 2
        y += c.line_height(small) + 1.3
        qty_w = 16.0 * k
        thanks_h = c.measure(packing.words.thanks, body, w - 6) + 6
        return _Layout(
            body, small, big, x, w, qty_w, w - qty_w - 2, y, slot.y + slot.height - PAD, thanks_h
        )

    def _row_height(self, line: ChecklistLine, lay: _Layout) -> float:
        return self.c.measure(_line_text(line), lay.body, lay.item_w) + 1.5

    def parts(self, packing: PackingList, slot: Slot) -> list[list[ChecklistLine]]:
        lay = self._layout(packing, slot)
        room = lay.bottom - lay.lines_top  # a part without the thanks
        last_room = room - lay.thanks_h - 2
        parts: list[list[ChecklistLine]] = [[]]
        used: list[float] = [0.0]
        for line in packing.lines:
            h = self._row_height(line, lay)
            if parts[-1] and used[-1] + h > room:
                parts.append([])
                used.append(0.0)
            parts[-1].append(line)
            used[-1] += h
        # The thanks close the last part: move lines on when they leave no room for it.
        moved: list[ChecklistLine] = []
        while used[-1] > last_room and len(parts[-1]) > (0 if len(parts) > 1 else 1):
            line = parts[-1].pop()
            used[-1] -= self._row_height(line, lay)
            moved.insert(0, line)
        if moved:
            parts.append(moved)
        return [p for p in parts if p] or [[]]

    def paint(
        self,
        packing: PackingList,
        slot: Slot,
        lines: list[ChecklistLine] | None = None,
        part: int = 1,
        parts: int = 1,
    ) -> None:
        c, words = self.c, packing.words
        lay = self._layout(packing, slot)
        body, small, big, x, w = lay.body, lay.small, lay.big, lay.x, lay.w
        y = slot.y + PAD
        shop = packing.shop if parts == 1 else f"{packing.shop} · {part}/{parts}"
        c.text(x, y, w, c.line_height(small), shop, small)
        y += c.line_height(small)
        c.text(x, y, w, c.line_height(big), words.title, big, bold=True)
        y += c.line_height(big) + 1
        for text in self._header_lines(packing):
            h = c.measure(text, body, w)
            c.text(x, y, w, h, text, body)
            y += h
        y += 2
        lh = c.line_height(small)
        c.text(x, y, lay.item_w, lh, words.item, small, bold=True)
        c.text(x + lay.item_w + 2, y, lay.qty_w, lh, words.quantity, small, bold=True, flags=CENTER)
        y += lh + 0.3
        c.hline(x, y, w, 0.35)
        y += 1
        for line in packing.lines if lines is None else lines:
            text = _line_text(line)
            h = self._row_height(line, lay)
            c.text(x, y, lay.item_w, h, text, body)
            c.text(
                x + lay.item_w + 2, y, lay.qty_w, c.line_height(body), str(line.quantity), body,
                bold=line.quantity > 1, flags=CENTER,
            )  # fmt: skip
            y += h
            c.hline(x, y - 0.6, w, 0.1)
        if part < parts:
            c.text(x, y + 1, w, c.line_height(body), f"→ {part + 1}/{parts}", body, bold=True)
            return
        ty = lay.bottom - lay.thanks_h
        c.box(x, ty, w, lay.thanks_h, 0.25)
        c.text(
            x + 3, ty + 3, w - 6, lay.thanks_h - 6, words.thanks, body,
            color=Qt.GlobalColor.black,
        )  # fmt: skip
