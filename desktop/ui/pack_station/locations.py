"""Shelf locations per SKU, edited in place; the pick list walks the shelves in this order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.packing.lookup import set_location, skus_with_locations

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShelfLocations", text)


class LocationsModel(QAbstractTableModel):
    COLUMNS = ("sku", "title", "location")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all = skus_with_locations()
        self._rows = list(self._all)

    def filter(self, text: str) -> None:
        folded = text.strip().casefold()
        self.beginResetModel()
        self._rows = [r for r in self._all if not folded or folded in " ".join(r).casefold()]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("SKU"), _tr("Item"), _tr("Shelf location"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self._rows[index.row()][index.column()]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        sku, title, _old = self._rows[index.row()]
        location = str(value or "").strip()
        set_location(sku, location)
        row = (sku, title, location)
        self._all = [row if r[0] == sku else r for r in self._all]
        self._rows[index.row()] = row
        self.dataChanged.emit(index, index)
        return True


class LocationsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelfLocations")
        self.setWindowTitle(_tr("Shelf locations"))
        self.model = LocationsModel(self)
        self.search = QLineEdit(objectName="locationSearch")
        self.search.setPlaceholderText(_tr("Find a SKU or item"))
        self.search.textChanged.connect(self.model.filter)
        self.table = QTableView(objectName="locationTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 320)
        hint = QLabel(
            _tr("Type where each SKU sits (e.g. A-03-2). A pick list sorted by location walks the shelves in this order.")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
