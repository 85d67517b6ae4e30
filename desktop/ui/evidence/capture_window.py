"""The capture window: choose a camera, see the stamped live picture, take photos and record
clips for the order on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.evidence.capture import CaptureController
from desktop.ui.evidence.panel import stage_combo
from desktop.ui.evidence.recorder import codec_name
from desktop.ui.evidence.words import tr


class PreviewView(QWidget):
    """Paints the latest frame, letterboxed: exactly what will be saved, stamp included."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setMinimumSize(QSize(480, 270))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.message = ""

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self._image.isNull():
            size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
            painter.drawImage(self.rect().adjusted(x, y, -x, -y), self._image)
        elif self.message:
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        painter.end()


class CaptureWindow(QWidget):
    evidence_added = Signal(int)  # order pk

    def __init__(
        self,
        data_dir: Path,
        settings: Any = None,
        feed: Any = None,
        controller: CaptureController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("captureWindow")
        self.setWindowTitle(tr("Capture evidence"))
        self.resize(1000, 700)
        self._settings = settings
        if feed is None:
            from desktop.ui.evidence.camera import CameraFeed

            feed = CameraFeed(self)
        self.feed = feed
        idle = int(settings.get("capture/idle_stop_seconds")) if settings is not None else 120
        self.controller = controller or CaptureController(data_dir, feed, idle_seconds=idle, parent=self)
        self.controller.preview.connect(self._preview)
        self.controller.recording_changed.connect(self._recording_changed)
        self.controller.attached.connect(self._attached)
        self.controller.failed.connect(self._failed)
        self.controller.pending_changed.connect(
            lambda _n: self.warnings.setText("\n".join(self.controller.warnings()))
        )
        self.controller.idle_stopped.connect(lambda _pk: self.status.setText(tr("Nothing moved: recording stopped and kept.")))

        self.cameras = QComboBox(self)
        self.cameras.currentIndexChanged.connect(self._camera_chosen)
        self.preview = PreviewView(self)
        self.order_label = QLabel(self)
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.order_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.order_label.setFont(font)
        self.photo_stage = stage_combo(self, "contents")
        self.video_stage = stage_combo(self, "contents")
        self.video_stage.currentIndexChanged.connect(
            lambda: setattr(self.controller, "video_stage", str(self.video_stage.currentData()))
        )
        self.sound = QCheckBox(tr("Record sound"), self)
        self.sound.setChecked(False)
        self.sound.toggled.connect(self.controller.recorder.set_audio)
        self.idle = QSpinBox(self)
        self.idle.setRange(0, 3600)
        self.idle.setSuffix(tr(" s"))
        self.idle.setSpecialValueText(tr("never"))
        self.idle.setValue(idle)
        self.idle.valueChanged.connect(self._idle_changed)
        self.photo_button = QPushButton(tr("Take photo"), self)
        self.photo_button.setShortcut(Qt.Key.Key_Space)
        self.photo_button.clicked.connect(self.take_photo)
        self.record_button = QPushButton(tr("Start recording"), self)
        self.record_button.setShortcut(Qt.Key.Key_R)
        self.record_button.clicked.connect(self.toggle_recording)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a5b00;")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.clock = QLabel(self)
        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._show_elapsed)

        form = QFormLayout()
        form.addRow(tr("Camera:"), self.cameras)
        form.addRow(tr("Photo stage:"), self.photo_stage)
        form.addRow(tr("Video stage:"), self.video_stage)
        form.addRow(tr("Stop when still for:"), self.idle)
        form.addRow("", self.sound)
        fmt = self.controller.recorder.format
        encoder = codec_name(fmt) if fmt is not None else tr("none")
        form.addRow(tr("Video encoder:"), QLabel(encoder, self))
        side = QVBoxLayout()
        side.addWidget(self.order_label)
        side.addLayout(form)
        side.addWidget(self.photo_button)
        side.addWidget(self.record_button)
        side.addWidget(self.clock)
        side.addWidget(self.warnings)
        side.addWidget(self.status)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.preview, 3)
        holder = QWidget(self)
        holder.setLayout(side)
        holder.setFixedWidth(320)
        self._side = holder
        layout.addWidget(holder)
        self._fill_cameras()
        self.set_order(None)

    def set_compact(self, on: bool) -> None:
        """Narrow enough to sit beside the pack station on a laptop screen."""
        self.preview.setMinimumSize(QSize(240, 135) if on else QSize(480, 270))
        self._side.setFixedWidth(250 if on else 320)

    # -- order and camera -----------------------------------------------------------------
    def set_order(self, order_pk: int | None) -> None:
        self.controller.set_order(order_pk)
        stamp = self.controller.stamp
        if stamp is None:
            self.order_label.setText(tr("No order chosen"))
        else:
            self.order_label.setText(f"{stamp.marketplace} #{stamp.order_id}\n{stamp.shop}".strip())
        self._update_buttons()
        self.warnings.setText("\n".join(self.controller.warnings()))

    def _fill_cameras(self) -> None:
        self.cameras.blockSignals(True)
        self.cameras.clear()
        for camera_id, description in self.feed.cameras():
            self.cameras.addItem(description, camera_id)
        self.cameras.blockSignals(False)
        if self.cameras.count() == 0:
            self.preview.message = tr("No camera found. Connect a camera (a USB webcam or a phone used as a webcam) and reopen this window.")
            self.cameras.setEnabled(False)
            return
        wanted = str(self._settings.get("capture/camera")) if self._settings is not None else ""
        index = max(0, self.cameras.findData(wanted))
        self.cameras.setCurrentIndex(index)
        self._camera_chosen(index)

    def _camera_chosen(self, index: int) -> None:
        camera_id = str(self.cameras.itemData(index) or "")
        if self._settings is not None:
            self._settings.set("capture/camera", camera_id)
        self.feed.start(camera_id)

    def _idle_changed(self, seconds: int) -> None:
        self.controller.recorder.set_idle_seconds(seconds)
        if self._settings is not None:
            self._settings.set("capture/idle_stop_seconds", seconds)

    # -- actions --------------------------------------------------------------------------
    def take_photo(self) -> None:
        self.controller.take_photo(str(self.photo_stage.currentData()))

    def toggle_recording(self) -> None:
        if self.controller.recording:
            self.controller.stop_recording()
        else:
            self.controller.start_recording()

    def _preview(self, image: QImage) -> None:
        self.preview.set_image(image)

    def _recording_changed(self, recording: bool) -> None:
        self.record_button.setText(tr("Stop recording") if recording else tr("Start recording"))
        if recording:
            self._elapsed.start()
            self._tick.start()
            self.status.setText(tr("Recording…"))
        else:
            self._tick.stop()
            self.clock.clear()
            self.status.setText(tr("Saving the clip…"))
        self._update_buttons()

    def _show_elapsed(self) -> None:
        seconds = self._elapsed.elapsed() // 1000
        self.clock.setText(tr("● REC {time}").format(time=f"{seconds // 60}:{seconds % 60:02d}"))

    def _attached(self, order_pk: int, _item_pk: int) -> None:
        self.status.setText(tr("Saved to the order."))
        self.warnings.setText("\n".join(self.controller.warnings()))
        self.evidence_added.emit(order_pk)

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _update_buttons(self) -> None:
        has_order = self.controller.order_pk is not None
        self.photo_button.setEnabled(has_order and self.cameras.count() > 0)
        can_record = self.controller.recorder.format is not None and self.cameras.count() > 0
        self.record_button.setEnabled(can_record and (has_order or self.controller.recording))

    def closeEvent(self, event: Any) -> None:
        self.controller.stop_recording()
        self.feed.stop()
        super().closeEvent(event)
