"""Render resources/icons/seller-desk.svg into the platform icons the bundle uses.

    python3 -m desktop.devtools.icons      # writes seller-desk.png, .ico (Windows), .icns (macOS)

The outputs are committed, so building the app needs neither this script nor Qt's SVG module."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SVG = ICONS / "seller-desk.svg"


def render(size: int) -> Image.Image:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    big = render(1024)
    big.resize((512, 512), Image.Resampling.LANCZOS).save(ICONS / "seller-desk.png")
    big.save(ICONS / "seller-desk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "seller-desk.icns")
    for name in ("seller-desk.png", "seller-desk.ico", "seller-desk.icns"):
        print(ICONS / name, (ICONS / name).stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
