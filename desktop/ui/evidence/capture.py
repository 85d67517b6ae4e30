"""Capturing evidence for one order at a time: stamped photos, and stamped clips that are
attached to the order when they stop (by hand, by the next scan, or when nothing moves)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QImage

from desktop.core.evidence.pending import PendingQueue
from desktop.core.evidence.store import EvidenceStore, pk
from desktop.core.models import Order, Shop
from desktop.ui.evidence.recorder import StampedRecorder
from desktop.ui.evidence.stamp import Stamp, burn
from desktop.ui.evidence.words import error_text, tr
from desktop.ui.tasks import Task

# Below this much free space a long clip could fill the disk mid-recording.
LOW_DISK_BYTES = 2 * 1024**3
PREVIEW_WIDTH = 960
# A clip whose attach failed (an import holding the database) is tried again this much later.
RETRY_MS = 20_000


class FrameSource(Protocol):
    frame_ready: SignalInstance


def stamp_for(order_pk: int) -> Stamp:
    order = Order.get_by_id(order_pk)
    shop = Shop.get_or_none(Shop.id == order.shop_id) if order.shop_id else None  # type: ignore[attr-defined]
    return Stamp(str(order.order_id), str(shop.name) if shop else "", str(order.marketplace))


class CaptureController(QObject):
    preview = Signal(QImage)  # the latest frame with the stamp, for the window
    recording_changed = Signal(bool)
    attached = Signal(int, int)  # order pk, evidence item pk
    failed = Signal(str)
    idle_stopped = Signal(int)  # order pk whose clip stopped because nothing moved
    pending_changed = Signal(int)  # photos and clips kept, not yet attached

    def __init__(
        self,
        data_dir: Path,
        feed: Any,
        recorder: StampedRecorder | None = None,
        idle_seconds: float = 120,
        low_disk_bytes: int = LOW_DISK_BYTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = EvidenceStore(data_dir)
        self.queue = PendingQueue(self.store)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)
        # What an earlier run could not attach (the window was closed, the app was killed).
        QTimer.singleShot(0, self, self.retry_pending)
        self.folder = self.store.root / "recording"
        self.recorder = recorder or StampedRecorder(QSize(1280, 720), idle_seconds=idle_seconds, parent=self)
        self.recorder.set_idle_seconds(idle_seconds)
        self.recorder.finished.connect(self._clip_finished)
        self.recorder.failed.connect(self._clip_failed)
        self.recorder.idle_stopped.connect(self._idle)
        self.low_disk_bytes = low_disk_bytes
        self.video_stage = "contents"
        self.order_pk: int | None = None
        self.stamp: Stamp | None = None
        self.recording_order: int | None = None
        self._pending: int | None = None
        # A clip asked for before the camera gave its first picture: started with that picture,
        # so a missing camera never shows as recording.
        self._waiting: int | None = None
        self._last: QImage | None = None
        self._tasks: list[Task] = []
        feed.frame_ready.connect(self.on_frame)

    # -- the order ---------------------------------------------------------------------
    def set_order(self, order_pk: int | None) -> None:
        self.order_pk = order_pk
        self.stamp = stamp_for(order_pk) if order_pk is not None else None

    def warnings(self) -> list[str]:
        found = []
        free = shutil.disk_usage(self.store.root if self.store.root.exists() else self.store.root.parent).free
        if free < self.low_disk_bytes:
            found.append(
                tr("Low disk space: {free} GB free in the data folder.").format(free=f"{free / 1024**3:.1f}")
            )
        if self.order_pk is not None and self.store.has_video(self.order_pk):
            found.append(tr("This order already has a video. A new recording is kept as well."))
        if self.recorder.format is None:
            found.append(tr("This computer offers no video encoder: photos only."))
        waiting = self.pending()
        if waiting:
            found.append(
                QCoreApplication.translate(
                    "Evidence", "%n photo(s) or clip(s) not yet attached: kept, and tried again.", None, waiting
                )
            )
        return found

    # -- frames --------------------------------------------------------------------------
    def on_frame(self, image: QImage) -> None:
        self._last = image
        if self._waiting is not None and self.recording_order is None:
            waiting, self._waiting = self._waiting, None
            self._start(waiting)
        if self.recording_order is not None:
            self.recorder.push(image)
        if self.stamp is not None:
            small = image.scaledToWidth(min(PREVIEW_WIDTH, image.width()), Qt.TransformationMode.FastTransformation)
            shown = self.recorder_stamp() or self.stamp
            self.preview.emit(burn(small, shown, datetime.now(UTC)))
        else:
            self.preview.emit(image)

    def recorder_stamp(self) -> Stamp | None:
        if self.recording_order is not None and self.recording_order != self.order_pk:
            return stamp_for(self.recording_order)
        return None

    # -- photos --------------------------------------------------------------------------
    def take_photo(self, stage: str = "contents") -> int | None:
        """Save the current frame, stamped, as a photo of the current order. The item's pk."""
        if self._last is None or self.order_pk is None or self.stamp is None:
            return None
        moment = datetime.now(UTC).replace(microsecond=0)
        image = burn(self._last, self.stamp, moment)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.stamp.order_id}-{moment:%Y%m%d-%H%M%S}.jpg"
        if not image.save(str(path), "JPEG", 92):
            self.failed.emit(tr("The photo could not be saved."))
            return None
        entry = self.queue.enqueue(path, self.order_pk, stage, origin="camera", captured_at=moment)
        try:
            added = self.queue.attach(entry)
        except Exception as error:  # the photo stays queued and is attached on the next retry
            self._kept(error)
            return None
        self.attached.emit(self.order_pk, pk(added.item))
        return pk(added.item)

    # -- clips ---------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self.recording_order is not None

    def start_recording(self, order_pk: int | None = None) -> None:
        """Record for an order; a clip of another order running now is stopped and attached first."""
        target = self.order_pk if order_pk is None else order_pk
        if target is None or self.recorder.format is None:
            return
        if self.recording_order == target and self._pending is None:
            return
        if self.recording_order is not None or self.recorder.recording:
            self._pending = target
            self.recorder.stop()
            return
        if self._last is None:
            self._waiting = target
            return
        self._start(target)

    @property
    def has_picture(self) -> bool:
        return self._last is not None

    def stop_recording(self) -> None:
        self._pending = None
        self._waiting = None
        if self.recorder.recording:
            self.recorder.stop()

    def _start(self, order_pk: int) -> None:
        stamp = stamp_for(order_pk)
        started = datetime.now(UTC).replace(microsecond=0)
        stem = f"{stamp.order_id}-{started:%Y%m%d-%H%M%S}"
        self.recording_order = order_pk
        self.recorder.start(self.folder, "".join(c if c.isalnum() or c in "-_" else "_" for c in stem), stamp, started)
        self.recording_changed.emit(True)

    def _idle(self) -> None:
        if self.recording_order is not None:
            self.idle_stopped.emit(self.recording_order)

    def _clip_finished(self, path_text: str) -> None:
        order_pk, started = self.recording_order, self.recorder.started_at
        self.recording_order = None
        self.recording_changed.emit(False)
        if order_pk is not None:
            self._attach(order_pk, Path(path_text), started)
        self._start_pending()

    def _clip_failed(self, reason: str) -> None:
        self.recording_order = None
        self.recording_changed.emit(False)
        self.failed.emit(tr("The recording failed: {reason}").format(reason=reason))
        self._start_pending()

    def _start_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            # Not from inside the recorder's own state-change signal: let it settle first.
            QTimer.singleShot(0, self, lambda: self._start(pending))

    def _attach(self, order_pk: int, path: Path, started: datetime) -> None:
        # Queued first: the clip leaves the queue only once the store has committed it, so a
        # locked database or a full disk keeps it for the next retry instead of losing it.
        entry = self.queue.enqueue(path, order_pk, self.video_stage, origin="camera", captured_at=started)
        queue = self.queue

        def work(report, cancelled):  # type: ignore[no-untyped-def]
            return order_pk, pk(queue.attach(entry).item)

        self._run(work, lambda result: self.attached.emit(*result))

    def _run(self, work: Any, done: Any) -> None:
        task = Task(work, self)
        task.succeeded.connect(done)
        task.failed.connect(self._kept)
        task.finished.connect(lambda: self._tasks.remove(task) if task in self._tasks else None)
        self._tasks.append(task)
        task.start()

    def _kept(self, error: BaseException) -> None:
        self.pending_changed.emit(len(self.queue.items()))
        self.failed.emit(
            tr("{reason} The recording is kept and will be attached when it can be.").format(
                reason=error_text(error)
            )
        )
        self._retry.start()

    def pending(self) -> int:
        """How many photos and clips are kept, not yet attached."""
        return len(self.queue.items())

    def retry_pending(self) -> None:
        """Try again to attach what is waiting (at start, and a while after a failure)."""
        if not self.queue.items() or any(t.running for t in self._tasks):
            return
        queue = self.queue

        def work(report, cancelled):  # type: ignore[no-untyped-def]
            attached, waiting = queue.attach_all()
            return [(a.item.order_id, pk(a.item)) for a in attached], len(waiting)

        def done(result: Any) -> None:
            attached, waiting = result
            for order_pk, item_pk in attached:
                self.attached.emit(order_pk, item_pk)
            self.pending_changed.emit(waiting)
            if waiting:
                self._retry.start()

        self._run(work, done)

    @property
    def busy(self) -> bool:
        return self.recorder.recording or any(t.running for t in self._tasks) or bool(self._tasks)


class PackStationRecording(QObject):
    """Ties recording to the pack station. Scanning an order starts its clip, which runs
    through the sealing of the box: it stops at the order's label scan (order_sealed), when the
    next order is scanned on purpose (order_opened of another order), or on an explicit stop.
    A clip stopped because nothing moved starts again with the next scan for that order.

    Connect it to any object with the station's signals (order_opened, order_sealed, scanned,
    photo_requested, stop_requested; recording(int) receives the order being recorded, -1 none)."""

    recording = Signal(int)

    def __init__(self, controller: CaptureController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.enabled = True
        self._stopped_by_hand: int | None = None
        controller.recording_changed.connect(self._report)

    def connect_to(self, station: QObject) -> None:
        for name, slot in (
            ("order_opened", self.order_opened),
            ("order_sealed", self.order_sealed),
            ("scanned", self.scanned),
            ("photo_requested", self.photo_requested),
            ("stop_requested", self.stop_requested),
        ):
            signal = getattr(station, name, None)
            if signal is not None:
                signal.connect(slot)
        back = getattr(station, "recording", None)
        if back is not None:
            self.recording.connect(back)
        self._report(self.controller.recording)

    def _report(self, _recording: bool) -> None:
        order = self.controller.recording_order
        self.recording.emit(-1 if order is None else order)

    def stop_requested(self) -> None:
        self._stopped_by_hand = self.controller.order_pk
        self.controller.stop_recording()

    def order_opened(self, order_pk: int) -> None:
        self._stopped_by_hand = None
        self.controller.set_order(order_pk)
        if self.enabled:
            self.controller.start_recording(order_pk)

    def order_sealed(self, order_pk: int) -> None:
        if self.controller.recording_order == order_pk or self.controller._waiting == order_pk:
            self.controller.stop_recording()

    def order_completed(self, order_pk: int) -> None:
        """Packed is not the end of the clip: taping the box and the label are filmed too."""

    def scanned(self, order_pk: int) -> None:
        if (
            self.enabled
            and self.controller.order_pk == order_pk
            and not self.controller.recording
            and self._stopped_by_hand != order_pk
        ):
            self.controller.start_recording(order_pk)

    def photo_requested(self, order_pk: int) -> None:
        if self.controller.order_pk != order_pk:
            self.controller.set_order(order_pk)
        self.controller.take_photo("contents")
