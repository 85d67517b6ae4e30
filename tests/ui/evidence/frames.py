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


class GeneratedFeed:
    """Stands in for CameraFeed: a QObject whose frame_ready carries generated frames."""

    def __new__(cls, width: int = 320, height: int = 240):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QObject, QTimer, Signal

        class _Feed(QObject):
            frame_ready = Signal(QImage)
            error = Signal(str)

            def __init__(self) -> None:
                super().__init__()
                self.index = 0
                self.moving = True
                self.timer = QTimer(self)
                self.timer.setInterval(40)
                self.timer.timeout.connect(self.emit_one)
                self.started_with = None

            def cameras(self) -> list[tuple[str, str]]:
                return [("generated", "Generated test camera")]

            @property
            def active(self) -> bool:
                return self.timer.isActive()

            def start(self, camera_id: str = "") -> bool:
                self.started_with = camera_id
                self.timer.start()
                return True

            def stop(self) -> None:
                self.timer.stop()

            def emit_one(self) -> None:
                self.frame_ready.emit(frame(self.index, width, height, moving=self.moving))
                self.index += 1

        return _Feed()
