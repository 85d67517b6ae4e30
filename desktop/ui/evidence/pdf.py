"""PDFs for dispute packs, painted with QPdfWriter: the one-page summary (timeline and
thumbnails) and, when the printing area offers none, a plain packing checklist.
All text is drawn as text, so the PDF can be searched and copied from."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from desktop.core.evidence.timeline import OrderSummary
from desktop.ui.evidence.words import event_name, stage_name, tr, when_text

RESOLUTION = 300
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 14.0
WRAP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
CELL, GAP = 38.0, 7.6
_PER_ROW = int((PAGE_W - 2 * MARGIN + GAP) // (CELL + GAP))
ROW_H = 7 + CELL * 0.75 + 12  # title line, picture, two caption lines
ELIDE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _Page:
    """Millimetre coordinates on one A4 page of a QPdfWriter."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter
        self.k = RESOLUTION / 25.4

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def text(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        points: float = 9,
        bold: bool = False,
        color: QColor | None = None,
        wrap: bool = True,
    ) -> float:
        """Draw text at (x, y) mm; returns the height used in mm."""
        font = self.font(points, bold)
        self.p.setFont(font)
        self.p.setPen(color or QColor(20, 20, 20))
        metrics = QFontMetricsF(font, self.p.device())
        if not wrap:
            line = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w * self.k)
            height = metrics.height() / self.k
            self.p.drawText(self.r(x, y, w, height), ELIDE, line)
            return height
        box = metrics.boundingRect(self.r(x, y, w, 1000), WRAP_LEFT, text)
        self.p.drawText(self.r(x, y, w, box.height() / self.k + 1), WRAP_LEFT, text)
        return box.height() / self.k

    def line(self, x1: float, y1: float, x2: float, y2: float, color: QColor | None = None) -> None:
        self.p.setPen(color or QColor(180, 180, 180))
        self.p.drawLine(self.r(x1, y1, 0, 0).topLeft(), self.r(x2, y2, 0, 0).topLeft())


def _begin(buffer: QBuffer, title: str) -> tuple[QPdfWriter, QPainter]:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("Seller Desk")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start the PDF writer")
    return writer, painter


def _finish(buffer: QBuffer, data: QByteArray) -> bytes:
    buffer.close()
    raw = bytes(data.data())
    try:
        # The printing area repairs Noto CJK's ToUnicode maps so Chinese names stay searchable.
        from desktop.core.printing.pdf_text import repair_pdf_bytes
    except ImportError:
        return raw
    return repair_pdf_bytes(raw)


def summary_pdf(summary: OrderSummary) -> bytes:
    """One A4 page: the order's facts, its timeline, and thumbnails of the evidence."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    title = tr("Dispute summary: {marketplace} order {order}").format(
        marketplace=summary.marketplace, order=summary.order_id
    )
    writer, painter = _begin(buffer, title)
    try:
        _paint_summary(_Page(painter), summary, title)
    finally:
        painter.end()
        del writer
    return _finish(buffer, data)


def _paint_summary(page: _Page, s: OrderSummary, title: str) -> None:
    x, width = MARGIN, PAGE_W - 2 * MARGIN
    y = MARGIN
    y += page.text(x, y, width, title, 15, bold=True) + 2
    packed = ""
    if s.packed_at is not None:
        packed = tr("{when} by {packer}").format(when=when_text(s.packed_at), packer=s.packed_by or "—")
    facts = [
        (tr("Shop"), s.shop),
        (tr("Buyer"), f"{s.buyer} ({s.country})" if s.country else s.buyer),
        (tr("Ship to"), ", ".join(s.ship_to)),
        (tr("Total"), s.total),
        (tr("Shipping"), " · ".join(v for v in (s.carrier, s.service, s.tracking) if v)),
        (tr("Packed"), packed),
        (tr("Weight"), s.weight or tr("not given by the marketplace export")),
    ]
    for label, value in facts:
        if value:
            page.text(x, y, 30, label, 9, bold=True)
            y += page.text(x + 30, y, width - 30, value, 9) + 0.8
    rows = 0 if not s.evidence else (1 if len(s.evidence) <= _PER_ROW else 2)
    thumbs_top = PAGE_H - MARGIN - 10 - ROW_H * rows
    if s.lines:
        page.text(x, y, 30, tr("Items"), 9, bold=True)
        for index, (sku, item_title, quantity) in enumerate(s.lines):
            if index >= 12 and len(s.lines) > 13:
                more = tr("and {count} more lines: see order.json in this pack.").format(
                    count=len(s.lines) - index
                )
                y += page.text(x + 30, y, width - 30, more, 8.5, color=QColor(90, 90, 90)) + 0.5
                break
            text = f"{quantity} × {sku}  {item_title}".strip() if sku else f"{quantity} × {item_title}"
            y += page.text(x + 30, y, width - 30, text, 8.5) + 0.3
    y += 3
    room = thumbs_top - 12 - y
    log_rows = min(len(s.scan_log), max(4, int(room / 2 / 4.6))) if s.scan_log else 0
    timeline_bottom = thumbs_top - 12 - (log_rows * 4.6 + 12 if s.scan_log else 0)
    y += page.text(x, y, width, tr("Timeline"), 12, bold=True) + 1.5
    shown = 0
    for event in s.events:
        if y > timeline_bottom:
            break
        detail = event.detail
        if event.kind == "evidence":
            detail = f"{stage_name(event.stage)} · {detail}"
        page.text(x, y, 42, when_text(event.at), 8.5, wrap=False)
        page.text(x + 43, y, 24, event_name(event.kind), 8.5, bold=True, wrap=False)
        y += max(page.text(x + 68, y, width - 68, detail, 8.5, wrap=False), 4.2) + 0.6
        shown += 1
    if shown < len(s.events):
        y += page.text(
            x, y, width,
            tr("{count} more events: see the files in this pack.").format(count=len(s.events) - shown),
            8.5, color=QColor(90, 90, 90),
        )  # fmt: skip
    if s.scan_log:
        y = _paint_scan_log(page, s, y + 3, log_rows)
    if s.evidence:
        _paint_thumbnails(page, s, min(y + 5, thumbs_top), rows)
    footer = tr(
        "Made by Seller Desk on {when}. SHA-256 fingerprints of every file: manifest.json."
    ).format(when=when_text(datetime.now().astimezone()))
    page.line(x, PAGE_H - MARGIN - 6, x + width, PAGE_H - MARGIN - 6)
    page.text(x, PAGE_H - MARGIN - 5, width, footer, 7.5, color=QColor(90, 90, 90))


def _paint_scan_log(page: _Page, s: OrderSummary, top: float, rows: int) -> float:
    """The pack station's record, scan by scan: time, result, code, packer and bench."""
    x, width = MARGIN, PAGE_W - 2 * MARGIN
    y = top + page.text(x, top, width, tr("Pack station scan log"), 12, bold=True) + 1.5
    for entry in s.scan_log[:rows]:
        who = " / ".join(p for p in (entry.packer, entry.station) if p)
        page.text(x, y, 42, when_text(entry.at), 8, wrap=False)
        page.text(x + 43, y, 24, entry.result, 8, bold=True, wrap=False)
        page.text(x + 68, y, 42, entry.code, 8, wrap=False)
        page.text(x + 111, y, width - 111 - 30, entry.message, 8, wrap=False, color=QColor(60, 60, 60))
        y += page.text(x + width - 29, y, 29, who, 8, wrap=False) + 0.6
    if len(s.scan_log) > rows:
        y += page.text(
            x, y, width,
            tr("{count} more scans: see scan_log.csv in this pack.").format(count=len(s.scan_log) - rows),
            8, color=QColor(90, 90, 90),
        )  # fmt: skip
    return y


def _paint_thumbnails(page: _Page, s: OrderSummary, top: float, rows: int) -> None:
    x, width = MARGIN, PAGE_W - 2 * MARGIN
    page.text(x, top, width, tr("Evidence"), 12, bold=True)
    cell, gap, per_row = CELL, GAP, _PER_ROW
    shown = per_row * rows
    for index, entry in enumerate(s.evidence[:shown]):
        cx = x + (index % per_row) * (cell + gap)
        cy = top + 7 + (index // per_row) * (ROW_H - 7)
        frame = page.r(cx, cy, cell, cell * 0.75)
        page.p.fillRect(frame, QColor(235, 235, 235))
        image = QImage(str(entry.thumbnail)) if entry.thumbnail else QImage()
        if not image.isNull():
            scaled = image.size().scaled(frame.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, scaled.width(), scaled.height())
            target.moveCenter(frame.center())
            page.p.drawImage(target, image)
        else:
            page.text(cx + 2, cy + cell * 0.3, cell - 4, entry.item.kind.upper(), 9, bold=True,
                      color=QColor(110, 110, 110), wrap=False)  # fmt: skip
        item = entry.item
        caption = f"{stage_name(item.stage)} · {when_text(item.captured_at)}"
        page.text(cx, cy + cell * 0.75 + 0.8, cell, caption, 6.5, wrap=False)
        page.text(cx, cy + cell * 0.75 + 3.8, cell, f"SHA-256 {item.sha256[:16]}…", 6,
                  color=QColor(90, 90, 90), wrap=False)  # fmt: skip
    if len(s.evidence) > shown:
        more = tr("and {count} more files in the evidence folder").format(count=len(s.evidence) - shown)
        page.text(x, top + rows * (ROW_H - 7) + 7, width, more, 7.5, color=QColor(90, 90, 90))


def checklist_pdf(order_pk: int) -> bytes:
    """The packing checklist of one order, drawn by the one checklist renderer (the printing
    area's), so the dispute pack holds exactly what was printed for the parcel. A failure is
    reported, never replaced by a different-looking checklist."""
    import tempfile

    # Imported when used: the evidence and printing areas do not build on each other.
    from desktop.ui.printing.job import PrintJob, write_pdf

    with tempfile.TemporaryDirectory(prefix="seller-desk-checklist-") as folder:
        target = Path(folder) / "checklist.pdf"
        write_pdf(target, PrintJob("checklists", [order_pk]))
        return target.read_bytes()


# The name the dispute pack's renderers use.
any_checklist_pdf = checklist_pdf
