"""A QPainter that speaks millimetres and points, so every paper size shares one layout code.

Text is always drawn as text (never as an image) so a PDF keeps it searchable; barcodes are
vector paths so a thermal head prints them crisp."""

from __future__ import annotations

import math
import re
import unicodedata

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from desktop.core.printing.barcodes import Bars, Matrix

_CCMP = QFont.Tag.fromString("ccmp")
_LIGA = QFont.Tag.fromString("liga")
# One dot of a 203 dpi thermal head: bar widths in whole dots print with even edges.
THERMAL_DOT_MM = 25.4 / 203

WRAP = int(Qt.TextFlag.TextWordWrap)
WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


_THAI = re.compile("[\u0e00-\u0e7f]")


def _has_thai(text: str) -> bool:
    return _THAI.search(text) is not None


def is_right_to_left(text: str) -> bool:
    """The paragraph direction Unicode gives the text: that of its first strong character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class Canvas:
    def __init__(self, painter: QPainter, family: str = "") -> None:
        self.painter = painter
        device = painter.device()
        self._px = device.logicalDpiX() / 25.4
        self._py = device.logicalDpiY() / 25.4
        self._device = device
        self._family = family
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}

    # -- units ---------------------------------------------------------------------------
    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self._px, y * self._py, w * self._px, h * self._py)

    def font(self, points: float, bold: bool = False, thai: bool = False) -> QFont:
        key = (points, bold, thai)
        font = self._fonts.get(key)
        if font is None:
            # The application font family lets fontconfig / the system pick a face per script;
            # a fixed family list would force fonts that lack Devanagari or Thai shaping.
            font = QFont(self._family) if self._family else QFont()
            font.setPointSizeF(points)
            font.setBold(bold)
            # "fi" as one ligature glyph reads back from the PDF as U+FB01: "first" not found.
            font.setFeature(_LIGA, 0)
            if thai:
                # Noto Thai swaps marks above tall letters for glyphs with no Unicode value in
                # 'ccmp'; without it positioning still comes from 'mark', and the PDF text
                # keeps every vowel and tone mark (searchable names).
                font.setFeature(_CCMP, 0)
            self._fonts[key] = font
        return font

    def _font_for(self, text: str, points: float, bold: bool) -> QFont:
        return self.font(points, bold, _has_thai(text))

    # -- text ----------------------------------------------------------------------------
    def measure(
        self, text: str, points: float, width: float, bold: bool = False, flags: int = 0
    ) -> float:
        """Height in mm that `text` takes when wrapped to `width` mm."""
        if not text:
            return 0.0
        flags = flags or self.wrap_flags(text, points, width, bold)
        metrics = QFontMetricsF(self._font_for(text, points, bold), self._device)
        box = metrics.boundingRect(QRectF(0, 0, width * self._px, 1e6), flags, text)
        return box.height() / self._py

    def wrap_flags(self, text: str, points: float, width: float, bold: bool = False) -> int:
        """Word wrap; anywhere when one word (a long order id) is wider than the box, so no
        character is ever cut off at the edge."""
        metrics = QFontMetricsF(self._font_for(text, points, bold), self._device)
        limit = width * self._px
        if any(metrics.horizontalAdvance(word) > limit for word in text.split()):
            return LEFT | WRAP_ANYWHERE
        return LEFT | WRAP

    def line_height(self, points: float) -> float:
        return QFontMetricsF(self.font(points), self._device).height() / self._py

    def text_width(self, text: str, points: float, bold: bool = False) -> float:
        metrics = QFontMetricsF(self._font_for(text, points, bold), self._device)
        return metrics.horizontalAdvance(text) / self._px

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        points: float,
        bold: bool = False,
        flags: int = 0,
        color: QColor | Qt.GlobalColor = Qt.GlobalColor.black,
    ) -> None:
        if not text:
            return
        if not flags:
            flags = self.wrap_flags(text, points, w, bold)
        painter = self.painter
        painter.setFont(self._font_for(text, points, bold))
        painter.setPen(QColor(color))
        # Clip to the box: a name longer than its cell must not run into the barcode.
        painter.save()
        painter.setClipRect(self.rect(x, y, w, h))
        if is_right_to_left(text):
            # An Arabic or Hebrew name or address reads from the right edge of its box, with
            # numbers and Latin words placed as a right-to-left paragraph places them.
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        painter.drawText(self.rect(x, y, w, h), flags, text)
        painter.restore()

    def elided(self, text: str, points: float, width: float, bold: bool = False) -> str:
        metrics = QFontMetricsF(self._font_for(text, points, bold), self._device)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * self._px)

    # -- shapes --------------------------------------------------------------------------
    def box(self, x: float, y: float, w: float, h: float, line_mm: float = 0.3) -> None:
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(line_mm * self._px)
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(x, y, w, h))

    def fill(
        self, x: float, y: float, w: float, h: float, color: Qt.GlobalColor = Qt.GlobalColor.black
    ) -> None:
        self.painter.fillRect(self.rect(x, y, w, h), color)

    def hline(
        self, x: float, y: float, w: float, line_mm: float = 0.2, dashed: bool = False
    ) -> None:
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(line_mm * self._px)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.drawLine(
            QPointF(x * self._px, y * self._py), QPointF((x + w) * self._px, y * self._py)
        )

    def vline(
        self, x: float, y: float, h: float, line_mm: float = 0.2, dashed: bool = False
    ) -> None:
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(line_mm * self._px)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.drawLine(
            QPointF(x * self._px, y * self._py), QPointF(x * self._px, (y + h) * self._py)
        )

    # -- barcodes ------------------------------------------------------------------------
    def bars(self, x: float, y: float, w: float, h: float, bars: Bars, quiet: int = 10) -> float:
        """Code128 left-aligned in the box, bars snapped to thermal dots; returns its width."""
        module = w / (bars.modules + 2 * quiet)
        if module >= THERMAL_DOT_MM * 2:
            module = math.floor(module / THERMAL_DOT_MM) * THERMAL_DOT_MM
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        left = x + quiet * module
        for start, width in bars.runs:
            path.addRect(self.rect(left + start * module, y, width * module, h))
        # One path per symbol: a viewer anti-aliases it as a whole, with no seams between bars.
        self.painter.fillPath(path, Qt.GlobalColor.black)
        return (bars.modules + 2 * quiet) * module

    def matrix(self, x: float, y: float, size: float, matrix: Matrix, quiet: int = 2) -> None:
        module = size / (matrix.size + 2 * quiet)
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        left, top = x + quiet * module, y + quiet * module
        for row_index, row in enumerate(matrix.rows):
            for start, width in row:
                path.addRect(
                    self.rect(
                        left + start * module, top + row_index * module, width * module, module
                    )
                )
        self.painter.fillPath(path, Qt.GlobalColor.black)

    def checkbox(self, x: float, y: float, size: float) -> None:
        self.box(x, y, size, size, 0.35)
