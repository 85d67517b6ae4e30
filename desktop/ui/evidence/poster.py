"""Poster frames for videos, decoded by Qt Multimedia (QMediaPlayer + QVideoSink), one at a time."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

# Skip the first moments: a packing clip often starts on a blurred hand or a black frame.
POSTER_AT_MS = 1000
TIMEOUT_MS = 8000


class PosterGrabber(QObject):
    """Queue videos with request(key, path); each ends in grabbed(key, image) or failed(key)."""

    grabbed = Signal(str, QImage)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[str, Path, int]] = deque()
        self._current: str | None = None
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._player.mediaStatusChanged.connect(self._status)
        self._player.errorOccurred.connect(self._player_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._give_up)
        self._position = POSTER_AT_MS

    def request(self, key: str, path: Path, at_ms: int = POSTER_AT_MS) -> None:
        if key == self._current or any(k == key for k, _, _ in self._queue):
            return
        self._queue.append((key, path, at_ms))
        if self._current is None:
            self._next()

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def _next(self) -> None:
        if not self._queue:
            self._current = None
            return
        key, path, at_ms = self._queue.popleft()
        self._current = key
        self._position = at_ms
        self._timer.start(TIMEOUT_MS)
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._current is None:
            return
        if (
            status == QMediaPlayer.MediaStatus.LoadedMedia
            and self._player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        ):
            duration = self._player.duration()
            position = min(self._position, duration // 3) if duration > 0 else 0
            self._player.setPosition(position)
            self._player.pause()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._done(None)

    def _frame(self, frame: QVideoFrame) -> None:
        if self._current is None or not frame.isValid():
            return
        image = frame.toImage()
        if not image.isNull():
            self._done(image)

    def _player_error(self, _error: QMediaPlayer.Error, _text: str) -> None:
        if self._current is not None:
            self._done(None)

    def _give_up(self) -> None:
        if self._current is not None:
            self._done(None)

    def _done(self, image: QImage | None) -> None:
        key = self._current
        self._current = None
        self._timer.stop()
        self._player.stop()
        self._player.setSource(QUrl())
        if key is not None:
            if image is None:
                self.failed.emit(key)
            else:
                self.grabbed.emit(key, image.copy())
        # Let the player settle before loading the next source.
        QTimer.singleShot(0, self, self._next)
