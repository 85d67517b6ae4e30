"""Recording without a camera: generated frames take the same path a camera's frames take."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from desktop.core.evidence.metadata import probe
from desktop.ui.evidence.poster import PosterGrabber
from desktop.ui.evidence.recorder import StampedRecorder, choose_format, codec_name
from desktop.ui.evidence.stamp import Stamp, stamp_rect
from tests.ui.evidence.frames import frame, push_frames

STAMP = Stamp("2411290AB7K", "Lucky Cat Store", "shopee")


def _grab(qtbot, path: Path, at_ms: int) -> QImage:
    grabber = PosterGrabber()
    with qtbot.waitSignal(grabber.grabbed, timeout=10000) as blocker:
        grabber.request("k", path, at_ms)
    return blocker.args[1].convertToFormat(QImage.Format.Format_RGB32)


def _bright_pixels(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    count = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            c = image.pixelColor(x, y)
            if c.red() > 200 and c.green() > 200 and c.blue() > 200:
                count += 1
    return count


def _mean_diff(a: QImage, b: QImage, x0: int, y0: int, x1: int, y1: int) -> float:
    total = n = 0
    for y in range(y0, y1, 3):
        for x in range(x0, x1, 3):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue())
            n += 1
    return total / max(1, n)


def test_platform_offers_an_encoder(qapp) -> None:
    fmt = choose_format()
    assert fmt is not None
    assert codec_name(fmt) in {"H.264", "H.265", "MPEG4", "Motion JPEG"}


def test_generated_frames_make_a_stamped_clip_of_the_right_length(qtbot, tmp_path: Path) -> None:
    recorder = StampedRecorder(QSize(320, 240), frame_rate=10)
    with qtbot.waitSignal(recorder.started, timeout=10000):
        recorder.start(tmp_path, "clip", STAMP)
    assert push_frames(qtbot, recorder, 30, fps=10) == 30
    with qtbot.waitSignal(recorder.finished, timeout=15000) as blocker:
        recorder.stop()
    path = Path(blocker.args[0])
    info = probe(path)
    assert info.kind == "video"
    assert (info.width, info.height) == (320, 240)
    assert info.duration_ms is not None and 2700 <= info.duration_ms <= 3300

    decoded = _grab(qtbot, path, 1000)
    assert decoded.size() == QSize(320, 240)
    plain = frame(10).convertToFormat(QImage.Format.Format_RGB32)
    r = stamp_rect(320, 240)
    x0, y0, x1, y1 = r.left(), r.top(), r.right(), r.bottom()
    # The stamp region carries white text the generated frame never has...
    assert _bright_pixels(plain, x0, y0, x1, y1) == 0
    assert _bright_pixels(decoded, x0, y0, x1, y1) > 20
    assert _mean_diff(decoded, plain, x0, y0, x1, y1) > 40
    # ...while the top of the picture, away from the stamp, is the frame as generated.
    assert _mean_diff(decoded, plain, 0, 0, 320, 50) < 25


def test_a_still_picture_stops_the_recording(qtbot, tmp_path: Path) -> None:
    recorder = StampedRecorder(QSize(320, 240), frame_rate=10, idle_seconds=1.0)
    with qtbot.waitSignal(recorder.started, timeout=10000):
        recorder.start(tmp_path, "idle", STAMP)
    with qtbot.waitSignal(recorder.finished, timeout=15000), qtbot.waitSignal(recorder.idle_stopped):
        sent = push_frames(qtbot, recorder, 60, fps=10, moving=False)
    assert sent <= 12
    assert not recorder.recording


def test_stopping_before_any_frame_reports_failure(qtbot, tmp_path: Path) -> None:
    recorder = StampedRecorder(QSize(320, 240), frame_rate=10)
    recorder.start(tmp_path, "empty", STAMP)
    with qtbot.waitSignal(recorder.failed, timeout=15000):
        recorder.stop()
    assert not list(tmp_path.glob("empty*"))


def test_recorded_clip_plays_in_the_player(qtbot, tmp_path: Path) -> None:
    from desktop.ui.evidence.player import VideoPlayer

    recorder = StampedRecorder(QSize(320, 240), frame_rate=10)
    with qtbot.waitSignal(recorder.started, timeout=10000):
        recorder.start(tmp_path, "clip", STAMP)
    push_frames(qtbot, recorder, 15, fps=10)
    with qtbot.waitSignal(recorder.finished, timeout=15000) as blocker:
        recorder.stop()
    player = VideoPlayer(Path(blocker.args[0]), "clip", "details")
    qtbot.addWidget(player)
    player.show()
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10000)
    assert player.slider.maximum() == player.player.duration()
    player.toggle()
    qtbot.waitUntil(lambda: player.player.position() > 0, timeout=10000)
    assert player.play_button.text() == "Pause"
    player.close()


def test_stop_waits_for_the_encoder_to_catch_up(qtbot, tmp_path: Path) -> None:
    recorder = StampedRecorder(QSize(320, 240), frame_rate=10)
    with qtbot.waitSignal(recorder.started, timeout=10000):
        recorder.start(tmp_path, "clip", STAMP)
    assert push_frames(qtbot, recorder, 30, fps=10) == 30
    stopped_at: list[int] = []
    inner = recorder._recorder
    inner.recorderStateChanged.connect(lambda _s: stopped_at.append(inner.duration()))
    with qtbot.waitSignal(recorder.finished, timeout=15000) as blocker:
        recorder.stop()
        # While it waits, nothing more is taken: the clip ends at the frame it was asked to.
        assert not recorder.push(frame(31), 3_100_000)
    assert stopped_at and stopped_at[0] >= 2900
    info = probe(Path(blocker.args[0]))
    assert info.duration_ms is not None and 2700 <= info.duration_ms <= 3300
