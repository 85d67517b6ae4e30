"""The thumbnail grid's model: one row per evidence item of the current order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.core.evidence.store import pk
from desktop.core.models import EvidenceItem
from desktop.ui.evidence.words import stage_name, tr, when_text

ICON = QSize(160, 120)
Index = QModelIndex | QPersistentModelIndex


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def duration_text(ms: int | None) -> str:
    if not ms:
        return ""
    seconds = ms // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


def describe(item: EvidenceItem) -> str:
    """The facts of one item, for tooltips and the detail line under the grid."""
    parts = [str(item.original_name), human_size(int(item.size))]
    if item.width and item.height:
        parts.append(f"{item.width} × {item.height}")
    if item.duration_ms:
        parts.append(duration_text(item.duration_ms))
    if item.camera_model:
        parts.append(str(item.camera_model))
    source = {
        "exif": tr("taken"),
        "video": tr("filmed"),
        "camera": tr("captured"),
        "file_time": tr("file time"),
    }.get(str(item.captured_from), "")
    parts.append(f"{source} {when_text(item.captured_at)}".strip())
    if item.has_location:
        parts.append(tr("has GPS location (removed in dispute packs)"))
    parts.append(f"SHA-256 {item.sha256}")
    return " · ".join(parts)


class EvidenceListModel(QAbstractListModel):
    ItemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._icons: dict[str, QIcon] = {}
        self._placeholders: dict[str, QIcon] = {}

    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def item(self, row: int) -> EvidenceItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_pk: int) -> int:
        for row, item in enumerate(self._items):
            if pk(item) == item_pk:
                return row
        return -1

    def set_thumbnail(self, sha256: str, path: str) -> None:
        pixmap = QPixmap(path)
        if pixmap.isNull():
            return
        self._icons[sha256] = QIcon(pixmap)
        for row, item in enumerate(self._items):
            if item.sha256 == sha256:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = item.captured_at.astimezone().strftime("%m-%d %H:%M") if item.captured_at else ""
            extra = f" · {duration_text(item.duration_ms)}" if item.kind == "video" else ""
            return f"{stage_name(str(item.stage))}\n{when}{extra}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(str(item.sha256)) or self._placeholder(str(item.kind))
        if role == Qt.ItemDataRole.ToolTipRole:
            note = f"\n{item.note}" if item.note else ""
            return describe(item) + note
        if role == self.ItemRole:
            return item
        return None

    def _placeholder(self, kind: str) -> QIcon:
        icon = self._placeholders.get(kind)
        if icon is None:
            pixmap = QPixmap(ICON)
            pixmap.fill(QColor(225, 228, 232))
            painter = QPainter(pixmap)
            painter.setPen(QColor(110, 115, 120))
            label = {"video": tr("Video"), "document": tr("PDF")}.get(kind, tr("Photo"))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, label)
            painter.end()
            icon = QIcon(pixmap)
            self._placeholders[kind] = icon
        return icon
