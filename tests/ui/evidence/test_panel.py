"""The Evidence tab as a seller uses it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage

from desktop.core.models import Order
from desktop.ui.evidence.list_model import EvidenceListModel
from desktop.ui.evidence.panel import EvidencePanel
from tests.core.evidence.media import mp4, photo, truncated_jpeg


def _panel(qtbot, data_dir: Path, order_pk: int, answer: bool = True) -> EvidencePanel:
    panel = EvidencePanel(data_dir, confirm=lambda _parent, _question: answer)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.set_order(order_pk)
    return panel


def _add(qtbot, panel: EvidencePanel, paths: list[Path]) -> None:
    panel.add_paths(paths)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)


def test_adding_files_shows_them_with_thumbnails_and_counts_them(qtbot, data_dir, order_pk, tmp_path) -> None:
    panel = _panel(qtbot, data_dir, order_pk)
    assert panel.hint.isVisibleTo(panel)
    changed = []
    panel.evidence_changed.connect(changed.append)
    panel.new_stage.setCurrentIndex(1)  # inner packing
    _add(qtbot, panel, [photo(tmp_path / "a.jpg"), photo(tmp_path / "b.jpg", color="red")])
    assert panel.model.rowCount() == 2
    assert "2 added" in panel.status.text()
    assert changed == [order_pk]
    assert Order.get_by_id(order_pk).evidence_count == 2
    assert all(i.stage == "inner_packing" for i in panel.model.items())
    qtbot.waitUntil(lambda: len(panel.model._icons) == 2, timeout=10000)
    assert not panel.hint.isVisibleTo(panel)


def test_bad_file_is_named_and_nothing_is_stored(qtbot, data_dir, order_pk, tmp_path) -> None:
    panel = _panel(qtbot, data_dir, order_pk)
    broken = truncated_jpeg(tmp_path / "cut.jpg", photo(tmp_path / "whole.jpg", size=(900, 700)))
    _add(qtbot, panel, [broken, photo(tmp_path / "ok.jpg")])
    assert panel.model.rowCount() == 1
    assert "cut.jpg" in panel.error.text() and "damaged" in panel.error.text()
    assert "1 added" in panel.status.text()


def test_the_same_file_again_is_reported_as_already_attached(qtbot, data_dir, order_pk, tmp_path) -> None:
    panel = _panel(qtbot, data_dir, order_pk)
    source = photo(tmp_path / "a.jpg")
    _add(qtbot, panel, [source])
    _add(qtbot, panel, [source])
    assert panel.model.rowCount() == 1
    assert "already attached" in panel.status.text()


def test_remove_asks_and_can_be_undone(qtbot, data_dir, order_pk, tmp_path) -> None:
    panel = _panel(qtbot, data_dir, order_pk, answer=False)
    _add(qtbot, panel, [photo(tmp_path / "a.jpg")])
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.remove_selected()
    assert panel.model.rowCount() == 1  # the seller said no
    panel._confirm = lambda _p, _q: True
    panel.remove_selected()
    assert panel.model.rowCount() == 0
    assert Order.get_by_id(order_pk).evidence_count == 0
    panel.show_removed.setChecked(True)
    assert panel.model.rowCount() == 1
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.restore_selected()
    panel.show_removed.setChecked(False)
    assert panel.model.rowCount() == 1
    assert [e["action"] for e in panel.store.log.entries()] == ["add", "remove", "restore"]


def test_note_and_stage_of_an_item_are_saved(qtbot, data_dir, order_pk, tmp_path) -> None:
    panel = _panel(qtbot, data_dir, order_pk)
    _add(qtbot, panel, [photo(tmp_path / "a.jpg")])
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.note.setText("Tape on all edges")
    panel.note.editingFinished.emit()
    panel.item_stage.setCurrentIndex(2)
    panel.item_stage.activated.emit(2)
    item = panel.store.items(order_pk)[0]
    assert (item.note, item.stage) == ("Tape on all edges", "outer_packing")


def test_paste_a_picture_and_drop_files(qtbot, data_dir, order_pk, tmp_path) -> None:
    panel = _panel(qtbot, data_dir, order_pk)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(image)
    panel.paste()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    items = panel.store.items(order_pk)
    assert [(i.origin, i.mime, i.width) for i in items] == [("paste", "image/png", 320)]
    assert not list((panel.store.root / "incoming").iterdir())

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(mp4(tmp_path / "clip.mp4")))])
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    panel.dropEvent(event)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    assert sorted(i.kind for i in panel.store.items(order_pk)) == ["photo", "video"]


def test_opening_a_photo_shows_the_zoomable_viewer(qtbot, data_dir, order_pk, tmp_path) -> None:
    from desktop.ui.evidence.viewer import ImageViewer

    panel = _panel(qtbot, data_dir, order_pk)
    _add(qtbot, panel, [photo(tmp_path / "a.jpg", size=(1600, 1200))])
    panel.open_index(panel.model.index(0))
    viewer = panel._dialogs[0]
    assert isinstance(viewer, ImageViewer)
    before = viewer.view.zoom
    viewer.view.zoom_by(2.0)
    assert abs(viewer.view.zoom - before * 2.0) < 1e-6
    viewer.view.actual_size()
    assert viewer.view.zoom == 1.0
    viewer.close()


def test_model_passes_the_model_tester(qtbot, qtmodeltester, data_dir, order_pk, tmp_path) -> None:
    panel = _panel(qtbot, data_dir, order_pk)
    _add(qtbot, panel, [photo(tmp_path / "a.jpg"), photo(tmp_path / "b.jpg", color="red")])
    model = EvidenceListModel()
    model.set_items(panel.store.items(order_pk))
    qtmodeltester.check(model)


def test_a_pasted_picture_whose_attach_fails_is_kept_shown_and_attached_later(qtbot, data_dir, order_pk, monkeypatch) -> None:
    import sqlite3

    from desktop.core.models import database_proxy
    from desktop.core.paths import DB_FILE_NAME

    db = database_proxy.obj
    monkeypatch.setattr(db, "_pragmas", [(k, 50 if k == "busy_timeout" else v) for k, v in db._pragmas])
    panel = _panel(qtbot, data_dir, order_pk)
    other = sqlite3.connect(data_dir / DB_FILE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import in another process holds the write lock
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    try:
        panel.add_image(image)
        qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert panel.store.items(order_pk) == []
    assert panel.pending.isVisibleTo(panel) and "not yet attached" in panel.pending.text()
    assert len(panel.queue.items(order_pk)) == 1
    panel.retry_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    assert [i.origin for i in panel.store.items(order_pk)] == ["paste"]
    assert not panel.pending.isVisibleTo(panel) and panel.queue.items() == []
