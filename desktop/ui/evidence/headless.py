"""PDF renderers for the command line: a QGuiApplication on the offscreen platform is enough
for QPdfWriter, and no window is ever shown."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QImage

from desktop.core.evidence.pack import Renderers
from desktop.core.evidence.store import EvidenceStore
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.evidence.timeline import OrderSummary
from desktop.ui.evidence.pdf import any_checklist_pdf, summary_pdf
from desktop.ui.evidence.poster import PosterGrabber
from desktop.ui.evidence.thumbnails import jpeg_bytes


@contextmanager
def _stderr_silenced() -> Iterator[None]:
    """The video decoder prints a clip's metadata (its location among it) straight to the
    process's stderr, below Python and Qt: the descriptor itself is pointed away meanwhile."""
    sys.stderr.flush()
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    sink = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(sink, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(sink)


def grab_poster(path: Path, timeout_ms: int = 10_000) -> QImage | None:
    """One video frame, waiting here (the command line has no running event loop)."""
    with _stderr_silenced():
        return _grab(path, timeout_ms)


def _grab(path: Path, timeout_ms: int) -> QImage | None:
    grabber = PosterGrabber()
    loop = QEventLoop()
    found: list[QImage] = []
    grabber.grabbed.connect(lambda _key, image: (found.append(image), loop.quit()))
    grabber.failed.connect(lambda _key: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    grabber.request("poster", path)
    loop.exec()
    return found[0] if found else None


def headless_renderers(data_dir: Path | None = None) -> tuple[Renderers, list[str]]:
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Multimedia's start-up chatter (and the decoder's metadata dumps) are not for the seller.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
        app = QGuiApplication(["seller-desk"])
    held = app  # the renderers keep the application alive as long as they are used
    store = EvidenceStore(data_dir) if data_dir is not None else None

    def summary(s: OrderSummary) -> bytes:
        assert held is not None
        if store is not None:
            cache = ThumbnailCache(store.root / "thumbs")
            for entry in s.evidence:
                if entry.item.kind == "video" and entry.thumbnail is None:
                    image = grab_poster(store.file_path(entry.item))
                    if image is not None:
                        entry.thumbnail = cache.put_jpeg(str(entry.item.sha256), jpeg_bytes(image))
        return summary_pdf(s)

    return Renderers(summary_pdf=summary, checklist_pdf=any_checklist_pdf), []
