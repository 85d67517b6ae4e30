"""The items of one order, for the detail panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.models import OrderLine
from desktop.ui.orders import formatting

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("OrderDetail", "Qty"),
    QT_TRANSLATE_NOOP("OrderDetail", "SKU"),
    QT_TRANSLATE_NOOP("OrderDetail", "Item"),
    QT_TRANSLATE_NOOP("OrderDetail", "Unit price"),
)


class LinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[OrderLine] = []
        self._currency: str | None = None

    def set_lines(self, lines: list[OrderLine], currency: str | None) -> None:
        self.beginResetModel()
        self._lines, self._currency = lines, currency
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("OrderDetail", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # The variant under the title: in a narrow panel both stay readable.
            item = "\n".join(p for p in (line.title, line.variant) if p)
            values = (
                f"{line.quantity}×", line.sku or "", item,
                formatting.money(QLocale(), line.unit_price, self._currency),
            )  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return line.title
        if column == 0 and line.quantity > 1:
            # A quantity above one is the classic packing mistake: make it impossible to miss.
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#fde68a"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#7c2d12"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
