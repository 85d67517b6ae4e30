"""The stamp burned into captured photos and videos: order id, shop, date and time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter


@dataclass(frozen=True)
class Stamp:
    order_id: str
    shop: str = ""
    marketplace: str = ""

    def lines(self, moment: datetime) -> list[str]:
        first = f"#{self.order_id}"
        if self.marketplace:
            first = f"{self.marketplace} {first}"
        second = self.shop
        third = moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
        return [line for line in (first, second, third) if line]


def stamp_rect(image_width: int, image_height: int, lines: int = 3) -> QRect:
    """Where the stamp goes (bottom-left corner); tests compare this region."""
    size = max(10, image_height // 30)
    height = int(size * 1.5 * lines + size)
    width = int(image_width * 0.55)
    return QRect(size // 2, image_height - height - size // 2, width, height)


def burn(image: QImage, stamp: Stamp, moment: datetime) -> QImage:
    """A copy of the image with the stamp painted in; the original is left alone."""
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    lines = stamp.lines(moment)
    rect = stamp_rect(out.width(), out.height(), len(lines))
    size = max(10, out.height() // 30)
    painter = QPainter(out)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = QFont()
        font.setPixelSize(size)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        text_width = max(metrics.horizontalAdvance(line) for line in lines) + size
        box = QRectF(rect.x(), rect.y(), min(rect.width(), text_width), rect.height())
        painter.fillRect(box, QColor(0, 0, 0, 170))
        painter.setPen(QColor(255, 255, 255))
        y = rect.y() + size // 2
        for line in lines:
            painter.drawText(
                QRectF(rect.x() + size / 2, y, box.width() - size / 2, size * 1.5),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += int(size * 1.5)
    finally:
        painter.end()
    return out
