"""Today's follow-up plan, for the Today view: which orders need a message today, why, for
how long, and the template ready for each, grouped by reason in priority order. The plan is
computed in the thread pool; activating a row asks the window to show that order, whose
Replies tab then opens on the suggested template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Order
from desktop.core.replies.followup import FollowUp, group_counts, plan_for
from desktop.core.replies.localefmt import country_name
from desktop.core.replies.localtime import buyer_time
from desktop.ui.context import AppContext
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.words import days_text, hint_text, reason_text, tr, translate
from desktop.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("Replies", "Order"),
    QT_TRANSLATE_NOOP("Replies", "Buyer"),
    QT_TRANSLATE_NOOP("Replies", "Country"),
    QT_TRANSLATE_NOOP("Replies", "Buyer's time"),
    QT_TRANSLATE_NOOP("Replies", "Why"),
    QT_TRANSLATE_NOOP("Replies", "Suggested message"),
)
CHUNK = 500
# Rows shown per reason until the seller asks for all of them.
CAP = 10


@dataclass(frozen=True)
class PlanRow:
    order_pk: int
    order_id: str
    buyer: str
    country: str
    local_time: str
    time_hint: str
    reason: str
    scenario_title: str
    reason_key: str = ""
    days: int = 0
    priority: int = 0


@dataclass(frozen=True)
class GroupRow:
    """A reason's header line: its name and how many orders it holds."""

    reason_key: str
    title: str
    count: int
    hidden: int = 0  # rows of this group not shown under the cap


@dataclass(frozen=True)
class Fetched:
    """What the worker reads: the plan and the few order columns the rows show."""

    items: list[FollowUp]
    orders: dict[int, tuple[str, str, str | None, str | None]]


def fetch(services: RepliesServices, now: datetime) -> Fetched:
    """Runs in the thread pool: database reads and the plan, no Qt objects."""
    items = plan_for(now, services.plan_settings())
    pks = [item.order_pk for item in items]
    orders: dict[int, tuple[str, str, str | None, str | None]] = {}
    columns = (Order.id, Order.order_id, Order.buyer_name, Order.country, Order.region)
    for start in range(0, len(pks), CHUNK):
        query = Order.select(*columns).where(Order.id.in_(pks[start : start + CHUNK]))
        for pk, order_id, buyer, country, region in query.tuples():
            orders[int(pk)] = (str(order_id), buyer or "", country, region)
    return Fetched(items, orders)


def build_rows(
    services: RepliesServices, fetched: Fetched, show_all: bool = False
) -> list[PlanRow | GroupRow]:
    now = services.now()
    language = services.seller_language()
    catalogue = services.catalogue
    rows: list[PlanRow | GroupRow] = []
    by_reason: dict[str, list[FollowUp]] = {}
    for item in fetched.items:
        by_reason.setdefault(item.reason, []).append(item)
    for reason, count in group_counts(fetched.items):
        shown = by_reason[reason] if show_all else by_reason[reason][:CAP]
        rows.append(GroupRow(reason, reason_text(reason), count, count - len(shown)))
        for item in shown:
            order = fetched.orders.get(item.order_pk)
            if order is None:
                continue
            order_id, buyer, country, region = order
            local = buyer_time(country, region, now)
            title = (
                catalogue.scenario(item.scenario_key).title(language)
                if catalogue.has_scenario(item.scenario_key)
                else item.scenario_key
            )
            rows.append(
                PlanRow(
                    order_pk=item.order_pk,
                    order_id=order_id,
                    buyer=buyer,
                    country=country_name(country, language),
                    local_time=local.local.strftime("%H:%M") if local else "",
                    time_hint=hint_text(local.hint) if local else "",
                    reason=days_text(reason, item.days),
                    scenario_title=title,
                    reason_key=reason,
                    days=item.days,
                    priority=item.priority,
                )
            )
    return rows


class FollowUpPlanModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanRow | GroupRow] = []

    def set_rows(self, rows: list[PlanRow | GroupRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def plan_rows(self) -> list[PlanRow]:
        return [row for row in self.rows if isinstance(row, PlanRow)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self.rows[index.row()], GroupRow):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if isinstance(row, GroupRow):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                text = translate("Replies", "{reason}: %n order(s)", "", row.count).format(
                    reason=row.title
                )
                if row.hidden:
                    text += translate("Replies", " — %n more under “Show all”", "", row.hidden)
                return text
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.order_id,
                row.buyer,
                row.country,
                row.local_time,
                row.reason,
                row.scenario_title,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.time_hint
        if role == Qt.ItemDataRole.UserRole:
            return row.order_pk
        return None


class FollowUpPlanWidget(QWidget):
    """Place it in the Today view; connect order_activated to selecting the order."""

    order_activated = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        services: RepliesServices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPlan")
        self.services = services or RepliesServices(ctx.settings)
        self.title = QLabel(self)
        self.title.setObjectName("followUpTitle")
        self.show_all = QPushButton(translate("Replies", "Show all"), self)
        self.show_all.setObjectName("followUpShowAll")
        self.show_all.setCheckable(True)
        self.show_all.toggled.connect(lambda _on: self._show())
        self.model = FollowUpPlanModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("followUpTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._fetched: Fetched | None = None
        self._task: Task | None = None
        self._again = False
        self.title.setText(translate("Replies", "Preparing today's plan…"))
        self.refresh()

    def refresh(self) -> None:
        """Re-read the plan in the background: call when orders or messages change, and when
        the day turns. A refresh asked for while one runs follows it."""
        if self._task is not None and self._task.running:
            self._again = True
            return
        now = self.services.now()
        services = self.services
        task = Task(lambda _report, _cancelled: fetch(services, now), self)
        task.succeeded.connect(self._fetched_plan)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._task = task
        task.start()

    def _fetched_plan(self, fetched: object) -> None:
        if isinstance(fetched, Fetched):
            self._fetched = fetched
            self._show()

    def _failed(self, error: object) -> None:
        self.title.setText(
            translate("Replies", "Today's plan could not be read: {detail}").format(
                detail=str(error)
            )
        )

    def _finished(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()
        else:
            self.loaded.emit()

    def _show(self) -> None:
        if self._fetched is None:
            return
        rows = build_rows(self.services, self._fetched, self.show_all.isChecked())
        self.model.set_rows(rows)
        self.view.clearSpans()
        for number, row in enumerate(rows):
            if isinstance(row, GroupRow):
                self.view.setSpan(number, 0, 1, len(HEADERS))
        self.view.resizeColumnsToContents()
        total = len(self._fetched.items)
        self.title.setText(translate("Replies", "Messages to send today: %n", "", total))
        self.show_all.setVisible(
            any(isinstance(r, GroupRow) and r.hidden for r in rows) or self.show_all.isChecked()
        )

    def order_ids(self) -> list[int]:
        return [row.order_pk for row in self.model.plan_rows()]

    def _activated(self, index: QModelIndex) -> None:
        pk = self.model.data(index, Qt.ItemDataRole.UserRole)
        if pk is not None:
            self.order_activated.emit(int(pk))
