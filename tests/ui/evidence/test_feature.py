"""The evidence area as the main window sees it, and the dispute pack with real PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from desktop.core.evidence.verify import verify_pack
from desktop.ui.context import AppContext
from desktop.ui.evidence.feature import EvidenceFeature
from desktop.ui.settings_store import Settings
from tests.core.evidence.media import photo
from tests.ui.evidence.frames import GeneratedFeed


@pytest.fixture
def feature(qtbot, data_dir, order_pk, tmp_path):
    ctx = AppContext(data_dir=data_dir, settings=Settings(tmp_path / "s.ini"), selected_order_ids=lambda: [order_pk])
    return EvidenceFeature(ctx)


def test_plugs_in_a_tab_and_two_actions(qtbot, feature) -> None:
    (title, panel), = feature.detail_tabs(feature.ctx)
    qtbot.addWidget(panel)
    assert title == "Evidence" and hasattr(panel, "set_order")
    actions = {a.objectName(): a for a in feature.actions(feature.ctx)}
    assert set(actions) == {"actionDisputePack", "actionCapture"}
    assert actions["actionDisputePack"].property("toolbar") is True
    assert actions["actionDisputePack"].property("menu") == "Orders"


def test_capture_window_opens_for_the_selected_order(qtbot, feature, order_pk) -> None:
    from desktop.ui.evidence.capture_window import CaptureWindow

    window = CaptureWindow(feature.ctx.data_dir, feature.ctx.settings, feed=GeneratedFeed())
    qtbot.addWidget(window)
    window.set_order(order_pk)
    assert "2411290AB7K" in window.order_label.text()
    assert window.photo_button.isEnabled() and window.record_button.isEnabled()
    assert not window.sound.isChecked()  # sound is off unless asked for
    qtbot.waitUntil(lambda: not window.preview._image.isNull(), timeout=5000)
    with qtbot.waitSignal(window.evidence_added, timeout=5000):
        window.take_photo()
    window.close()


def test_capture_window_without_a_camera_says_so(qtbot, feature, order_pk) -> None:
    from desktop.ui.evidence.capture_window import CaptureWindow

    feed = GeneratedFeed()
    feed.cameras = lambda: []
    window = CaptureWindow(feature.ctx.data_dir, feature.ctx.settings, feed=feed)
    qtbot.addWidget(window)
    window.set_order(order_pk)
    assert "No camera found" in window.preview.message
    assert not window.photo_button.isEnabled() and not window.record_button.isEnabled()


def test_dispute_pack_from_the_window_is_verifiable_with_a_real_text_summary(
    qtbot, feature, order_pk, tmp_path
) -> None:
    (_title, panel), = feature.detail_tabs(feature.ctx)
    qtbot.addWidget(panel)
    panel.set_order(order_pk)
    panel.add_paths([photo(tmp_path / "inner.jpg", gps=True)])
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    target = tmp_path / "out" / "pack.zip"
    task = feature.packs.build([order_pk], target, quiet=True)
    assert task is not None
    qtbot.waitUntil(lambda: feature.packs.task is None, timeout=30000)
    assert feature.packs.last_error == ""
    assert verify_pack(target).ok
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        summary = zf.read("shopee-2411290AB7K/summary.pdf")
    assert "shopee-2411290AB7K/checklist.pdf" in names
    if shutil.which("pdftotext"):
        (tmp_path / "s.pdf").write_bytes(summary)
        text = subprocess.run(["pdftotext", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True).stdout
        assert "2411290AB7K" in text and "Contents" in text
        # 龙 itself comes out as the radical ⻰ (U+2EF0): Noto CJK shares the glyph and the PDF
        # text repair in desktop.core.printing.pdf_text does not cover CJK Radicals Supplement.
        assert "李小" in text
        pages = subprocess.run(["pdfinfo", str(tmp_path / "s.pdf")], capture_output=True, text=True).stdout
        assert re.search(r"^Pages:\s+1$", pages, re.M)
