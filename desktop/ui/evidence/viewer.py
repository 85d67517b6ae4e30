"""A photo at full size with zoom: wheel or +/-, fit, 100 %."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.evidence.words import tr


class ZoomView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fitted = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit()

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        new = max(0.02, min(32.0, self.zoom * factor))
        self.scale(new / self.zoom, new / self.zoom)
        self.fitted = False

    def actual_size(self) -> None:
        self.resetTransform()
        self.fitted = False

    def fit(self) -> None:
        self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted = True

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.fitted:
            self.fit()


class ImageViewer(QDialog):
    def __init__(self, path: Path, title: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 760)
        self.view = ZoomView(self)
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # EXIF orientation: show it the way it was taken
        image = reader.read()
        self.view.set_pixmap(QPixmap.fromImage(image))
        buttons = QHBoxLayout()
        for text, slot, keys in (
            (tr("Zoom in"), lambda: self.view.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn),
            (tr("Zoom out"), lambda: self.view.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut),
            (tr("Fit"), self.view.fit, None),
            (tr("100 %"), self.view.actual_size, None),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if keys is not None:
                QShortcut(QKeySequence(keys), self, activated=slot)
        info = QLabel(details, self)
        info.setWordWrap(True)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons.addWidget(info, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
