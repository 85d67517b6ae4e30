"""Recording stamped video. Frames, from a camera or generated in tests, take one path:
stamp -> QVideoFrameInput -> QMediaCaptureSession -> QMediaRecorder -> a file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QAudioInput,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
)

from desktop.core.evidence.idle import IdleWatch
from desktop.ui.evidence.stamp import Stamp, burn

# Best first. H.264 where the platform encodes it (Windows, macOS, some Linux builds);
# Qt's FFmpeg build on Linux offers MPEG-4 Part 2, then Motion JPEG as a last resort.
_PREFERENCES = (
    (QMediaFormat.FileFormat.MPEG4, QMediaFormat.VideoCodec.H264),
    (QMediaFormat.FileFormat.MPEG4, QMediaFormat.VideoCodec.H265),
    (QMediaFormat.FileFormat.MPEG4, QMediaFormat.VideoCodec.MPEG4),
    (QMediaFormat.FileFormat.QuickTime, QMediaFormat.VideoCodec.H264),
    (QMediaFormat.FileFormat.QuickTime, QMediaFormat.VideoCodec.MPEG4),
    (QMediaFormat.FileFormat.Matroska, QMediaFormat.VideoCodec.MotionJPEG),
    (QMediaFormat.FileFormat.AVI, QMediaFormat.VideoCodec.MotionJPEG),
)
_SUFFIX = {
    QMediaFormat.FileFormat.MPEG4: ".mp4",
    QMediaFormat.FileFormat.QuickTime: ".mov",
    QMediaFormat.FileFormat.Matroska: ".mkv",
    QMediaFormat.FileFormat.AVI: ".avi",
}


STOP_WAIT_MS = 3000


def choose_format() -> QMediaFormat | None:
    """The best container and codec this platform can encode, or None if it has no encoder."""
    encode = QMediaFormat.ConversionMode.Encode
    for container, codec in _PREFERENCES:
        if codec in QMediaFormat(container).supportedVideoCodecs(encode):
            chosen = QMediaFormat(container)
            chosen.setVideoCodec(codec)
            return chosen
    return None


def suffix_for(fmt: QMediaFormat) -> str:
    return _SUFFIX.get(fmt.fileFormat(), ".mp4")


def codec_name(fmt: QMediaFormat) -> str:
    return QMediaFormat.videoCodecName(fmt.videoCodec())


def idle_signature(image: QImage) -> bytes:
    small = image.scaled(16, 12, Qt.AspectRatioMode.IgnoreAspectRatio).convertToFormat(
        QImage.Format.Format_Grayscale8
    )
    return b"".join(bytes(small.constScanLine(y))[:16] for y in range(small.height()))


class StampedRecorder(QObject):
    """Records pushed frames with the stamp burned in. Emit order: started, then finished(path)
    with a complete file, or failed(message). idle_stopped fires before finished when the
    picture stayed still for the idle time."""

    started = Signal()
    finished = Signal(str)
    failed = Signal(str)
    idle_stopped = Signal()

    def __init__(
        self,
        size: QSize = QSize(1280, 720),  # noqa: B008 - QSize is a value type
        frame_rate: int = 15,
        idle_seconds: float = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.size = QSize(size.width() // 2 * 2, size.height() // 2 * 2)
        self.frame_rate = frame_rate
        self._idle = IdleWatch(idle_seconds)
        self._input = QVideoFrameInput(self)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoFrameInput(self._input)
        self._recorder = QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        self._audio: QAudioInput | None = None
        self._recorder.recorderStateChanged.connect(self._state_changed)
        self._recorder.errorOccurred.connect(self._error)
        self._clock = QElapsedTimer()
        self._stamp: Stamp | None = None
        self._started_at = datetime.now(UTC)
        self._path: Path | None = None
        self._last_us = -1
        self._frames = 0
        self._error_text = ""
        self._live = False  # the encoder is up: frames sent before that are lost
        # Stop asked for, waiting for the encoder to catch up with the frames already sent.
        self._stopping = False
        self._stop_sent = False
        self._recorder.durationChanged.connect(self._encoded_up_to)
        self.format = choose_format()

    @property
    def ready_to_send(self) -> Signal:
        return self._input.readyToSendVideoFrame

    @property
    def recording(self) -> bool:
        return self._path is not None

    @property
    def live(self) -> bool:
        """Recording has really begun; frames pushed before this are refused."""
        return self._live

    @property
    def started_at(self) -> datetime:
        return self._started_at

    @property
    def path(self) -> Path | None:
        return self._path

    def set_idle_seconds(self, seconds: float) -> None:
        self._idle.idle_seconds = seconds

    def set_audio(self, enabled: bool) -> None:
        """Sound is off unless asked for: a packing bench is rarely somewhere to be recorded."""
        if enabled and self._audio is None:
            self._audio = QAudioInput(self)
            self._session.setAudioInput(self._audio)
        elif not enabled and self._audio is not None:
            self._session.setAudioInput(None)
            self._audio.deleteLater()
            self._audio = None

    def start(
        self, folder: Path, stem: str, stamp: Stamp, started_at: datetime | None = None
    ) -> Path:
        if self.format is None:
            raise RuntimeError("no video encoder")
        if self._path is not None:
            raise RuntimeError("already recording")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem}{suffix_for(self.format)}"
        self._path = path
        self._stamp = stamp
        self._started_at = started_at or datetime.now(UTC)
        self._last_us = -1
        self._frames = 0
        self._error_text = ""
        self._stopping = False
        self._idle.reset(0.0)
        self._recorder.setMediaFormat(self.format)
        self._recorder.setVideoResolution(self.size)
        self._recorder.setVideoFrameRate(self.frame_rate)
        self._recorder.setQuality(QMediaRecorder.Quality.HighQuality)
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        self._clock.start()
        self._recorder.record()
        return path

    def push(self, image: QImage, timestamp_us: int | None = None) -> bool:
        """Stamp and send one frame. False when the encoder is busy and the frame was dropped."""
        if (
            not self._live
            or self._stopping
            or self._path is None
            or self._stamp is None
            or image.isNull()
        ):
            return False
        at = self._clock.nsecsElapsed() // 1000 if timestamp_us is None else timestamp_us
        if at <= self._last_us:
            return False
        moment = self._started_at + timedelta(microseconds=at)
        if image.size() != self.size:
            image = image.scaled(
                self.size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        frame = QVideoFrame(burn(image, self._stamp, moment))
        # The encoder is set up from the first frame: without the stream's rate it guesses one
        # ("Invalid frameRate 0") that need not match the frames' own times.
        frame.setStreamFrameRate(self.frame_rate)
        frame.setStartTime(at)
        frame.setEndTime(at + 1_000_000 // self.frame_rate)
        if not self._input.sendVideoFrame(frame):
            return False
        self._last_us = at
        self._frames += 1
        if self._idle.update(at / 1_000_000, idle_signature(image)):
            self.idle_stopped.emit()
            self.stop()
        return True

    def stop(self) -> None:
        """Stop once every frame already sent is encoded: the encoder runs behind the frames
        (measured: 0.1-1.2 s behind at 320x240 on a busy machine), and the clip must not
        end before the last frame the packer was filmed in."""
        if self._path is None:
            return
        if self._recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState:
            self._finish()
            return
        if self._stopping:
            return
        self._stopping = True
        self._stop_sent = False
        if self._caught_up():
            self._stop_now()
            return
        # The encoder reports its progress (durationChanged); never wait longer than this.
        QTimer.singleShot(STOP_WAIT_MS, self, self._stop_now)

    def _caught_up(self) -> bool:
        if self._last_us < 0:
            return True
        return self._recorder.duration() >= self._last_us // 1000

    def _encoded_up_to(self, _ms: int) -> None:
        if self._stopping and self._caught_up():
            self._stop_now()

    def _stop_now(self) -> None:
        if self._stopping and self._path is not None and not self._stop_sent and (
            self._recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState
        ):
            self._stop_sent = True
            self._recorder.stop()

    def _state_changed(self, state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.RecordingState:
            self._live = True
            self._clock.start()
            self.started.emit()
        elif state == QMediaRecorder.RecorderState.StoppedState and self._path is not None:
            self._finish()

    def _error(self, _error: QMediaRecorder.Error, text: str) -> None:
        self._error_text = text

    def _finish(self) -> None:
        path, self._path = self._path, None
        self._live = False
        self._stopping = False
        if path is None:
            return
        if self._error_text or self._frames == 0 or not path.is_file() or path.stat().st_size == 0:
            reason = self._error_text or "no frames were recorded"
            if path.exists():
                path.unlink()
            self.failed.emit(reason)
            return
        self.finished.emit(str(path))
