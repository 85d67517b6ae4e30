"""One packing checklist in a slot of a sheet or on a 4x6 label. A long order continues on the
next slot with the same header and barcodes, so every part can still be scanned."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core.printing.barcodes import BarcodeError, code128, qr
from desktop.core.printing.checklist import Checklist, ChecklistLine
from desktop.core.printing.paper import Slot
from desktop.ui.printing.canvas import CENTER, RIGHT, Canvas

PAD = 4.0  # mm inside a slot: printers cannot reach the paper edge


def local_time(when: datetime | None) -> str:
    return "" if when is None else when.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class _Sizes:
    """Type sizes in points and block sizes in mm, scaled to the slot (a label is small)."""

    small: float
    body: float
    big: float
    qr: float
    bar_h: float

    @staticmethod
    def for_width(width: float) -> _Sizes:
        k = max(0.85, min(1.35, width / 100))
        return _Sizes(
            small=7 * k, body=8.5 * k, big=14 * k, qr=min(24 * k, width * 0.24), bar_h=11 * k
        )


@dataclass(frozen=True)
class _Row:
    line: ChecklistLine
    height: float


@dataclass
class Part:
    """One slot's share of a checklist: line rows, and the notes (or pieces of a long note,
    ending or starting with an ellipsis) that fit under them."""

    rows: list[_Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


ELLIPSIS = "…"


class ChecklistPainter:
    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas

    # -- layout --------------------------------------------------------------------------
    def parts(self, checklist: Checklist, slot: Slot) -> list[Part]:
        """What each part holds: as many line rows as fit under the header and above the
        packer's lines; then the notes, only where they fit (a note too long for the room
        left ends with an ellipsis and goes on in a further part)."""
        s = _Sizes.for_width(slot.width)
        w = slot.width - 2 * PAD
        available = (
            slot.height
            - 2 * PAD
            - self._header_height(checklist, s, w)
            - self._signature_height(s)
        )
        heading = self.c.line_height(s.small) + 1.0  # column headings
        rows = [_Row(line, self._row_height(line, s, w)) for line in checklist.lines]
        parts: list[Part] = [Part()]
        used = heading
        for row in rows:
            if parts[-1].rows and used + row.height > available:
                parts.append(Part())
                used = heading
            parts[-1].rows.append(row)
            used += row.height
        min_room = self.c.line_height(s.body) * 2 + 3
        for note in self._notes(checklist):
            rest = note
            while rest:
                room = available - used
                need = self._note_height(rest, s, w) + 1
                if need <= room:
                    parts[-1].notes.append(rest)
                    used += need
                    break
                if room >= min_room:
                    head, rest = self._cut_note(rest, s, w, room - 1)
                    if head:
                        parts[-1].notes.append(head)
                parts.append(Part())
                used = 0.0
        return parts

    def _cut_note(self, note: str, s: _Sizes, w: float, room: float) -> tuple[str, str]:
        """The longest start of `note` that fits `room` with an ellipsis, and the rest
        (which starts with one), cut at a space where there is one."""
        lo, hi = 0, len(note)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._note_height(note[:mid].rstrip() + ELLIPSIS, s, w) <= room:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0:
            return "", note
        cut = note.rfind(" ", 0, lo)
        if cut > lo // 2:
            lo = cut
        return note[:lo].rstrip() + ELLIPSIS, ELLIPSIS + note[lo:].lstrip()

    def _columns(self, s: _Sizes, w: float) -> tuple[float, float, float, float]:
        box = 5.0 * s.body / 8.5
        qty = 13.0 * s.body / 8.5
        sku = min(34.0, w * 0.28)
        return box, qty, sku, w - box - qty - sku - 3

    def _row_height(self, line: ChecklistLine, s: _Sizes, w: float) -> float:
        _, _, sku_w, item_w = self._columns(s, w)
        item = self.c.measure(line.title, s.body, item_w) + self.c.measure(
            line.variant, s.small, item_w
        )
        sku = self.c.measure(line.sku, s.body, sku_w, bold=True)
        return max(item, sku, self.c.line_height(s.big) * 1.1) + 1.6

    def _info_lines(self, checklist: Checklist) -> list[str]:
        shipping = " · ".join(p for p in (checklist.carrier, checklist.tracking) if p)
        buyer = checklist.buyer_name
        if checklist.country_name:
            buyer = f"{buyer} — {checklist.country_name}" if buyer else checklist.country_name
        lines = [
            QCoreApplication.translate("PrintedChecklist", "Buyer: {buyer}").format(
                buyer=buyer or "—"
            )
        ]
        if shipping:
            lines.append(
                QCoreApplication.translate("PrintedChecklist", "Ship with: {shipping}").format(
                    shipping=shipping
                )
            )
        if checklist.ship_to:
            # The packer checks the label against this before she seals the box.
            lines.append(
                QCoreApplication.translate("PrintedChecklist", "Ship to: {address}").format(
                    address=", ".join(checklist.ship_to)
                )
            )
        return lines

    def _header_height(self, checklist: Checklist, s: _Sizes, w: float) -> float:
        left_w = w - s.qr - 3
        top = self.c.line_height(s.small) + self.c.measure(
            checklist.order_id, s.big, left_w, bold=True
        )
        top += self.c.line_height(s.body) + 1  # ship-by
        top = max(top + s.bar_h + 2, s.qr + 1)
        info = sum(self.c.measure(t, s.body, w) for t in self._info_lines(checklist)) + 1.5
        reminder = self._reminder_height(checklist, s, w)
        return top + info + reminder + 1.5

    def _reminder_text(self, checklist: Checklist) -> str:
        reasons = []
        if checklist.fragile:
            reasons.append(QCoreApplication.translate("PrintedChecklist", "FRAGILE"))
        if checklist.high_value:
            reasons.append(QCoreApplication.translate("PrintedChecklist", "HIGH VALUE"))
        return QCoreApplication.translate(
            "PrintedChecklist", "{reasons}: photograph contents, inner and outer packing"
        ).format(reasons=" · ".join(reasons))

    def _reminder_height(self, checklist: Checklist, s: _Sizes, w: float) -> float:
        if not checklist.evidence_reminder:
            return 0.0
        return self.c.measure(self._reminder_text(checklist), s.body, w - 4, bold=True) + 3.0

    def _notes(self, checklist: Checklist) -> list[str]:
        notes = []
        if checklist.buyer_note:
            notes.append(
                QCoreApplication.translate("PrintedChecklist", "Buyer's note: {note}").format(
                    note=checklist.buyer_note
                )
            )
        if checklist.seller_note:
            notes.append(
                QCoreApplication.translate("PrintedChecklist", "Seller's note: {note}").format(
                    note=checklist.seller_note
                )
            )
        return notes

    def _note_height(self, note: str, s: _Sizes, w: float) -> float:
        return self.c.measure(note, s.body, w - 3) + 2.0

    def _signature_height(self, s: _Sizes) -> float:
        return self.c.line_height(s.body) * 2.4 + 2

    def _footer_height(self, part: Part, s: _Sizes, w: float) -> float:
        notes = sum(self._note_height(n, s, w) + 1 for n in part.notes)
        return notes + self._signature_height(s)

    # -- painting ------------------------------------------------------------------------
    def paint(
        self, checklist: Checklist, slot: Slot, content: Part, part: int, parts: int
    ) -> None:
        s = _Sizes.for_width(slot.width)
        x, y, w = slot.x + PAD, slot.y + PAD, slot.width - 2 * PAD
        bottom = slot.y + slot.height - PAD
        y = self._paint_header(checklist, s, x, y, w, part, parts)
        if content.rows or not content.notes:
            y = self._paint_lines(content.rows, s, x, y, w)
        footer = self._footer_height(content, s, w)
        self._paint_footer(checklist, content, s, x, max(y + 1, bottom - footer), w)

    def _paint_header(
        self, checklist: Checklist, s: _Sizes, x: float, y: float, w: float, part: int, parts: int
    ) -> float:
        c = self.c
        left_w = w - s.qr - 3
        top = y
        same = not checklist.shop or checklist.shop == checklist.marketplace
        source = checklist.marketplace if same else f"{checklist.shop} · {checklist.marketplace}"
        if parts > 1:
            source = QCoreApplication.translate(
                "PrintedChecklist", "{source} — part {part} of {parts}"
            ).format(source=source, part=part, parts=parts)
        c.text(x, y, left_w, c.line_height(s.small), c.elided(source, s.small, left_w), s.small)
        y += c.line_height(s.small)
        id_h = c.measure(checklist.order_id, s.big, left_w, bold=True)
        c.text(x, y, left_w, id_h, checklist.order_id, s.big, bold=True)
        y += id_h
        ship_by = local_time(checklist.ship_by)
        if ship_by:
            c.text(
                x,
                y,
                left_w,
                c.line_height(s.body),
                QCoreApplication.translate("PrintedChecklist", "Ship by {date}").format(
                    date=ship_by
                ),
                s.body,
                bold=True,
            )
        y += c.line_height(s.body) + 1
        # An id Code128 cannot carry still has the QR code beside it.
        with suppress(BarcodeError):
            c.bars(x, y, left_w, s.bar_h, code128(checklist.order_id))
        y += s.bar_h + 2
        c.matrix(x + w - s.qr, top, s.qr, qr(checklist.order_id))
        y = max(y, top + s.qr + 1)
        for info in self._info_lines(checklist):
            h = c.measure(info, s.body, w)
            c.text(x, y, w, h, info, s.body)
            y += h
        y += 1.5
        if checklist.evidence_reminder:
            text = self._reminder_text(checklist)
            h = self._reminder_height(checklist, s, w)
            c.fill(x, y, w, h - 1)
            c.text(x + 2, y + 1, w - 4, h - 2, text, s.body, bold=True, color=Qt.GlobalColor.white)
            y += h
        return y + 1.5

    def _paint_lines(self, rows: list[_Row], s: _Sizes, x: float, y: float, w: float) -> float:
        c = self.c
        box, qty, sku_w, item_w = self._columns(s, w)
        head = c.line_height(s.small)
        c.text(
            x + box + 1,
            y,
            qty,
            head,
            QCoreApplication.translate("PrintedChecklist", "Qty"),
            s.small,
            flags=CENTER,
        )
        c.text(
            x + box + qty + 2,
            y,
            sku_w,
            head,
            QCoreApplication.translate("PrintedChecklist", "SKU"),
            s.small,
        )
        c.text(
            x + box + qty + sku_w + 3,
            y,
            item_w,
            head,
            QCoreApplication.translate("PrintedChecklist", "Item"),
            s.small,
        )
        y += head + 0.3
        c.hline(x, y, w, 0.4)
        y += 0.7
        for row in rows:
            line = row.line
            c.checkbox(x, y + 0.6, box - 1)
            qx = x + box + 1
            qh = c.line_height(s.big)
            if line.quantity > 1:
                # White on black, big: two of something must never be packed as one.
                c.fill(qx, y + 0.3, qty, qh)
                c.text(
                    qx,
                    y + 0.3,
                    qty,
                    qh,
                    f"×{line.quantity}",
                    s.big,
                    bold=True,
                    flags=CENTER,
                    color=Qt.GlobalColor.white,
                )
            else:
                c.text(qx, y + 0.3, qty, qh, str(line.quantity), s.body, flags=CENTER)
            c.text(x + box + qty + 2, y + 0.6, sku_w, row.height, line.sku, s.body, bold=True)
            ix = x + box + qty + sku_w + 3
            title_h = c.measure(line.title, s.body, item_w)
            c.text(ix, y + 0.6, item_w, title_h, line.title, s.body)
            if line.variant:
                c.text(ix, y + 0.6 + title_h, item_w, row.height, line.variant, s.small, bold=True)
            y += row.height
            c.hline(x, y - 0.3, w, 0.1)
        return y

    def _paint_footer(
        self, checklist: Checklist, content: Part, s: _Sizes, x: float, y: float, w: float
    ) -> None:
        c = self.c
        for note in content.notes:
            h = self._note_height(note, s, w)
            c.box(x, y, w, h, 0.25)
            c.text(x + 1.5, y + 1, w - 3, h - 2, note, s.body)
            y += h + 1
        lh = c.line_height(s.body)
        total = QCoreApplication.translate(
            "PrintedChecklist", "Units: {units} · Lines: {lines}"
        ).format(units=checklist.total_quantity, lines=len(checklist.lines))
        c.text(x, y + 0.4, w, lh, total, s.body, bold=True, flags=RIGHT)
        c.text(
            x,
            y + 0.4,
            w * 0.6,
            lh,
            QCoreApplication.translate("PrintedChecklist", "Packed by ____________"),
            s.body,
        )
        c.text(
            x,
            y + lh * 1.3,
            w * 0.6,
            lh,
            QCoreApplication.translate("PrintedChecklist", "Time ______________"),
            s.body,
        )
