"""The open order's lines with what is already in the box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.packing.session import PackSession

_Index = QModelIndex | QPersistentModelIndex
DONE = QColor("#c8f0c8")
PARTLY = QColor("#fff3b0")


class PackLinesModel(QAbstractTableModel):
    COLUMNS = ("packed", "sku", "item")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._session: PackSession | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_session(self, session: PackSession | None) -> None:
        self.beginResetModel()
        self._session = session
        self.endResetModel()

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def refresh_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self.COLUMNS) - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PackLinesModel", "In box"),
            QCoreApplication.translate("PackLinesModel", "SKU"),
            QCoreApplication.translate("PackLinesModel", "Item"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._session is None:
            return None
        pack = self._session.lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "packed":
                mark = "✔ " if pack.done else ""
                return f"{mark}{min(pack.packed, pack.line.quantity)} / {pack.line.quantity}"
            if column == "sku":
                return pack.line.sku or "—"
            return " — ".join(p for p in (pack.line.title, pack.line.variant) if p)
        if role == Qt.ItemDataRole.BackgroundRole:
            if pack.done:
                return QBrush(DONE)
            if pack.packed:
                return QBrush(PARTLY)
            return None
        if role == Qt.ItemDataRole.FontRole and column == "packed" and pack.line.quantity > 1:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "packed":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
