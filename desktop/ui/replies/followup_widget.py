"""Today's follow-up plan, for the Today view: which orders need a message today, why, and
the template ready for each. Activating a row asks the window to show that order; its
Replies tab then opens on the suggested template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Order
from desktop.core.replies.followup import plan_for
from desktop.core.replies.localtime import buyer_time
from desktop.ui.context import AppContext
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.words import hint_text, reason_text, tr, translate

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


class FollowUpPlanModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanRow] = []

    def set_rows(self, rows: list[PlanRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
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


def build_rows(services: RepliesServices) -> list[PlanRow]:
    now = services.now()
    plan = plan_for(services.today().date(), services.plan_settings())
    pks = [item.order_pk for item in plan]
    orders: dict[int, Order] = {}
    for start in range(0, len(pks), CHUNK):
        for order in Order.select().where(Order.id.in_(pks[start : start + CHUNK])):
            orders[order.id] = order
    language = services.seller_language()
    catalogue = services.catalogue
    rows = []
    for item in plan:
        order = orders.get(item.order_pk)
        if order is None:
            continue
        local = buyer_time(order.country, order.region, now)
        title = (
            catalogue.scenario(item.scenario_key).title(language)
            if catalogue.has_scenario(item.scenario_key)
            else item.scenario_key
        )
        rows.append(
            PlanRow(
                order_pk=item.order_pk,
                order_id=order.order_id,
                buyer=order.buyer_name or "",
                country=order.country or "",
                local_time=local.local.strftime("%H:%M") if local else "",
                time_hint=hint_text(local.hint) if local else "",
                reason=reason_text(item.reason),
                scenario_title=title,
            )
        )
    return rows


class FollowUpPlanWidget(QWidget):
    """Place it in the Today view; connect order_activated to selecting the order."""

    order_activated = Signal(int)

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
        self.model = FollowUpPlanModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("followUpTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the plan: call when orders or messages change, and when the day turns."""
        self.model.set_rows(build_rows(self.services))
        self.title.setText(
            translate("Replies", "Messages to send today: {n}").format(n=len(self.model.rows))
        )

    def order_ids(self) -> list[int]:
        return [row.order_pk for row in self.model.rows]

    def _activated(self, index: QModelIndex) -> None:
        pk = self.model.data(index, Qt.ItemDataRole.UserRole)
        if pk is not None:
            self.order_activated.emit(int(pk))
