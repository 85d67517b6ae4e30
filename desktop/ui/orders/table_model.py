"""The order table: a list of ids from SQL, rows fetched by page as the view scrolls.

Filtering and sorting happen in SQL (a 100,000-row reset takes tens of milliseconds); a proxy
model would call data() per cell and take seconds (DESIGN.md).
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from desktop.core.models import Order
from desktop.core.orders.queries import OrderFilter, order_ids
from desktop.core.orders.search_index import SearchIndex
from desktop.ui.orders.columns import COLUMNS, ROW_FIELDS, Row, tooltip
from desktop.ui.orders.labels import status_colour

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_PAGES = 50


class OrderTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._filter = OrderFilter()
        self._sort_key = "ordered_at"
        self._descending = True
        self._locale = QLocale()
        self._fields = [getattr(Order, name) for name in ROW_FIELDS]
        self._index = SearchIndex()
        # The sorted ids of the view and filters without the search text: typing a search
        # only filters this list in memory (see SearchIndex).
        self._base: list[int] = []
        self._base_key: tuple[object, ...] | None = None

    # ------------------------------------------------------------ query
    def set_filter(self, flt: OrderFilter, reload_index: bool = False) -> None:
        self._filter = flt
        self.refresh(reload_index)

    def current_filter(self) -> OrderFilter:
        return self._filter

    def sort_state(self) -> tuple[str, bool]:
        return self._sort_key, self._descending

    def refresh(self, reload_index: bool = False) -> None:
        """Re-run the view; reload_index after orders were added or their text changed."""
        if reload_index or not len(self._index):
            self._index.reload()
            self._base_key = None
        self.beginResetModel()
        self._ids = self._query()
        self._pages.clear()
        self.endResetModel()

    def forget_view(self) -> None:
        """The view's membership may have changed (status edits): query it again next time."""
        self._base_key = None

    def _query(self) -> list[int]:
        without_search = dataclasses.replace(self._filter, search="", now=None)
        key = (repr(without_search), self._sort_key, self._descending)
        if key != self._base_key:
            self._base = order_ids(without_search, self._sort_key, self._descending)
            self._base_key = key
        return self._index.filter(self._base, self._filter.search)

    def invalidate_rows(self) -> None:
        """Re-read row contents (after an edit) without re-running the query."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_key = COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._ids = self._query()
        self._pages.clear()
        self.layoutChanged.emit()

    def order_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, order_pk: int) -> int | None:
        try:
            return self._ids.index(order_pk)
        except ValueError:
            return None

    def all_ids(self) -> list[int]:
        return list(self._ids)

    def row_data(self, row: int) -> Row | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * PAGE]

    def _load_page(self, page: int) -> list[Row]:
        ids = self._ids[page * PAGE : (page + 1) * PAGE]
        query = Order.select(*self._fields).where(Order.id.in_(ids)).dicts()
        by_id = {row["id"]: row for row in query}
        # An order deleted since the query ran shows as an empty row until the next refresh.
        rows = [
            by_id.get(i) or dict.fromkeys(ROW_FIELDS, None) | {"id": i, "workflow_status": ""}
            for i in ids
        ]
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].label()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(COLUMNS[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row, self._locale)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "workflow_status":
            return QBrush(status_colour(row["workflow_status"] or "", QGuiApplication.palette()))
        if (
            role == Qt.ItemDataRole.FontRole
            and column.key == "quantity"
            and (row["quantity_total"] or 0) > 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(column, row)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
