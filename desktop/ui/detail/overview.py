"""The first detail tab: buyer, address, items, money, dates, the seller's note, and the
export rows exactly as the marketplace wrote them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Order, OrderLine
from desktop.core.orders.address import address_lines
from desktop.core.orders.changes import set_fragile, set_seller_note
from desktop.core.orders.countries import country_name
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.orders.source_rows import iter_source_rows
from desktop.ui.detail.lines_model import LinesModel
from desktop.ui.orders import formatting
from desktop.ui.orders.labels import workflow_label


def tr(text: str) -> str:
    return QCoreApplication.translate("OrderDetail", text)


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class OverviewPanel(QScrollArea):
    order_edited = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._order_pk: int | None = None
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = _selectable(QLabel(body))
        self.title.setObjectName("detailTitle")
        layout.addWidget(self.title)
        form = QFormLayout()
        self.buyer = _selectable(QLabel(body))
        self.address = _selectable(QLabel(body))
        self.phone = _selectable(QLabel(body))
        self.shipping = _selectable(QLabel(body))
        self.money = _selectable(QLabel(body))
        self.dates = _selectable(QLabel(body))
        self.buyer_note = _selectable(QLabel(body))
        form.addRow(tr("Buyer"), self.buyer)
        form.addRow(tr("Ship to"), self.address)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Shipping"), self.shipping)
        form.addRow(tr("Money"), self.money)
        form.addRow(tr("Dates"), self.dates)
        form.addRow(tr("Buyer's note"), self.buyer_note)
        self.form = form
        layout.addLayout(form)
        self.lines_model = LinesModel(self)
        self.lines = QTableView(body)
        self.lines.setObjectName("orderLines")
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setWordWrap(True)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.setMinimumHeight(120)
        layout.addWidget(self.lines)
        self.fragile = QCheckBox(tr("Fragile: photograph contents, inner and outer packing"), body)
        layout.addWidget(self.fragile)
        layout.addWidget(QLabel(tr("Seller's note (only you see it)"), body))
        self.note = QPlainTextEdit(body)
        self.note.setObjectName("sellerNote")
        self.note.setMaximumHeight(80)
        layout.addWidget(self.note)
        self.exported_toggle = QToolButton(body)
        self.exported_toggle.setText(tr("As exported"))
        self.exported_toggle.setCheckable(True)
        self.exported_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.exported_toggle.setArrowType(Qt.ArrowType.RightArrow)
        layout.addWidget(self.exported_toggle)
        self.exported_model = QStandardItemModel(self)
        self.exported = QTreeView(body)
        self.exported.setObjectName("asExported")
        self.exported.setModel(self.exported_model)
        self.exported.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exported.setVisible(False)
        self.exported.setMinimumHeight(240)
        layout.addWidget(self.exported)
        layout.addStretch(1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(600)
        self._save_timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._save_timer.start)
        self.fragile.toggled.connect(self._fragile_toggled)
        self.exported_toggle.toggled.connect(self._toggle_exported)
        self.set_order(None)

    def set_order(self, order_pk: int | None) -> None:
        self.show_order(Order.get_or_none(Order.id == order_pk) if order_pk else None)

    def show_order(self, order: Order | None) -> None:
        """Show an order the detail has already read (one read shared by the panels)."""
        if self._save_timer.isActive():
            self.save_note()
        self._order_pk = order.id if order is not None else None
        self.setEnabled(order is not None)
        if order is None:
            self.title.setText(tr("Select an order to see everything about it."))
            for label in (
                self.buyer,
                self.address,
                self.phone,
                self.shipping,
                self.money,
                self.dates,
                self.buyer_note,
            ):
                label.clear()
            self._hide_empty_rows()
            self.lines_model.set_lines([], None)
            self.note.blockSignals(True)
            self.note.clear()
            self.note.blockSignals(False)
            self.exported_model.clear()
            return
        self._show(order)

    def _hide_empty_rows(self) -> None:
        # A label beside nothing reads like a value that failed to load.
        for label in (self.buyer, self.address, self.phone, self.shipping, self.money, self.dates, self.buyer_note):
            self.form.setRowVisible(label, bool(label.text()))

    def _show(self, order: Order) -> None:
        locale = QLocale()
        market = MARKETPLACES.get(order.marketplace, order.marketplace)
        # An export without a status column (eBay's old Sales Record file) leaves it out.
        said = order.marketplace_status
        self.title.setText(
            f"<b style='font-size:14pt'>{html.escape(order.order_id)}</b>  ·  {html.escape(market)}"
            f"  ·  {html.escape(workflow_label(order.workflow_status))}"
            + (f"  ·  <span style='color:gray'>{html.escape(said)}</span>" if said else "")
        )
        buyer = order.buyer_name or ""
        if order.buyer_username and order.buyer_username != buyer:
            buyer += f"  ({order.buyer_username})"
        if order.buyer_email:
            buyer += f"\n{order.buyer_email}"
        self.buyer.setText(buyer)
        self.address.setText(
            "\n".join(address_lines(order)) + (f"\n[{order.country}]" if order.country else "")
        )
        self.address.setToolTip(country_name(order.country))
        self.phone.setText(order.phone or "")
        self.shipping.setText(
            "  ·  ".join(
                p for p in (order.carrier, order.shipping_service, order.tracking_number) if p
            )
        )
        parts = [
            (tr("Items"), order.items_total), (tr("Shipping"), order.shipping_fee),
            (tr("Discount"), order.discount), (tr("Tax"), order.tax), (tr("Total"), order.total),
        ]  # fmt: skip
        self.money.setText(
            "\n".join(
                f"{name}: {formatting.money(locale, value, order.currency)}"
                for name, value in parts
                if value is not None
            )
        )
        dates = [
            (tr("Ordered"), order.ordered_at), (tr("Paid"), order.paid_at), (tr("Ship by"), order.ship_by),
            (tr("Shipped"), order.shipped_at), (tr("Delivered"), order.delivered_at), (tr("Packed"), order.packed_at),
        ]  # fmt: skip
        self.dates.setText(
            "\n".join(
                f"{name}: {formatting.date_time(locale, value)}" for name, value in dates if value
            )
        )
        self.buyer_note.setText(order.buyer_note or "")
        self._hide_empty_rows()
        self.lines_model.set_lines(list(order.lines.order_by(OrderLine.position)), order.currency)
        header = self.lines.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.resizeRowsToContents()
        # Again once the layout has given the table its width, so wrapped titles fit.
        QTimer.singleShot(0, self.lines, self.lines.resizeRowsToContents)
        self.note.blockSignals(True)
        self.note.setPlainText(order.seller_note)
        self.note.blockSignals(False)
        self.fragile.blockSignals(True)
        self.fragile.setChecked(order.fragile)
        self.fragile.blockSignals(False)
        if self.exported.isVisible():
            self._load_exported()
        else:
            self.exported_model.clear()

    def _toggle_exported(self, shown: bool) -> None:
        self.exported_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.exported.setVisible(shown)
        if shown:
            self._load_exported()

    def _load_exported(self) -> None:
        self.exported_model.clear()
        self.exported_model.setHorizontalHeaderLabels([tr("Column"), tr("Value")])
        if self._order_pk is None:
            return
        for file_name, number, cells in iter_source_rows(self._order_pk):
            parent = QStandardItem(tr("{file}, row {row}").format(file=file_name, row=number))
            for header, value in cells:
                parent.appendRow([QStandardItem(header), QStandardItem(value)])
            self.exported_model.appendRow([parent, QStandardItem("")])
        self.exported.expandAll()
        self.exported.resizeColumnToContents(0)

    def save_note(self) -> None:
        self._save_timer.stop()
        if self._order_pk is not None:
            set_seller_note(self._order_pk, self.note.toPlainText())
            self.order_edited.emit(self._order_pk)

    def _fragile_toggled(self, fragile: bool) -> None:
        if self._order_pk is not None:
            set_fragile(self._order_pk, fragile)
            self.order_edited.emit(self._order_pk)
