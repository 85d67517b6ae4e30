"""The sidebar: the day's views, marketplaces and saved searches, with live counts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from desktop.core.day import SellerDay
from desktop.core.models import SavedSearch
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.orders.views import VIEWS, counts, marketplace_counts
from desktop.ui.orders.labels import view_label
from desktop.ui.tasks import Task

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_DELAY_MS = 150


def tr(text: str) -> str:
    return QCoreApplication.translate("Sidebar", text)


class Sidebar(QTreeView):
    view_selected = Signal(str)  # "today", "marketplace:ebay", "saved:3"...
    delete_saved = Signal(int)
    counts_updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.selectionModel().currentChanged.connect(self._changed)
        self._current = "today"
        self._task: Task | None = None
        self._again: SellerDay | None = None
        self._generation = 0

    def refresh_counts(self, day: SellerDay) -> None:
        """Count again off the GUI thread (a full count takes 100 ms or more at 100,000
        orders); changes arriving meanwhile are folded into one more count afterwards."""
        if self._task is not None:
            self._again = day
            return
        now = datetime.now(UTC)
        self._generation += 1
        generation = self._generation
        # No Qt parent (the app owns it while it runs): closing the window cannot delete it
        # under the worker; the slots are bound methods, dropped with the sidebar.
        self._task = Task(lambda report, cancelled: (generation, counts(now, day)))
        self._task.succeeded.connect(self._counted)
        self._task.finished.connect(self._count_done)
        self._task.start()

    def _counted(self, result: Any) -> None:
        generation, numbers = result
        if generation != self._generation:
            return  # counted again synchronously meanwhile: this answer is older
        structure_changed = False
        for key, count in numbers.items():
            index = self._find(key)
            if index is None:
                structure_changed = True
                continue
            item = self._model.itemFromIndex(index.siblingAtColumn(1))
            if item.text() != str(count):
                item.setText(str(count))
                if key == "overdue":
                    item.setForeground(Qt.GlobalColor.red if count else self.palette().text())
        if structure_changed:
            self._rebuild_with(numbers)
        self.counts_updated.emit()

    def _count_done(self) -> None:
        self._task = None
        again, self._again = self._again, None
        if again is not None:
            self.refresh_counts(again)

    def rebuild(self, day: SellerDay | None = None, count_later: bool = False) -> None:
        """Names and counts again; count_later shows the views at once and their counts a
        moment later (at start: the window is usable before the counting is done)."""
        day = day or SellerDay()
        self._generation += 1
        if count_later:
            self._rebuild_with(marketplace_counts(), blank_views=True)
            # After the table's own query and first paint, not competing with them.
            QTimer.singleShot(COUNT_DELAY_MS, self, lambda: self.refresh_counts(day))
        else:
            self._rebuild_with(counts(datetime.now(UTC), day))

    def _rebuild_with(self, numbers: dict[str, int], blank_views: bool = False) -> None:
        self._model.blockSignals(True)
        self._model.clear()
        self._model.setColumnCount(2)
        views = self._group(tr("Views"))
        for spec in VIEWS:
            self._add(views, view_label(spec.key), spec.key, None if blank_views else numbers.get(spec.key, 0))
        markets = self._group(tr("Marketplaces"))
        for key, count in sorted(
            (k, v) for k, v in numbers.items() if k.startswith("marketplace:")
        ):
            name = key.split(":", 1)[1]
            self._add(markets, MARKETPLACES.get(name, name), key, count)
        saved = list(SavedSearch.select().order_by(SavedSearch.position, SavedSearch.id))
        if saved:
            group = self._group(tr("Saved searches"))
            for search in saved:
                self._add(group, search.name, f"saved:{search.id}", None)
        self._model.blockSignals(False)
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Wide enough for its longest name and count: the splitter may have sized it while the
        # empty-state page was showing.
        self.setMinimumWidth(min(320, self.sizeHintForColumn(0) + self.sizeHintForColumn(1) + 40))
        self._reselect()

    def _group(self, title: str) -> QStandardItem:
        item = QStandardItem(title)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setSelectable(False)
        self._model.appendRow([item, QStandardItem("")])
        return item

    def _add(self, parent: QStandardItem, title: str, key: str, count: int | None) -> None:
        name = QStandardItem(title)
        name.setData(key, KEY_ROLE)
        number = QStandardItem("" if count is None else str(count))
        number.setData(key, KEY_ROLE)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key == "overdue" and count:
            number.setForeground(Qt.GlobalColor.red)
        parent.appendRow([name, number])

    def current_key(self) -> str:
        return self._current

    def select_key(self, key: str) -> None:
        self._current = key
        self._reselect()
        self.view_selected.emit(key)

    def count_of(self, key: str) -> int | None:
        index = self._find(key)
        if index is None:
            return None
        text = self._model.itemFromIndex(index.siblingAtColumn(1)).text()
        return int(text) if text else None

    def _find(self, key: str) -> QModelIndex | None:
        for group in range(self._model.rowCount()):
            parent = self._model.item(group)
            for row in range(parent.rowCount()):
                if parent.child(row).data(KEY_ROLE) == key:
                    return parent.child(row).index()
        return None

    def _reselect(self) -> None:
        index = self._find(self._current)
        if index is not None:
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(index)
            self.selectionModel().blockSignals(False)

    def _changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE)
        if key:
            self._current = key
            self.view_selected.emit(key)

    def _menu(self, position: object) -> None:
        index = self.indexAt(position)  # type: ignore[arg-type]
        key = index.data(KEY_ROLE) if index.isValid() else None
        if not key or not str(key).startswith("saved:"):
            return
        menu = QMenu(self)
        action = menu.addAction(tr("Delete saved search"))
        action.triggered.connect(lambda: self.delete_saved.emit(int(str(key).split(":")[1])))
        menu.exec(self.viewport().mapToGlobal(position))  # type: ignore[arg-type]
