"""Generated camera frames for recording tests: dark, moving, no white anywhere."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter


def frame(index: int, width: int = 320, height: int = 240, moving: bool = True) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 60, 90))
    painter = QPainter(image)
    shift = (index * 12) % width if moving else 0
    painter.fillRect(QRect(shift, height // 4, width // 5, height // 3), QColor(120, 40, 40))
    painter.end()
    return image


def push_frames(qtbot, recorder, count: int, fps: int, moving: bool = True, size=(320, 240)) -> int:
    """Push `count` frames timed 1/fps apart, waiting whenever the encoder is busy."""
    sent = 0
    for i in range(count):
        if not recorder.recording:
            break
        stamp_us = i * 1_000_000 // fps
        for _attempt in range(50):
            if recorder.push(frame(i, *size, moving=moving), stamp_us):
                sent += 1
                break
            if not recorder.recording:
                break
            qtbot.wait(10)
    return sent
