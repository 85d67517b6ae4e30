"""The right-hand side: one order in tabs. Feature areas add their own tabs.

Only the tab showing is kept up to date: moving through the table with ↓ loads the order for
that tab alone, and a hidden tab (Replies suggests a scenario with a dozen queries) is brought
up to date when the seller opens it. The order is read once and handed to every panel that
takes a loaded order (show_order); the others get its id (set_order).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from desktop.core.models import Order
from desktop.core.notices import Changed, OrderChanges
from desktop.ui.detail.overview import OverviewPanel

# What each panel shows; a notice about anything else leaves it alone.
ALL_FIELDS = frozenset(Changed)
# Panels that read their own data (by id) follow the table this long after the last move:
# holding ↓ moves the table at key-repeat speed instead of waiting on every row's queries.
FOLLOW_MS = 120


class OrderDetail(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.overview = OverviewPanel(self)
        self.addTab(self.overview, QCoreApplication.translate("OrderDetail", "Items && checklist"))
        self._panels: list[QWidget] = [self.overview]
        self._order_pk: int | None = None
        self._order: Order | None = None
        # Panels whose content is older than the current order (hidden while it changed).
        self._stale: set[int] = set()
        self._holders: dict[int, QWidget] = {}
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._catch_up)
        self.currentChanged.connect(self._shown)

    def add_panel(self, title: str, widget: QWidget) -> None:
        # Each tab scrolls inside the detail rather than asking the window for its full
        # height or width: the window fits a 1280x720 screen whichever tab is open.
        holder = QScrollArea(self)
        holder.setObjectName(f"{widget.objectName() or 'panel'}Scroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        holder.setWidget(widget)
        self.addTab(holder, title)
        self._holders[id(holder)] = widget
        self._panels.append(widget)
        self._stale.add(id(widget))
        if self.current_panel() is widget:
            self._bring_up_to_date(widget)

    def panel_at(self, index: int) -> QWidget | None:
        """The panel of a tab (a feature's widget, not the scroll area holding it)."""
        holder = self.widget(index)
        return self._holders.get(id(holder), holder) if holder is not None else None

    def current_panel(self) -> QWidget | None:
        return self.panel_at(self.currentIndex())

    def index_of_panel(self, panel: QWidget) -> int:
        for index in range(self.count()):
            if self.panel_at(index) is panel:
                return index
        return -1

    def set_order(self, order_pk: int | None) -> None:
        self._order_pk = order_pk
        self._order = Order.get_or_none(Order.id == order_pk) if order_pk is not None else None
        self._stale = {id(p) for p in self._panels}
        current = self.current_panel()
        if current is None:
            return
        if hasattr(current, "show_order"):
            self._bring_up_to_date(current)  # the shared read: cheap, shown at once
        else:
            self._follow.start()

    def _catch_up(self) -> None:
        current = self.current_panel()
        if current is not None:
            self._bring_up_to_date(current)

    def settle(self) -> None:
        """Bring the showing tab up to date now (tests, and before acting on the order)."""
        self._follow.stop()
        self._catch_up()

    def show_panel(self, panel: QWidget) -> None:
        """Bring a tab to the front through the tab bar (never its inner stack directly)."""
        index = self.index_of_panel(panel)
        if index >= 0:
            self.setCurrentIndex(index)

    def current_order(self) -> int | None:
        return self._order_pk

    def loaded_order(self) -> Order | None:
        """The current order as read once for all panels."""
        return self._order

    def on_changes(self, changes: OrderChanges) -> None:
        """Refresh what shows the changed order; the panel that made the change skips it."""
        if not changes.touches(self._order_pk):
            return
        self._order = Order.get_or_none(Order.id == self._order_pk) if self._order_pk else None
        for panel in self._panels:
            if panel is changes.source:
                continue
            wanted = getattr(panel, "shows", ALL_FIELDS)
            if changes.affects(wanted) or changes.is_everything:
                self._stale.add(id(panel))
        current = self.current_panel()
        if current is not None:
            self._bring_up_to_date(current)

    def _shown(self, index: int) -> None:
        panel = self.panel_at(index)
        if panel is not None:
            self._bring_up_to_date(panel)

    def _bring_up_to_date(self, panel: QWidget) -> None:
        if id(panel) not in self._stale:
            return
        self._stale.discard(id(panel))
        show = getattr(panel, "show_order", None)
        if show is not None:
            show(self._order)
            return
        setter = getattr(panel, "set_order", None)
        if setter is not None:
            setter(self._order_pk)
