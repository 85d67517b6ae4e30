"""Thumbnails for the grid: photos scaled in a worker (Pillow), video posters grabbed on the
GUI thread (Qt Multimedia). Each arrives as thumbnail_ready(sha256, path)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage

from desktop.core.evidence.store import EvidenceStore
from desktop.core.evidence.thumbnails import THUMB_SIZE, ThumbnailCache
from desktop.core.models import EvidenceItem
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.ui.evidence.poster import PosterGrabber


def jpeg_bytes(image: QImage, size: int = THUMB_SIZE) -> bytes:
    scaled = image.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scaled.save(buffer, "JPEG", 82)
    buffer.close()
    return bytes(data.data())


class ThumbnailLoader(QObject):
    thumbnail_ready = Signal(str, str)  # sha256, path of the cached JPEG

    def __init__(self, store: EvidenceStore, cache: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._cache = cache
        self._posters: PosterGrabber | None = None
        self._tasks: list[Task] = []

    def _poster_grabber(self) -> PosterGrabber:
        # Qt Multimedia and its FFmpeg backend load with the first video, not at start.
        if self._posters is None:
            from desktop.ui.evidence.poster import PosterGrabber

            self._posters = PosterGrabber(self)
            self._posters.grabbed.connect(self._poster_grabbed)
        return self._posters

    @property
    def busy(self) -> bool:
        posters = self._posters is not None and self._posters.busy
        return posters or any(t.running for t in self._tasks)

    def request(self, items: list[EvidenceItem]) -> None:
        """Deliver cached thumbnails at once and make the missing ones in the background."""
        photos: list[tuple[str, Path]] = []
        for item in items:
            sha = str(item.sha256)
            cached = self._cache.get(sha)
            if cached is not None:
                self.thumbnail_ready.emit(sha, str(cached))
            elif item.kind == "photo":
                photos.append((sha, self._store.file_path(item)))
            elif item.kind == "video":
                self._poster_grabber().request(sha, self._store.file_path(item))
        if photos:
            self._make_photos(photos)

    def _make_photos(self, photos: list[tuple[str, Path]]) -> None:
        cache = self._cache

        def work(report, cancelled):  # type: ignore[no-untyped-def]
            made = []
            for sha, result in cache.photos(photos):
                if cancelled():
                    break
                if result is not None:
                    made.append((sha, str(result)))
            return made

        task = Task(work, self)
        task.succeeded.connect(self._photos_made)
        task.finished.connect(lambda: self._tasks.remove(task) if task in self._tasks else None)
        self._tasks.append(task)
        task.start()

    def _photos_made(self, made: list[tuple[str, str]]) -> None:
        for sha, path in made:
            self.thumbnail_ready.emit(sha, path)

    def _poster_grabbed(self, sha: str, image: QImage) -> None:
        path = self._cache.put_jpeg(sha, jpeg_bytes(image))
        self.thumbnail_ready.emit(sha, str(path))

    def shutdown(self) -> None:
        for task in self._tasks:
            task.cancel()
