"""The Evidence tab of an order: a thumbnail grid, adding by drop, dialog or paste, a stage and
a note per item, viewing, and removal that asks first and can be undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.evidence.errors import EvidenceError
from desktop.core.evidence.pending import PendingQueue
from desktop.core.evidence.store import EvidenceStore, pk
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.models import EvidenceItem
from desktop.core.models.evidence import STAGES
from desktop.ui.evidence.list_model import ICON, EvidenceListModel, describe
from desktop.ui.evidence.thumbnails import ThumbnailLoader
from desktop.ui.evidence.words import error_text, stage_name, tr
from desktop.ui.tasks import Task

Confirm = Callable[[QWidget, str], bool]
FILE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.mp4 *.mov *.m4v *.3gp *.mkv *.webm *.avi *.pdf"


def ask(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, tr("Remove evidence"), question)
    return answer == QMessageBox.StandardButton.Yes


def stage_combo(parent: QWidget, current: str = "other") -> QComboBox:
    combo = QComboBox(parent)
    for stage in STAGES:
        combo.addItem(stage_name(stage), stage)
    combo.setCurrentIndex(STAGES.index(current) if current in STAGES else len(STAGES) - 1)
    return combo


class EvidencePanel(QWidget):
    evidence_changed = Signal(int)  # order pk: its evidence_count may have changed
    capture_requested = Signal(int)

    def __init__(self, data_dir: Path, parent: QWidget | None = None, confirm: Confirm = ask) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setAcceptDrops(True)
        self.store = EvidenceStore(data_dir)
        self.queue = PendingQueue(self.store)
        self.thumbs = ThumbnailCache(self.store.root / "thumbs")
        self._confirm = confirm
        self._order_pk: int | None = None
        self._task: Task | None = None
        self._dialogs: list[QWidget] = []

        self.model = EvidenceListModel(self)
        self.loader = ThumbnailLoader(self.store, self.thumbs, self)
        self.loader.thumbnail_ready.connect(self.model.set_thumbnail)

        self.add_button = QPushButton(tr("Add files…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(tr("Paste"), self)
        self.paste_button.setToolTip(tr("Add a picture or files from the clipboard (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)
        self.new_stage = stage_combo(self, "contents")
        self.new_stage.setToolTip(tr("The stage given to files you add now"))
        self.capture_button = QPushButton(tr("Capture…"), self)
        self.capture_button.clicked.connect(self._request_capture)
        self.show_removed = QCheckBox(tr("Show removed"), self)
        self.show_removed.toggled.connect(self.refresh)

        self.view = QListView(self)
        self.view.setObjectName("evidenceGrid")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(ICON)
        self.view.setGridSize(QSize(ICON.width() + 24, ICON.height() + 52))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self.open_index)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.hint = QLabel(tr("No evidence yet. Drop photos, videos or PDFs here, paste a picture, or capture one."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_stage = stage_combo(self)
        self.item_stage.activated.connect(self._stage_chosen)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(tr("Note for this item"))
        self.note.editingFinished.connect(self._save_note)
        self.open_button = QPushButton(tr("Open"), self)
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        self.remove_button = QPushButton(tr("Remove…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.restore_button = QPushButton(tr("Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.pending = QLabel(self)
        self.pending.setObjectName("evidencePending")
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet("color: #9a5b00;")
        self.retry_button = QPushButton(tr("Attach now"), self)
        self.retry_button.setObjectName("evidenceRetry")
        self.retry_button.clicked.connect(self.retry_pending)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)

        # Two short rows each rather than one long one: the detail pane of a 1280-pixel screen is
        # about 400 pixels wide.
        top = QHBoxLayout()
        for widget in (self.add_button, self.paste_button, self.capture_button):
            top.addWidget(widget)
        top.addStretch(1)
        stage_row = QHBoxLayout()
        stage_row.addWidget(QLabel(tr("Stage:"), self))
        stage_row.addWidget(self.new_stage)
        stage_row.addStretch(1)
        stage_row.addWidget(self.show_removed)
        item_row = QHBoxLayout()
        item_row.addWidget(QLabel(tr("Stage:"), self))
        item_row.addWidget(self.item_stage)
        item_row.addWidget(self.note, 1)
        item_actions = QHBoxLayout()
        item_actions.addStretch(1)
        for widget in (self.open_button, self.remove_button, self.restore_button):
            item_actions.addWidget(widget)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(stage_row)
        layout.addWidget(self.hint)
        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending, 1)
        pending_row.addWidget(self.retry_button)
        layout.addLayout(pending_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(item_row)
        layout.addLayout(item_actions)
        layout.addLayout(busy_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.paste_shortcut = QKeySequence(QKeySequence.StandardKey.Paste)
        self._set_busy(False)
        self.set_order(None)

    # -- the order -----------------------------------------------------------------------
    @property
    def order_pk(self) -> int | None:
        return self._order_pk

    def set_order(self, order_pk: int | None) -> None:
        if order_pk != self._order_pk:
            self.error.clear()
            self.status.clear()
        self._order_pk = order_pk
        self.refresh()

    def refresh(self) -> None:
        current = self.selected_items()
        items: list[EvidenceItem] = []
        if self._order_pk is not None:
            items = self.store.items(self._order_pk, removed=self.show_removed.isChecked())
        self.model.set_items(items)
        self.loader.request(items)
        enabled = self._order_pk is not None and self._task is None
        for widget in (self.add_button, self.paste_button, self.capture_button, self.new_stage):
            widget.setEnabled(enabled)
        self.hint.setVisible(self._order_pk is not None and not items and not self.show_removed.isChecked())
        self._show_pending()
        if current:
            row = self.model.row_of(pk(current[0]))
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
        self._selection_changed()

    def _show_pending(self) -> None:
        """Kept files whose attach failed (a locked database): visible until attached."""
        waiting = self.queue.items(self._order_pk) if self._order_pk is not None else []
        if waiting:
            self.pending.setText(
                QCoreApplication.translate(
                    "Evidence", "%n file(s) kept but not yet attached to this order.", None, len(waiting)
                )
                + " "
                + waiting[-1].last_error
            )
        self.pending.setVisible(bool(waiting))
        self.retry_button.setVisible(bool(waiting))
        self.retry_button.setEnabled(self._task is None)

    def retry_pending(self) -> None:
        if self._task is not None:
            return
        queue = self.queue

        def work(report, cancelled):  # type: ignore[no-untyped-def]
            attached, _waiting = queue.attach_all()
            return len(attached), 0, []

        self._start(work, tr("Attaching kept files…"))

    # -- adding --------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Add evidence"), "", tr("Photos, videos and PDFs ({patterns})").format(patterns=FILE_FILTER)
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            self.add_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
        elif mime.hasImage():
            image = QImage(mime.imageData())
            self.add_image(image, origin="paste")
        else:
            self.error.setText(tr("The clipboard holds no picture and no files."))

    def add_image(self, image: QImage, origin: str = "paste") -> None:
        """Store a picture that has no file yet (pasted), as a lossless PNG."""
        if image.isNull() or self._order_pk is None:
            return
        folder = self.store.root / "incoming"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"pasted-{stamp}.png"
        if not image.save(str(path), "PNG"):
            self.error.setText(tr("The pasted picture could not be saved."))
            return
        self.add_paths([path], origin=origin, delete_after=True)

    def add_paths(self, paths: list[Path], origin: str = "file", delete_after: bool = False) -> None:
        if self._order_pk is None or self._task is not None or not paths:
            return
        order_pk, stage, store, queue = self._order_pk, str(self.new_stage.currentData()), self.store, self.queue
        total = sum(p.stat().st_size for p in paths if p.is_file()) or 1

        def work(report, cancelled):  # type: ignore[no-untyped-def]
            added, already, failed = 0, 0, []
            done = 0
            for path in paths:
                if cancelled():
                    break
                size = path.stat().st_size if path.is_file() else 0
                base = done

                def progress(n: int, base: int = base, name: str = path.name) -> None:
                    report((base + n) / total, name)

                try:
                    if delete_after:
                        # A pasted picture exists nowhere else: it leaves the queue only once
                        # the store has committed it, and stays there (shown) if that fails.
                        entry = queue.enqueue(path, order_pk, stage, origin=origin)
                        result = queue.attach(entry)
                    else:
                        result = store.add(order_pk, path, stage, origin=origin, progress=progress, cancelled=cancelled)
                except EvidenceError as error:
                    if error.kind != "cancelled":
                        failed.append(error)
                else:
                    added += int(result.created)
                    already += int(not result.created)
                done += size
            return added, already, failed

        self._start(work, tr("Adding {count} file(s)…").format(count=len(paths)))

    def _start(self, work: Any, message: str) -> None:
        task = Task(work, self)
        task.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        task.succeeded.connect(self._added)
        task.failed.connect(lambda e: self.error.setText(error_text(e)))
        task.finished.connect(self._task_finished)
        self._task = task
        self.error.clear()
        self.status.setText(message)
        self._set_busy(True)
        task.start()

    def _added(self, result: tuple[int, int, list[EvidenceError]]) -> None:
        added, already, failed = result
        text = tr("{added} added").format(added=added)
        if already:
            text += " · " + tr("{count} already attached").format(count=already)
        self.status.setText(text)
        self.error.setText("\n".join(error_text(e) for e in failed))
        if added and self._order_pk is not None:
            self.evidence_changed.emit(self._order_pk)

    def _task_finished(self) -> None:
        self._task = None
        self._set_busy(False)
        self.refresh()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- drag and drop, paste key ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self._order_pk is not None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
        elif mime.hasImage():
            self.add_image(QImage(mime.imageData()), origin="paste")
        event.acceptProposedAction()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)

    # -- the selected item -----------------------------------------------------------------
    def selected_items(self) -> list[EvidenceItem]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [item for row in rows if (item := self.model.item(row)) is not None]

    def _selection_changed(self, *_args: object) -> None:
        selected = self.selected_items()
        one = selected[0] if len(selected) == 1 else None
        self.details.setText(describe(one) if one else "")
        self.item_stage.setEnabled(one is not None)
        self.note.setEnabled(one is not None)
        self.open_button.setEnabled(one is not None)
        removed = self.show_removed.isChecked()
        self.remove_button.setVisible(not removed)
        self.restore_button.setVisible(removed)
        self.remove_button.setEnabled(bool(selected))
        self.restore_button.setEnabled(bool(selected))
        if one is not None:
            self.item_stage.setCurrentIndex(STAGES.index(one.stage) if one.stage in STAGES else 0)
            self.note.setText(str(one.note))
        else:
            self.note.clear()

    def _stage_chosen(self, _index: int) -> None:
        selected = self.selected_items()
        if len(selected) == 1:
            self.store.set_stage(pk(selected[0]), str(self.item_stage.currentData()))
            self.refresh()

    def _save_note(self) -> None:
        selected = self.selected_items()
        if len(selected) == 1 and selected[0].note != self.note.text():
            self.store.set_note(pk(selected[0]), self.note.text())
            selected[0].note = self.note.text()

    def remove_selected(self) -> None:
        selected = self.selected_items()
        if not selected or self._order_pk is None:
            return
        question = tr(
            "Remove {count} item(s) from this order? The files stay in the evidence store "
            "and can be restored with “Show removed”."
        ).format(count=len(selected))
        if not self._confirm(self, question):
            return
        for item in selected:
            self.store.remove(pk(item))
        self.status.setText(tr("{count} item(s) removed").format(count=len(selected)))
        self.refresh()
        self.evidence_changed.emit(self._order_pk)

    def restore_selected(self) -> None:
        selected = self.selected_items()
        if not selected or self._order_pk is None:
            return
        for item in selected:
            self.store.restore(pk(item))
        self.status.setText(tr("{count} item(s) restored").format(count=len(selected)))
        self.refresh()
        self.evidence_changed.emit(self._order_pk)

    def open_index(self, index: QModelIndex) -> None:
        item = self.model.item(index.row()) if index.isValid() else None
        if item is None:
            return
        path = self.store.file_path(item)
        title = f"{item.original_name} · {stage_name(str(item.stage))}"
        dialog: QWidget
        if item.kind == "photo":
            from desktop.ui.evidence.viewer import ImageViewer

            dialog = ImageViewer(path, title, describe(item), self)
        elif item.kind == "video":
            from desktop.ui.evidence.player import VideoPlayer

            dialog = VideoPlayer(path, title, describe(item), self)
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()

    def _request_capture(self) -> None:
        if self._order_pk is not None:
            self.capture_requested.emit(self._order_pk)
