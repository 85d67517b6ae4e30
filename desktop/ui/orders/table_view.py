"""The order table view: selection, keyboard, context menu and the column chooser."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop.ui.orders.columns import COLUMNS
from desktop.ui.orders.table_model import OrderTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("OrderTable", text)


class OrderTableView(QTableView):
    current_order_changed = Signal(object)  # Order.id or None
    open_requested = Signal(int)  # Enter or double-click on an order

    def __init__(self, model: OrderTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderTable")
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(
            COLUMNS.index(_col("ordered_at")), Qt.SortOrder.DescendingOrder
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        # Fixed row height: Qt then never measures rows, which keeps 100k rows instant.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for number, column in enumerate(COLUMNS):
            header.resizeSection(number, _default_width(column.key))
            header.setSectionHidden(number, column.hidden_by_default)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(lambda index: self._emit_open(index.row()))
        self.row_actions: list[QAction] = []  # filled by the main window from its action registry
        self.customContextMenuRequested.connect(self._row_menu)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(lambda: self.current_order_changed.emit(self.current_order()))

    def current_order(self) -> int | None:
        index = self.currentIndex()
        return self._model.order_id_at(index.row()) if index.isValid() else None

    def selected_orders(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        ids = [self._model.order_id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def select_order(self, order_pk: int) -> None:
        row = self._model.row_of(order_pk)
        if row is not None:
            self.selectRow(row)
            self.scrollTo(self._model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit_open(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def header_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | None) -> None:
        if state:
            self.horizontalHeader().restoreState(state)

    def _emit_open(self, row: int) -> None:
        order_pk = self._model.order_id_at(row)
        if order_pk is not None:
            self.open_requested.emit(order_pk)

    def _current_changed(self, current: object, previous: object) -> None:
        self.current_order_changed.emit(self.current_order())

    def row_menu(self) -> QMenu:
        """The right-click menu on orders, from the window's action registry."""
        menu = QMenu(self)
        for action in self.row_actions:
            if action.menu() is not None:
                menu.addMenu(action.menu())
            elif action.isSeparator():
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _row_menu(self, position: QPoint) -> None:
        if self.row_actions:
            menu = self.row_menu()
            menu.exec(self.viewport().mapToGlobal(position))
            menu.deleteLater()

    def column_chooser(self) -> QMenu:
        header = self.horizontalHeader()
        menu = QMenu(tr("Columns"), self)
        for number, column in enumerate(COLUMNS):
            action = menu.addAction(column.label())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: header.setSectionHidden(n, not shown))
        return menu

    def _column_menu(self, position: QPoint) -> None:
        self.column_chooser().exec(self.horizontalHeader().mapToGlobal(position))


def _col(key: str) -> object:
    return next(c for c in COLUMNS if c.key == key)


def _default_width(key: str) -> int:
    return {
        "marketplace": 90, "order_id": 150, "ordered_at": 130, "ship_by": 130, "buyer": 170,
        "country": 60, "items": 240, "quantity": 45, "total": 110, "marketplace_status": 130,
        "workflow_status": 90, "tracking": 150, "carrier": 120, "evidence": 70,
    }.get(key, 110)  # fmt: skip
