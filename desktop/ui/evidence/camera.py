"""Camera frames as QImages, for the preview and the stamped recorder."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)


class CameraFeed(QObject):
    """The frame source the capture window uses; tests give the window a generated one."""

    frame_ready = Signal(QImage)
    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices = QMediaDevices(self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera: QCamera | None = None

    def cameras(self) -> list[tuple[str, str]]:
        """(id, description) of every camera, the system's default first."""
        found = QMediaDevices.videoInputs()
        default = QMediaDevices.defaultVideoInput()
        found.sort(key=lambda d: d.id() != default.id())
        return [(bytes(d.id().data()).decode(errors="replace"), d.description()) for d in found]

    @property
    def active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def start(self, camera_id: str = "") -> bool:
        self.stop()
        device = self._device(camera_id)
        if device is None:
            self.error.emit("no camera")
            return False
        camera = QCamera(device, self)
        camera.errorOccurred.connect(lambda _e, text: self.error.emit(text))
        self._session.setCamera(camera)
        self._camera = camera
        camera.start()
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None

    def _device(self, camera_id: str) -> QCameraDevice | None:
        devices = QMediaDevices.videoInputs()
        for device in devices:
            if bytes(device.id().data()).decode(errors="replace") == camera_id:
                return device
        return devices[0] if devices else None

    def _frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            image = frame.toImage()
            if not image.isNull():
                self.frame_ready.emit(image)
