"""The right-hand side: one order in tabs. Feature areas add their own tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.ui.detail.overview import OverviewPanel


class OrderDetail(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.overview = OverviewPanel(self)
        self.addTab(self.overview, QCoreApplication.translate("OrderDetail", "Items && checklist"))
        self._panels: list[QWidget] = [self.overview]
        self._order_pk: int | None = None

    def add_panel(self, title: str, widget: QWidget) -> None:
        self.addTab(widget, title)
        self._panels.append(widget)
        if hasattr(widget, "set_order"):
            widget.set_order(self._order_pk)

    def set_order(self, order_pk: int | None) -> None:
        self._order_pk = order_pk
        for panel in self._panels:
            setter = getattr(panel, "set_order", None)
            if setter is not None:
                setter(order_pk)

    def current_order(self) -> int | None:
        return self._order_pk
