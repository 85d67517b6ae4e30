"""The order detail's "Pack log": every scan of this order at the pack station."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.core.packing.scan_results import ERRORS
from desktop.core.packing.scanlog import LogEntry, entries

_Index = QModelIndex | QPersistentModelIndex
_BAD = QColor("#fde0e0")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackLog", text)


class ScanLogModel(QAbstractTableModel):
    COLUMNS = ("at", "result", "code", "message", "packer", "station")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LogEntry] = []

    def load(self, order_pk: int | None) -> None:
        self.beginResetModel()
        self._rows = entries(order_pk) if order_pk is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("Time"), _tr("Result"), _tr("Code"), _tr("What happened"), _tr("Packer"),
                _tr("Bench"))[section]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "at":
                return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            return str(getattr(entry, column))
        if role == Qt.ItemDataRole.BackgroundRole and entry.result in ERRORS:
            return QBrush(_BAD)
        return None


class ScanLogPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packLogPanel")
        self.model = ScanLogModel(self)
        self.table = QTableView(objectName="packLogTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(_tr("Nothing scanned at the pack station for this order yet."))
        self.empty.setWordWrap(True)
        self.order_pk: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.set_order(None)

    def set_order(self, order_id: int | None) -> None:
        self.order_pk = order_id
        self.model.load(order_id)
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.table.setVisible(has)
