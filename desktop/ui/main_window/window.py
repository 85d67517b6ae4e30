"""The main window: places the panels, builds actions from the registry, wires signals.

It holds no business rules; those are in desktop.core and in the panels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.journal import WorkJournal
from desktop.core.models import Order, SavedSearch
from desktop.core.orders.queries import OrderFilter
from desktop.core.orders.workflow import WORKFLOW_STATUSES
from desktop.ui.context import AppContext, Feature
from desktop.ui.detail.order_detail import OrderDetail
from desktop.ui.importing.controller import ImportController
from desktop.ui.main_window.actions import ActionRegistry
from desktop.ui.main_window.empty_state import EmptyStatePage
from desktop.ui.orders.export_view import export_view
from desktop.ui.orders.labels import workflow_label
from desktop.ui.orders.search_bar import SearchBar
from desktop.ui.orders.sidebar import Sidebar
from desktop.ui.orders.status_commands import SetWorkflowCommand
from desktop.ui.orders.table_model import OrderTableModel
from desktop.ui.orders.table_view import OrderTableView

IMPORT_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(
        self, ctx: AppContext, features: list[Feature], samples_dir: Path | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("Seller Desk"))
        self.setAcceptDrops(True)
        self.ctx = ctx
        self._samples_dir = samples_dir
        self.undo_stack = QUndoStack(self)
        self.model = OrderTableModel(self)
        self.table = OrderTableView(self.model, self)
        self.search_bar = SearchBar(self)
        self.sidebar = Sidebar(self)
        self.detail = OrderDetail(self)
        self.empty = EmptyStatePage(self)
        self.importer = ImportController(self, WorkJournal(ctx.data_dir))
        self.count_label = QLabel(self)
        self.actions_ = ActionRegistry(self)
        ctx.window = self
        ctx.selected_order_ids = self.selected_or_current
        ctx.current_filter = self.model.current_filter
        ctx.orders_changed = self.orders_changed
        ctx.open_order = self.open_order
        self.today_widgets: list[QWidget] = []
        self._place_panels()
        self._create_actions()
        for feature in features:
            for title, widget in feature.detail_tabs(ctx):
                self.detail.add_panel(title, widget)
            self.actions_.adopt(feature.actions(ctx))
            today = getattr(feature, "today_widgets", None)
            for widget in today(ctx) if today is not None else []:
                self.today_box.addWidget(widget)
                self.today_widgets.append(widget)
        self._build_menus_and_toolbar()
        self._connect_signals()
        self._restore_state()
        self.reload()

    # ------------------------------------------------------------ layout
    def _place_panels(self) -> None:
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_bar)
        # The Today view shows the day's follow-up plan above its orders.
        self.today_split = QSplitter(Qt.Orientation.Vertical, centre)
        self.today_split.setObjectName("todaySplitter")
        self.today_panel = QWidget(self.today_split)
        self.today_box = QVBoxLayout(self.today_panel)
        self.today_box.setContentsMargins(0, 0, 0, 0)
        self.today_split.addWidget(self.today_panel)
        self.today_split.addWidget(self.table)
        self.today_split.setSizes([220, 600])
        layout.addWidget(self.today_split)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([190, 760, 480])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.statusBar().addPermanentWidget(self.count_label)
        self.resize(1440, 860)

    def _create_actions(self) -> None:
        add = self.actions_.add
        sp = QStyle.StandardPixmap
        add("import", tr("&Import exports…"), self.choose_import, "Ctrl+I", "File", True, sp.SP_DialogOpenButton,
            tr("Import marketplace order exports (you can also drop files on the window)"))  # fmt: skip
        add("export_view", tr("&Export this view…"), self.export_current_view, "Ctrl+E", "File",
            icon=sp.SP_DialogSaveButton)  # fmt: skip
        add("samples", tr("Try with &sample orders"), self.import_samples, None, "File")
        add(
            "find",
            tr("&Find"),
            self.search_bar.focus_search,
            QKeySequence.StandardKey.Find,
            "Orders",
        )
        add("refresh", tr("&Refresh"), self.reload, QKeySequence.StandardKey.Refresh, "View")
        add("save_search", tr("&Save this search…"), self.save_search, "Ctrl+Shift+S", "View")
        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        undo.setProperty("menu", "Orders")
        redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("redo")
        redo.setProperty("menu", "Orders")
        self.actions_.adopt([undo, redo])
        self.status_menu = QMenu(tr("Mark as"), self)
        for number, status in enumerate(WORKFLOW_STATUSES, start=1):
            action = self.actions_.add(
                f"status_{status}", workflow_label(status),
                lambda s=status: self.mark_selected(s), f"Ctrl+{number}", "Orders",
            )  # fmt: skip
            self.status_menu.addAction(action)

    def _build_menus_and_toolbar(self) -> None:
        view_extra: dict[str, list] = {"View": ["-", self.table.column_chooser().menuAction()]}
        self._status_actions = [self.actions_[f"status_{s}"] for s in WORKFLOW_STATUSES]
        for action in self._status_actions:
            action.setProperty("menu", "hidden")
        # Quit closes the File menu, after what features add to it.
        quit_action = self.actions_.add("quit", tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "hidden")
        view_extra["File"] = ["-", quit_action]
        self.actions_.build_menus(self.menuBar(), view_extra)
        # The status actions live in a submenu, not loose in Tools.
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for action in self._status_actions:
                menu.removeAction(action)
        orders_menu = self.menuBar().actions()[1].menu()
        orders_menu.addSeparator()
        orders_menu.addMenu(self.status_menu)
        toolbar = QToolBar(tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        self.actions_.build_toolbar(
            toolbar, ["import", "print_checklists", "pack_station", "dispute_pack", "backup"]
        )
        self.table.row_actions = [self.status_menu.menuAction(), self.actions_["undo"]]
        for name in ("print_checklists", "dispute_pack", "export_view"):
            action = self.actions_.get(name)
            if action is not None:
                self.table.row_actions.append(action)

    def _connect_signals(self) -> None:
        self.search_bar.changed.connect(self.apply_filter)
        self.sidebar.view_selected.connect(self._view_selected)
        self.sidebar.delete_saved.connect(self._delete_saved)
        self.table.current_order_changed.connect(self.detail.set_order)
        self.table.open_requested.connect(self._open_detail)
        self.table.selectionModel().selectionChanged.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)
        self.detail.overview.order_edited.connect(lambda _pk: self.model.invalidate_rows())
        self.importer.import_finished.connect(self._imported)
        self.empty.import_requested.connect(self.choose_import)
        self.empty.samples_requested.connect(self.import_samples)

    # ------------------------------------------------------------ state
    def _restore_state(self) -> None:
        store = self.ctx.settings.raw()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = store.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = store.value("window/table_header")
        if isinstance(header, QByteArray):
            self.table.restore_header_state(header)
            self.model.sort(
                self.table.horizontalHeader().sortIndicatorSection(),
                self.table.horizontalHeader().sortIndicatorOrder(),
            )

    def save_state(self) -> None:
        store = self.ctx.settings.raw()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/table_header", self.table.header_state())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.overview.save_note()
        self.save_state()
        super().closeEvent(event)

    # ------------------------------------------------------------ behaviour
    def reload(self) -> None:
        """Everything from the database again: counts, choices, the table."""
        has_orders = Order.select().exists()
        self.stack.setCurrentWidget(self.splitter if has_orders else self.empty)
        self.search_bar.reload_choices()
        self.sidebar.rebuild(self.ctx.settings.get("followup/no_news_days"))
        self.apply_filter(reload_index=True)
        # After the table has painted: the plan takes a second at 100,000 orders.
        QTimer.singleShot(0, self._refresh_today)

    def orders_changed(self) -> None:
        current = self.table.current_order()
        self.sidebar.rebuild(self.ctx.settings.get("followup/no_news_days"))
        # Rows keep their place until the seller refreshes or changes view: an order marked
        # Packed in "To pack" stays visible, so the selection does not jump away.
        self.model.forget_view()
        self.model.invalidate_rows()
        self.detail.set_order(current)
        self._refresh_today()

    def apply_filter(self, reload_index: bool = False) -> None:
        key = self.sidebar.current_key()
        view = "all" if key.startswith("saved:") else key
        flt = OrderFilter(view=view, no_news_days=self.ctx.settings.get("followup/no_news_days"))
        current = self.table.current_order()
        self.model.set_filter(self.search_bar.apply_to(flt), reload_index)
        if current is not None:
            self.table.select_order(current)

    def _refresh_today(self) -> None:
        showing = self.sidebar.current_key() == "today" and bool(self.today_widgets)
        self.today_panel.setVisible(showing)
        if showing:
            for widget in self.today_widgets:
                refresh = getattr(widget, "refresh", None)
                if refresh is not None:
                    refresh()

    def open_order(self, order_pk: int, panel: QWidget | None = None) -> None:
        self.table.select_order(order_pk)
        self.detail.set_order(order_pk)
        if panel is not None and self.detail.indexOf(panel) >= 0:
            self.detail.setCurrentWidget(panel)

    def _view_selected(self, key: str) -> None:
        if key.startswith("saved:"):
            saved = SavedSearch.get_or_none(SavedSearch.id == int(key.split(":")[1]))
            if saved is not None:
                self.search_bar.restore(dict(saved.criteria))
                return
        self.apply_filter()
        self._refresh_today()

    def selected_or_current(self) -> list[int]:
        selected = self.table.selected_orders()
        if selected:
            return selected
        current = self.table.current_order()
        return [current] if current is not None else []

    def mark_selected(self, status: str) -> None:
        ids = self.selected_or_current()
        if ids:
            self.undo_stack.push(SetWorkflowCommand(ids, status, self.orders_changed))
            self.statusBar().showMessage(
                tr("{count} orders marked {status}. Ctrl+Z undoes.").format(
                    count=len(ids), status=workflow_label(status)
                ),
                5000,
            )

    def choose_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Import order exports"),
            "",
            tr("Order exports ({patterns});;All files (*)").format(patterns=IMPORT_FILTER),
        )
        if paths:
            self.importer.import_files([Path(p) for p in paths])

    def import_samples(self) -> None:
        if self._samples_dir is None or not self._samples_dir.is_dir():
            return
        files = sorted(
            p for p in self._samples_dir.iterdir() if p.suffix in {".xlsx", ".csv", ".txt"}
        )
        self.importer.import_files(files)

    def _imported(self, results: list, failures: list) -> None:
        self.reload()
        if results:
            created = sum(r.orders_created for r in results)
            updated = sum(r.orders_updated for r in results)
            self.statusBar().showMessage(
                tr("Imported {files} files: {created} new orders, {updated} updated.").format(
                    files=len(results), created=created, updated=updated
                ),
                10000,
            )

    def export_current_view(self) -> None:
        self._export_task = export_view(self, self.model.all_ids(), Path.home())

    def save_search(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save search"), tr("Name of this search:"))
        if ok and name.strip():
            saved = SavedSearch.create(name=name.strip(), criteria=self.search_bar.state())
            self.sidebar.rebuild(self.ctx.settings.get("followup/no_news_days"))
            self.sidebar.select_key(f"saved:{saved.id}")

    def _delete_saved(self, saved_id: int) -> None:
        SavedSearch.delete_by_id(saved_id)
        if self.sidebar.current_key() == f"saved:{saved_id}":
            self.sidebar.select_key("all")
        self.sidebar.rebuild(self.ctx.settings.get("followup/no_news_days"))

    def _open_detail(self, order_pk: int) -> None:
        self.detail.set_order(order_pk)
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_counts(self, *args: object) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        text = tr("{count} orders").format(count=self.model.rowCount())
        if selected:
            text += "  ·  " + tr("{count} selected").format(count=selected)
        self.count_label.setText(text)

    # ------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.importer.import_files(files))
