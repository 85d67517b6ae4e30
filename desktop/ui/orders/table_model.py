"""The order table: a list of ids from SQL, rows fetched by page as the view scrolls.

Filtering and sorting happen in SQL (a 100,000-row reset takes tens of milliseconds); a proxy
model would call data() per cell and take seconds (DESIGN.md).
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from desktop.core.models import Order, OrderLine
from desktop.core.orders.queries import OrderFilter, order_ids
from desktop.core.orders.search_index import SearchIndex
from desktop.ui.orders.columns import COLUMNS, ROW_FIELDS, Row, tooltip
from desktop.ui.orders.labels import status_colour
from desktop.ui.tasks import Task

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200
INDEX_DELAY_MS = 200
MAX_PAGES = 50


def _gone(order_pk: int) -> Row:
    return dict.fromkeys(ROW_FIELDS, None) | {"id": order_pk, "workflow_status": ""}


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
        self._row_by_id: dict[int, int] | None = None
        # A search looks in all orders unless the seller keeps it inside the current view.
        self.search_in_view = False
        # The search index loads off the GUI thread, so the table shows at once at start.
        self._index_state = "empty"  # "loading", "ready"
        self._index_generation = 0
        self._pending_text: set[int] = set()
        self._index_task: Task | None = None
        # No query until the window gives the first filter (sorting set up at start would
        # otherwise read all 100,000 ids for nothing).
        self._active = False
        # Views read ahead in the background (Today, the morning's first click), by key; any
        # change of membership forgets them (_view_generation).
        self._ahead: dict[tuple[object, ...], list[int]] = {}
        self._ahead_tasks: dict[tuple[object, ...], Task] = {}
        self._view_generation = 0

    def _load_index(self) -> None:
        if self._index_state == "ready":
            return  # a search meanwhile read it on the spot
        self._index_generation += 1
        generation = self._index_generation
        self._index_state = "loading"
        self._pending_text = set()
        # No Qt parent: the app owns a running task, so closing the window mid-load cannot
        # delete it under the worker; slots are bound methods, dropped with this model.
        task = Task(lambda report, cancelled: (generation, SearchIndex.read_all()))
        task.succeeded.connect(self._index_loaded)
        self._index_task = task
        task.start()

    def _index_loaded(self, result: tuple[int, dict[int, str]]) -> None:
        generation, texts = result
        if generation != self._index_generation:
            return  # a newer load (or a synchronous one) replaced it
        self._index.adopt(texts)
        self._index_state = "ready"
        if self._pending_text:
            self._index.update(self._pending_text)
            self._pending_text = set()

    def _ready_index(self) -> SearchIndex:
        """The index, read now if the background load has not finished (a search typed in the
        first second after start)."""
        if self._index_state != "ready":
            self._index_generation += 1
            self._index.reload()
            self._index_state = "ready"
            self._pending_text = set()
        return self._index

    def index_ready(self) -> bool:
        return self._index_state == "ready"

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
        self._active = True
        if reload_index or self._index_state == "empty":
            # After the table has painted: the load competes for the interpreter.
            self._index_state = "loading"
            self._index_generation += 1
            QTimer.singleShot(INDEX_DELAY_MS, self, self._load_index)
            self._base_key = None
        if reload_index:
            self.forget_view()
        self.beginResetModel()
        self._set_ids(self._query())
        self.endResetModel()

    def forget_view(self) -> None:
        """The view's membership may have changed (status edits): query it again next time."""
        self._base_key = None
        self._view_generation += 1
        self._ahead.clear()

    def read_ahead(self, flt: OrderFilter) -> None:
        """Read a view's ids in the thread pool, so that switching to it later costs no query;
        kept until the next change of membership."""
        base = dataclasses.replace(flt, search="", now=None)
        key = self._view_key(base)
        if key == self._base_key or key in self._ahead or key in self._ahead_tasks:
            return  # showing it, read already, or being read
        generation = self._view_generation
        sort_key, descending = self._sort_key, self._descending
        # No Qt parent, as for the index load: the app owns a running task.
        task = Task(lambda report, cancelled: order_ids(base, sort_key, descending))
        task.succeeded.connect(lambda ids: self._read_ahead_done(key, generation, ids))
        task.finished.connect(lambda: self._ahead_tasks.pop(key, None))
        self._ahead_tasks[key] = task
        task.start()

    def read_ahead_ready(self) -> bool:
        """A view read ahead waits to be shown (for tests and the benchmark)."""
        return bool(self._ahead)

    def _read_ahead_done(self, key: tuple[object, ...], generation: int, ids: list[int]) -> None:
        if generation == self._view_generation:
            self._ahead[key] = ids

    def _view_key(self, base: OrderFilter) -> tuple[object, ...]:
        # The seller's date is part of the key: Today read before midnight is not today's after.
        day = base.seller_day().today(datetime.now(UTC))
        return (repr(base), self._sort_key, self._descending, day)

    def update_search_text(self, order_ids: Iterable[int]) -> None:
        """A note or a message of these orders changed: the search must find the new words."""
        if self._index_state == "ready":
            self._index.update(order_ids)
        else:
            self._pending_text.update(order_ids)

    def searching_everywhere(self) -> bool:
        return bool(self._filter.search.strip()) and not self.search_in_view

    def _base_filter(self) -> OrderFilter:
        without_search = dataclasses.replace(self._filter, search="", now=None)
        if self.searching_everywhere():
            without_search.view = "all"
        return without_search

    def _query(self) -> list[int]:
        base = self._base_filter()
        key = self._view_key(base)
        if key != self._base_key:
            ahead = self._ahead.pop(key, None)
            self._base = ahead if ahead is not None else order_ids(base, self._sort_key, self._descending)
            self._base_key = key
        if not self._filter.search.strip():
            return self._base
        return self._ready_index().filter(self._base, self._filter.search)

    def matches_elsewhere(self) -> int:
        """How many orders outside the view match the search (for the empty state's hint)."""
        if not self._filter.search.strip() or not self.search_in_view:
            return 0
        everywhere = dataclasses.replace(self._filter, search="", now=None, view="all")
        ids = order_ids(everywhere, self._sort_key, self._descending)
        return max(0, len(self._ready_index().filter(ids, self._filter.search)) - len(self._ids))

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._pages.clear()
        self._row_by_id = None

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
        if not self._active:
            return
        self.layoutAboutToBeChanged.emit()
        self._set_ids(self._query())
        self.layoutChanged.emit()

    def order_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, order_pk: int) -> int | None:
        if self._row_by_id is None:
            # Built once per query (about 10 ms at 100,000 rows): list.index is O(n) per call.
            self._row_by_id = {pk: row for row, pk in enumerate(self._ids)}
        return self._row_by_id.get(order_pk)

    def refresh_orders(self, order_ids: Iterable[int]) -> int:
        """Re-read the rows of these orders and repaint only them; returns how many showed.

        Rows keep their place: an order marked Packed in "To pack" stays until the view is
        run again, so the selection does not jump away.
        """
        rows = sorted(r for r in (self.row_of(pk) for pk in order_ids) if r is not None)
        if not rows:
            return 0
        if len(rows) > PAGE * MAX_PAGES // 4:
            self.invalidate_rows()
            return len(rows)
        # Re-read just these rows into the pages already loaded (a page reloads 200 rows
        # with their items: 40 ms, where one row takes 2).
        loaded = [(row, self._ids[row]) for row in rows if row // PAGE in self._pages]
        if loaded:
            fresh = self._read_rows([pk for _, pk in loaded])
            for row, pk in loaded:
                page = self._pages[row // PAGE]
                page[row - (row // PAGE) * PAGE] = fresh.get(pk) or _gone(pk)
        last = len(COLUMNS) - 1
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            self.dataChanged.emit(self.index(start, 0), self.index(previous, last))
            if row is not None:
                start = previous = row
        return len(rows)

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
        by_id = self._read_rows(ids)
        # An order deleted since the query ran shows as an empty row until the next refresh.
        rows = [by_id.get(i) or _gone(i) for i in ids]
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _read_rows(self, ids: list[int]) -> dict[int, Row]:
        query = Order.select(*self._fields).where(Order.id.in_(ids)).dicts()
        by_id = {row["id"]: row for row in query}
        self._add_titles(ids, by_id)
        return by_id

    @staticmethod
    def _add_titles(ids: list[int], by_id: dict[int, Row]) -> None:
        """What a packer reads: the items' titles (SKUs stay in the tooltip), one query a page."""
        titles: dict[int, list[str]] = {}
        details: dict[int, list[str]] = {}
        lines: Any = (
            OrderLine.select(OrderLine.order, OrderLine.title, OrderLine.variant, OrderLine.sku,
                             OrderLine.quantity)
            .where(OrderLine.order.in_(ids))
            .order_by(OrderLine.order, OrderLine.position)
            .tuples()
        )  # fmt: skip
        for order_pk, title, variant, sku, quantity in lines:
            name = " · ".join(p for p in (title or sku or "?", variant) if p)
            count = f"{quantity}× " if quantity and quantity != 1 else ""
            titles.setdefault(order_pk, []).append(count + name)
            details.setdefault(order_pk, []).append(count + name + (f"  [{sku}]" if sku else ""))
        for order_pk, names in titles.items():
            row = by_id.get(order_pk)
            if row is not None:
                row["items_titles"] = ", ".join(names)
                row["items_detail"] = "\n".join(details[order_pk])

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
