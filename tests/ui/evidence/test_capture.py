"""Capturing for an order without a camera, and the pack-station link."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal

from desktop.core.models import Order
from desktop.ui.evidence.capture import CaptureController, PackStationRecording
from desktop.ui.evidence.recorder import StampedRecorder
from tests.ui.evidence.frames import GeneratedFeed


class FakeStation(QObject):
    order_opened = Signal(int)
    order_completed = Signal(int)
    order_sealed = Signal(int)
    scanned = Signal(int)
    recording = Signal(int)


def _controller(data_dir, idle_seconds: float = 120, **kw) -> tuple[CaptureController, object]:
    feed = GeneratedFeed()
    recorder = StampedRecorder(QSize(320, 240), frame_rate=25)
    controller = CaptureController(data_dir, feed, recorder=recorder, idle_seconds=idle_seconds, **kw)
    return controller, feed


def _second_order() -> int:
    from desktop.core.evidence.store import pk

    return pk(Order.create(marketplace="shopee", order_id="2411290AB8Z"))


def _run_frames(qtbot, feed, ms: int) -> None:
    feed.start()
    qtbot.wait(ms)


def test_photo_of_the_current_frame_is_stamped_and_attached(qtbot, data_dir, order_pk) -> None:
    controller, feed = _controller(data_dir)
    controller.set_order(order_pk)
    previews = []
    controller.preview.connect(previews.append)
    feed.emit_one()
    assert previews and previews[-1].width() == 320
    item_pk = controller.take_photo("contents")
    items = controller.store.items(order_pk)
    assert [i.id for i in items] == [item_pk]
    assert (items[0].origin, items[0].captured_from, items[0].kind) == ("camera", "camera", "photo")
    assert not list(controller.folder.iterdir())


def test_pack_station_scans_record_one_clip_per_order(qtbot, data_dir, order_pk) -> None:
    second = _second_order()
    controller, feed = _controller(data_dir)
    station = FakeStation()
    link = PackStationRecording(controller)
    link.connect_to(station)
    attached: list[tuple[int, int]] = []
    controller.attached.connect(lambda o, i: attached.append((o, i)))
    feed.start()
    station.order_opened.emit(order_pk)
    # The clip starts with the camera's first picture.
    qtbot.waitUntil(lambda: controller.recording_order == order_pk, timeout=5000)
    qtbot.wait(1200)
    station.order_opened.emit(second)  # the next scan: the first clip stops and is attached
    qtbot.waitUntil(lambda: controller.recording_order == second, timeout=10000)
    qtbot.wait(1200)
    station.order_completed.emit(second)  # packed: the box is still being sealed on camera
    assert controller.recording_order == second
    station.order_sealed.emit(second)  # its label scanned: now the clip stops
    qtbot.waitUntil(lambda: len(attached) == 2, timeout=15000)
    # The attaching tasks finish after they report: let them, before the controller goes.
    qtbot.waitUntil(lambda: not controller.busy, timeout=15000)
    feed.stop()
    assert [o for o, _ in attached] == [order_pk, second]
    for pk_ in (order_pk, second):
        (clip,) = controller.store.items(pk_)
        assert clip.kind == "video" and clip.stage == "contents" and clip.captured_from == "camera"
        assert clip.duration_ms and clip.duration_ms >= 600
        assert Order.get_by_id(pk_).evidence_count == 1
    assert not list(controller.folder.iterdir())


def test_a_still_bench_stops_and_attaches_the_clip(qtbot, data_dir, order_pk) -> None:
    controller, feed = _controller(data_dir, idle_seconds=1.0)
    feed.moving = False
    stopped = []
    controller.idle_stopped.connect(stopped.append)
    controller.set_order(order_pk)
    feed.start()
    controller.start_recording()
    qtbot.waitUntil(lambda: controller.store.items(order_pk) != [], timeout=15000)
    qtbot.waitUntil(lambda: not controller.busy, timeout=15000)
    feed.stop()
    assert stopped == [order_pk]
    assert not controller.recording


def test_warnings_for_low_disk_and_an_existing_clip(qtbot, data_dir, order_pk, tmp_path) -> None:
    from tests.core.evidence.media import mp4

    controller, _feed = _controller(data_dir, low_disk_bytes=1 << 62)
    controller.set_order(order_pk)
    assert any("Low disk space" in w for w in controller.warnings())
    controller.store.add(order_pk, mp4(tmp_path / "old.mp4"))
    assert any("already has a video" in w for w in controller.warnings())
    controller.low_disk_bytes = 0
    assert not any("Low disk" in w for w in controller.warnings())


def test_without_a_camera_picture_nothing_claims_to_record(qtbot, data_dir, order_pk) -> None:
    controller, _feed = _controller(data_dir)  # the feed never starts: no picture
    station = FakeStation()
    link = PackStationRecording(controller)
    states: list[int] = []
    station.recording.connect(states.append)
    link.connect_to(station)
    station.order_opened.emit(order_pk)
    assert not controller.recording and states[-1] == -1


def test_an_idle_stopped_clip_starts_again_with_the_next_scan(qtbot, data_dir, order_pk) -> None:
    controller, feed = _controller(data_dir)
    station = FakeStation()
    link = PackStationRecording(controller)
    link.connect_to(station)
    feed.start()
    station.order_opened.emit(order_pk)
    qtbot.waitUntil(lambda: controller.recording_order == order_pk, timeout=5000)
    qtbot.wait(700)
    controller.stop_recording()  # as the idle watch does
    qtbot.waitUntil(lambda: not controller.recording, timeout=10000)
    station.scanned.emit(order_pk)
    qtbot.waitUntil(lambda: controller.recording_order == order_pk, timeout=5000)
    link.stop_requested()  # by hand: a later scan does not start it again
    qtbot.waitUntil(lambda: not controller.recording, timeout=10000)
    station.scanned.emit(order_pk)
    assert not controller.recording
    qtbot.waitUntil(lambda: not controller.busy, timeout=15000)
    feed.stop()
