"""The main window: places the panels, builds actions from the registry, wires signals.

It holds no business rules; those are in desktop.core and in the panels. It is built in two
steps: the shell (table, sidebar, detail, its own actions) first, so features receive their
parent when they are built; then install() adds the features' tabs and actions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.day import SellerDay, seller_day
from desktop.core.journal import WorkJournal
from desktop.core.models import Order, SavedSearch
from desktop.core.notices import MEMBERSHIP, SEARCHED, Changed, OrderChanges
from desktop.core.orders.queries import OrderFilter
from desktop.core.orders.workflow import WORKFLOW_STATUSES
from desktop.ui.action_ids import ROW_MENU, TOOLBAR, ActionId, status_action
from desktop.ui.context import AppContext, Feature
from desktop.ui.detail.order_detail import OrderDetail
from desktop.ui.importing.controller import ImportController
from desktop.ui.main_window.actions import ActionRegistry
from desktop.ui.main_window.empty_state import EmptyStatePage
from desktop.ui.notices import ChangeNotices
from desktop.ui.orders.labels import workflow_label
from desktop.ui.orders.search_bar import SearchBar
from desktop.ui.orders.sidebar import Sidebar
from desktop.ui.orders.status_commands import SetWorkflowCommand
from desktop.ui.orders.table_model import OrderTableModel
from desktop.ui.orders.table_view import OrderTableView
from desktop.ui.settings_store import Settings

IMPORT_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"
# Narrow enough for a 1280 px laptop screen with any detail tab open.
DETAIL_MIN_WIDTH = 360
TABLE_MIN_WIDTH = 420


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, None, n)


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        notices: ChangeNotices | None = None,
        samples_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("Seller Desk"))
        self.setAcceptDrops(True)
        self.settings = settings
        self.data_dir = data_dir
        self.notices = notices or ChangeNotices(self)
        self.ctx: AppContext | None = None
        self._samples_dir = samples_dir
        self.undo_stack = QUndoStack(self)
        self.model = OrderTableModel(self)
        self.table = OrderTableView(self.model, self)
        self.search_bar = SearchBar(self)
        self.sidebar = Sidebar(self)
        self.detail = OrderDetail(self)
        self.empty = EmptyStatePage(self)
        self.importer = ImportController(self, WorkJournal(data_dir))
        self.count_label = QLabel(self)
        self.actions_ = ActionRegistry(self)
        self.today_widgets: list[QWidget] = []
        # Built when Today first shows, after the table has painted: the plan reads for a
        # second at 100,000 orders and must not hold up the start.
        self._today_factories: list[Callable[[AppContext], list[QWidget]]] = []
        self._today_stale = True
        # Several notices in a row (a pack station session) give one refresh of the plan.
        self._today_refresh = _single_shot(self, 300, self._refresh_today)
        # Today is the first click of the morning: its orders are read in the background a
        # moment after the table shows, and again after each change of membership.
        self._read_ahead = _single_shot(
            self, 300, lambda: self.model.read_ahead(self._filter_for("today"))
        )
        self._place_panels()
        self._create_actions()

    def install(self, ctx: AppContext, features: list[Feature]) -> None:
        """Add the features' tabs, actions and Today widgets, then show the data."""
        self.ctx = ctx
        for feature in features:
            for title, widget in feature.detail_tabs(ctx):
                self.detail.add_panel(title, widget)
            self.actions_.adopt(feature.actions(ctx))
            today = getattr(feature, "today_widgets", None)
            if today is not None:
                self._today_factories.append(today)
        self._build_menus_and_toolbar()
        self._connect_signals()
        self._restore_state()
        self.reload(first=True)

    def seller_day(self) -> SellerDay:
        return seller_day(self.settings.get)

    # ------------------------------------------------------------ layout
    def _place_panels(self) -> None:
        centre = QWidget(self)
        centre.setMinimumWidth(TABLE_MIN_WIDTH)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_bar)
        self.hint = self._build_hint(centre)
        layout.addWidget(self.hint)
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
        # The detail never asks for more than its share: long lines wrap or elide inside it,
        # so opening a tab or moving to an order with a long buyer line never widens the window.
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([190, 700, 440])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.statusBar().addPermanentWidget(self.count_label)
        self.resize(1280, 720)

    def _build_hint(self, parent: QWidget) -> QWidget:
        """Shown when the table is empty for a reason the seller can undo in one click."""
        hint = QWidget(parent)
        hint.setObjectName("tableHint")
        row = QHBoxLayout(hint)
        row.setContentsMargins(4, 2, 4, 2)
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("tableHintText")
        self.hint_label.setWordWrap(True)
        self.hint_button = QPushButton(hint)
        self.hint_button.setObjectName("tableHintButton")
        self.hint_button.clicked.connect(self._hint_clicked)
        row.addWidget(self.hint_label, 1)
        row.addWidget(self.hint_button)
        hint.setVisible(False)
        self._hint_action = ""
        return hint

    def _create_actions(self) -> None:
        add = self.actions_.add
        sp = QStyle.StandardPixmap
        add(ActionId.IMPORT, tr("&Import exports…"), self.choose_import, "Ctrl+I", "File", True,
            sp.SP_DialogOpenButton,
            tr("Import marketplace order exports (you can also drop files on the window)"))  # fmt: skip
        add(ActionId.EXPORT_VIEW, tr("&Export this view…"), self.export_current_view, "Ctrl+E",
            "File", icon=sp.SP_DialogSaveButton)  # fmt: skip
        add(ActionId.SAMPLES, tr("Try with &sample orders"), self.import_samples, None, "File")
        add(ActionId.FIND, tr("&Find"), self.search_bar.focus_search, QKeySequence.StandardKey.Find,
            "Orders")  # fmt: skip
        add(ActionId.REFRESH, tr("&Refresh"), self.reload, QKeySequence.StandardKey.Refresh, "View")
        add(ActionId.SAVE_SEARCH, tr("&Save this search…"), self.save_search, "Ctrl+Shift+S", "View")
        add(ActionId.CLEAR_FILTERS, tr("&Clear filters"), self.clear_filters, "Ctrl+Shift+X", "View")
        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName(ActionId.UNDO)
        undo.setProperty("menu", "Orders")
        redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName(ActionId.REDO)
        redo.setProperty("menu", "Orders")
        self.actions_.adopt([undo, redo])
        self.status_menu = QMenu(tr("Mark as"), self)
        self.status_menu.menuAction().setObjectName(ActionId.MARK_AS)
        for number, status in enumerate(WORKFLOW_STATUSES, start=1):
            action = self.actions_.add(
                status_action(status), workflow_label(status),
                lambda s=status: self.mark_selected(s), f"Ctrl+{number}", "hidden",
            )  # fmt: skip
            self.status_menu.addAction(action)
        self.actions_.adopt([self.status_menu.menuAction()])
        self.status_menu.menuAction().setProperty("menu", "hidden")

    def _build_menus_and_toolbar(self) -> None:
        quit_action = self.actions_.add(
            ActionId.QUIT, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "hidden"
        )
        extra: dict[str, list[QAction | QMenu | str]] = {
            "File": ["-", quit_action],
            "Orders": ["-", self.status_menu],
            "View": ["-", self.table.column_chooser()],
        }
        self.menus = self.actions_.build_menus(self.menuBar(), extra)
        toolbar = QToolBar(tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.actions_.build_toolbar(toolbar, TOOLBAR)
        self.table.row_actions = [
            a for a in (self.actions_.get(name) for name in ROW_MENU) if a is not None
        ]

    def _connect_signals(self) -> None:
        self.search_bar.changed.connect(self.apply_filter)
        self.sidebar.view_selected.connect(self._view_selected)
        self.sidebar.delete_saved.connect(self._delete_saved)
        self.table.current_order_changed.connect(self.detail.set_order)
        self.table.open_requested.connect(self._open_detail)
        self.table.selectionModel().selectionChanged.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)
        self.model.modelReset.connect(self._update_hint)
        self.detail.overview.order_edited.connect(
            lambda pk: self.notices.orders([pk], Changed.NOTE, source=self.detail.overview)
        )
        self.notices.changed.connect(self.on_changes)
        self.importer.import_finished.connect(self._imported)
        self.empty.import_requested.connect(self.choose_import)
        self.empty.samples_requested.connect(self.import_samples)

    # ------------------------------------------------------------ state
    def _restore_state(self) -> None:
        store = self.settings.raw()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            self._fit_screen()
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

    def _fit_screen(self) -> None:
        """A size saved on a bigger screen (or by an older version that grew past the edge)
        is brought back inside this screen."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))

    def save_state(self) -> None:
        store = self.settings.raw()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/table_header", self.table.header_state())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.overview.save_note()
        self.save_state()
        super().closeEvent(event)

    # ------------------------------------------------------------ change notices
    def on_changes(self, changes: OrderChanges) -> None:
        """One notice, and each part refreshes only what it shows."""
        if changes.is_everything:
            self.reload()
            return
        if changes.order_ids is not None and changes.affects(SEARCHED):
            self.model.update_search_text(changes.order_ids)
        if changes.order_ids is None:
            self.model.invalidate_rows()
        else:
            self.model.refresh_orders(changes.order_ids)
        if changes.affects(MEMBERSHIP):
            # Rows keep their place until the seller refreshes or changes view: an order
            # marked Packed in "To pack" stays visible, so the selection does not jump away.
            self.model.forget_view()
            self._read_ahead.start()
            self.sidebar.refresh_counts(self.seller_day())
            self._today_stale = True
            if self._today_showing():
                self._today_refresh.start()
        self.detail.on_changes(changes)

    # ------------------------------------------------------------ behaviour
    def reload(self, first: bool = False) -> None:
        """Everything from the database again: counts, choices, the table (at start, the
        sidebar's counts arrive from the background a moment after the table shows)."""
        has_orders = Order.select().exists()
        self.stack.setCurrentWidget(self.splitter if has_orders else self.empty)
        self.search_bar.reload_choices()
        self.sidebar.rebuild(self.seller_day(), count_later=first)
        self._today_stale = True
        self.apply_filter(reload_index=True)
        # After the table has painted: the plan takes a second at 100,000 orders.
        QTimer.singleShot(0, self, self._refresh_today)

    def current_filter(self) -> OrderFilter:
        return self.model.current_filter()

    def _filter_for(self, key: str) -> OrderFilter:
        view = "all" if key.startswith("saved:") else key
        day = self.seller_day()
        return self.search_bar.apply_to(OrderFilter(view=view, no_news_days=day.no_news_days, day=day))

    def apply_filter(self, reload_index: bool = False) -> None:
        current = self.table.current_order()
        self.model.search_in_view = self.search_bar.in_view_only()
        self.model.set_filter(self._filter_for(self.sidebar.current_key()), reload_index)
        if current is not None:
            self.table.select_order(current)
        self._read_ahead.start()

    def _today_showing(self) -> bool:
        return self.sidebar.current_key() == "today" and bool(
            self.today_widgets or self._today_factories
        )

    def _build_today(self) -> None:
        factories, self._today_factories = self._today_factories, []
        for factory in factories:
            assert self.ctx is not None
            for widget in factory(self.ctx):
                self.today_box.addWidget(widget)
                self.today_widgets.append(widget)
        # Built just now: the widgets read the plan as they were made.
        self._today_stale = False

    def _refresh_today(self) -> None:
        showing = self._today_showing()
        self.today_panel.setVisible(showing)
        if showing and self._today_factories:
            self._build_today()
        elif showing and self._today_stale:
            self._today_stale = False
            for widget in self.today_widgets:
                refresh = getattr(widget, "refresh", None)
                if refresh is not None:
                    refresh()

    def open_order(self, order_pk: int, panel: QWidget | None = None) -> None:
        """Show an order, selecting it in the table; one outside the view clears the table's
        selection, so a shortcut such as Ctrl+2 can never act on another order."""
        if self.model.row_of(order_pk) is None:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        else:
            self.table.select_order(order_pk)
        self.detail.set_order(order_pk)
        if panel is not None:
            self.detail.show_panel(panel)

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
        if current is not None:
            return [current]
        # An order opened from outside the view (the plan, the pack station) is the current one.
        shown = self.detail.current_order()
        return [shown] if shown is not None else []

    def mark_selected(self, status: str) -> None:
        ids = self.selected_or_current()
        if not ids:
            return
        self.undo_stack.push(
            SetWorkflowCommand(ids, status, lambda: self.notices.orders(ids, Changed.STATUS, source=self))
        )
        self.statusBar().showMessage(
            tr("%n order(s) marked {status}. Ctrl+Z undoes.", len(ids)).format(
                status=workflow_label(status)
            ),
            5000,
        )

    def clear_filters(self) -> None:
        self.search_bar.clear_filters()

    def _update_hint(self) -> None:
        """Say why the table is empty, and offer the one click that shows orders again."""
        self._hint_action = ""
        if self.model.rowCount() == 0 and Order.select().exists():
            elsewhere = self.model.matches_elsewhere()
            if elsewhere:
                self.hint_label.setText(
                    tr("No match in this view; %n match(es) in all orders.", elsewhere)
                )
                self.hint_button.setText(tr("Show them"))
                self._hint_action = "everywhere"
            elif self.search_bar.has_filters():
                self.hint_label.setText(tr("The filters above hide every order of this view."))
                self.hint_button.setText(tr("Clear filters"))
                self._hint_action = "clear"
        self.hint.setVisible(bool(self._hint_action))

    def _hint_clicked(self) -> None:
        if self._hint_action == "everywhere":
            self.search_bar.set_in_view_only(False)
        elif self._hint_action == "clear":
            self.clear_filters()

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
        self.notices.everything(source=self.importer)
        if results:
            created = sum(r.orders_created for r in results)
            updated = sum(r.orders_updated for r in results)
            text = " ".join(
                (
                    tr("Imported %n file(s):", len(results)),
                    tr("%n new order(s),", created),
                    tr("%n updated.", updated),
                )
            )
            self.statusBar().showMessage(text, 10000)

    def export_current_view(self) -> None:
        # The xlsx writer loads with the first export, not at start.
        from desktop.ui.orders.export_view import export_view

        self._export_task = export_view(self, self.model.all_ids(), Path.home())

    def save_search(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save search"), tr("Name of this search:"))
        if ok and name.strip():
            saved = SavedSearch.create(name=name.strip(), criteria=self.search_bar.state())
            self.sidebar.rebuild(self.seller_day())
            self.sidebar.select_key(f"saved:{saved.id}")

    def _delete_saved(self, saved_id: int) -> None:
        SavedSearch.delete_by_id(saved_id)
        if self.sidebar.current_key() == f"saved:{saved_id}":
            self.sidebar.select_key("all")
        self.sidebar.rebuild(self.seller_day())

    def _open_detail(self, order_pk: int) -> None:
        self.detail.set_order(order_pk)
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_counts(self, *args: object) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        text = tr("%n order(s)", self.model.rowCount())
        if selected:
            text += "  ·  " + tr("%n selected", selected)
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
            QTimer.singleShot(0, self, lambda: self.importer.import_files(files))


def _single_shot(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that runs slot once, ms after its last start (restarts gather into one run)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
