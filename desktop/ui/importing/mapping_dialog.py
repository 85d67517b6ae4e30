"""For a file of a layout the app does not know: see its rows, map its columns once, preview, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.orders.fields import CANONICAL_FIELDS, FIELD_LABELS
from desktop.core.orders.layout import (
    Layout,
    candidates,
    find_header_row,
    guess_header_row,
    row_texts,
)
from desktop.core.orders.mapping_guess import guess_mapping
from desktop.core.orders.preview import preview_orders
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.orders.reader import Sheet, read_table
from desktop.core.orders.saved_mappings import layout_for
from desktop.core.orders.values import Cell

RAW_ROWS = 12  # rows shown as they are, before anything is mapped
HEAD_ROWS = 200  # rows read for the preview of resulting orders
PREVIEW_ORDERS = 20

# How rows make orders, in the seller's words.
GROUPINGS = {
    "per_line": QT_TRANSLATE_NOOP("MappingDialog", "One row per item line (rows with the same order ID are one order)"),
    "per_unit": QT_TRANSLATE_NOOP("MappingDialog", "One row per unit (identical rows add up to the quantity)"),
    "ebay_cart": QT_TRANSLATE_NOOP("MappingDialog", "A summary row, then one row per item"),
    "ml_pack": QT_TRANSLATE_NOOP("MappingDialog", "A parent row with the money, then one row per product"),
    "packed_cell": QT_TRANSLATE_NOOP("MappingDialog", "One row per order, all items in one cell"),
    "order_only": QT_TRANSLATE_NOOP("MappingDialog", "One row per order, no items"),
}
PRICES = {
    "unit": QT_TRANSLATE_NOOP("MappingDialog", "Per unit"),
    "line": QT_TRANSLATE_NOOP("MappingDialog", "Per line (quantity × unit price)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("MappingDialog", text)


class ColumnMappingDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(tr("Map the columns of {file}").format(file=path.name))
        self.resize(1000, 760)
        self._sheets: list[Sheet] = read_table(path).sheets
        self._head: list[list[Cell]] = []
        self.headers: list[str] = []
        self.header_row = 0
        self.combos: dict[str, QComboBox] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Seller Desk does not know this layout yet. Say which column holds what; "
                    "the mapping is saved and used automatically for files with the same columns."
                ),
                self,
            )
        )
        top = QGridLayout()
        self.name = QLineEdit(path.stem, self)
        self.marketplace = QComboBox(self)
        for key, label in MARKETPLACES.items():
            self.marketplace.addItem(label, key)
        self.sheet = QComboBox(self)
        for index, sheet in enumerate(self._sheets):
            self.sheet.addItem(sheet.name, index)
        self.sheet.setEnabled(len(self._sheets) > 1)
        self.sheet.setCurrentIndex(self._likely_sheet())
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, HEAD_ROWS)
        self.grouping = QComboBox(self)
        for key, label in GROUPINGS.items():
            self.grouping.addItem(tr(label), key)
        self.price = QComboBox(self)
        for key, label in PRICES.items():
            self.price.addItem(tr(label), key)
        top.addWidget(QLabel(tr("Name"), self), 0, 0)
        top.addWidget(self.name, 0, 1)
        top.addWidget(QLabel(tr("Marketplace"), self), 0, 2)
        top.addWidget(self.marketplace, 0, 3)
        top.addWidget(QLabel(tr("Sheet"), self), 1, 0)
        top.addWidget(self.sheet, 1, 1)
        top.addWidget(QLabel(tr("Column names in row"), self), 1, 2)
        top.addWidget(self.header_spin, 1, 3)
        top.addWidget(QLabel(tr("Rows and orders"), self), 2, 0)
        top.addWidget(self.grouping, 2, 1)
        top.addWidget(QLabel(tr("Prices are"), self), 2, 2)
        top.addWidget(self.price, 2, 3)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        raw_host = QWidget(splitter)
        raw_layout = QVBoxLayout(raw_host)
        raw_layout.setContentsMargins(0, 0, 0, 0)
        raw_layout.addWidget(QLabel(tr("The first rows of the file, as they are"), raw_host))
        self.raw_model = QStandardItemModel(self)
        self.raw = QTableView(raw_host)
        self.raw.setObjectName("mappingRawRows")
        self.raw.setModel(self.raw_model)
        raw_layout.addWidget(self.raw)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        for name in CANONICAL_FIELDS:
            combo = QComboBox(self.form_host)
            combo.currentIndexChanged.connect(self._preview)
            self.combos[name] = combo
            self.form.addRow(QCoreApplication.translate("Fields", FIELD_LABELS[name]), combo)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)

        preview_host = QWidget(splitter)
        preview_layout = QVBoxLayout(preview_host)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(tr("Preview"), preview_host)
        preview_layout.addWidget(self.preview_label)
        self.preview_model = QStandardItemModel(self)
        self.preview = QTableView(preview_host)
        self.preview.setObjectName("mappingPreview")
        self.preview.setModel(self.preview_model)
        preview_layout.addWidget(self.preview)
        splitter.setSizes([220, 300, 180])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #dc2626;")
        bottom.addWidget(self.error, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.sheet.currentIndexChanged.connect(self._load_sheet)
        self.header_spin.valueChanged.connect(self._set_header_row)
        self.grouping.currentIndexChanged.connect(self._preview)
        self.price.currentIndexChanged.connect(self._preview)
        self.marketplace.currentIndexChanged.connect(self._preview)
        self._load_sheet()

    # ---------------------------------------------------------------- reading

    def _likely_sheet(self) -> int:
        """The sheet that holds the orders: the one with most filled rows (notes sheets hold few)."""
        best, best_rows = 0, -1
        for index, sheet in enumerate(self._sheets):
            filled = sum(1 for row in sheet.head(RAW_ROWS) if sum(1 for c in row if c not in ("", None)) >= 3)
            if filled > best_rows:
                best, best_rows = index, filled
        return best

    def _load_sheet(self) -> None:
        index = int(self.sheet.currentData() or 0)
        self._head = self._sheets[index].head(HEAD_ROWS) if self._sheets else []
        self._show_raw()
        found = find_header_row(self._head)
        row = found if found is not None else guess_header_row(self._head)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(row + 1)
        self.header_spin.blockSignals(False)
        self._set_header_row(row + 1)

    def _show_raw(self) -> None:
        self.raw_model.clear()
        rows = [row_texts(r) for r in self._head[:RAW_ROWS]]
        width = max((len(r) for r in rows), default=0)
        for row in rows:
            self.raw_model.appendRow([QStandardItem(t) for t in row + [""] * (width - len(row))])
        self.raw_model.setVerticalHeaderLabels([str(i + 1) for i in range(len(rows))])

    def _set_header_row(self, one_based: int) -> None:
        self.header_row = max(0, min(one_based - 1, len(self._head) - 1)) if self._head else 0
        self.headers = row_texts(self._head[self.header_row]) if self._head else []
        self._guess()

    def _guess(self) -> None:
        """Fields from every known synonym; marketplace, row shape and prices from the closest layout."""
        found = candidates(self.headers)
        # A single distinctive column is too little to say whose export this is.
        best = found[0] if found and found[0].signature_hits >= found[0].profile.min_signature else None
        guessed = guess_mapping(self.headers)
        if best is not None:
            guessed = {**guessed, **best.columns}
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(not in this file)"), -1)
            for index, header in enumerate(self.headers):
                if header:
                    combo.addItem(header, index)
            combo.setCurrentIndex(max(combo.findData(guessed.get(name, -1)), 0))
            combo.blockSignals(False)
        for widget, value in (
            (self.marketplace, best.profile.marketplace if best else "other"),
            (self.grouping, best.profile.grouping if best else "per_line"),
            (self.price, best.profile.price if best else "unit"),
        ):
            widget.blockSignals(True)
            widget.setCurrentIndex(max(widget.findData(value), 0))
            widget.blockSignals(False)
        self._preview()

    # ---------------------------------------------------------------- result

    def columns(self) -> dict[str, int]:
        return {
            name: int(combo.currentData())
            for name, combo in self.combos.items()
            if combo.currentData() is not None and int(combo.currentData()) >= 0
        }

    @property
    def sheet_index(self) -> int:
        return int(self.sheet.currentData() or 0)

    def options(self) -> dict[str, str]:
        """How rows make orders and what a price means: saved with the mapping."""
        return {"grouping": str(self.grouping.currentData()), "price": str(self.price.currentData())}

    def chosen_layout(self) -> Layout:
        layout = layout_for(
            self.headers, self.header_row, self.columns(), str(self.marketplace.currentData()),
            self.name.text().strip() or "mapping", **self.options(),
        )  # fmt: skip
        layout.sheet = self.sheet_index
        return layout

    def _preview(self) -> None:
        shown = ("order_id", "buyer_name", "country", "items", "quantity", "total")
        labels = {
            "order_id": QCoreApplication.translate("Fields", FIELD_LABELS["order_id"]),
            "buyer_name": QCoreApplication.translate("Fields", FIELD_LABELS["buyer_name"]),
            "country": QCoreApplication.translate("Fields", FIELD_LABELS["country"]),
            "items": tr("Items"),
            "quantity": QCoreApplication.translate("Fields", FIELD_LABELS["quantity"]),
            "total": QCoreApplication.translate("Fields", FIELD_LABELS["total"]),
        }
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels([labels[n] for n in shown])
        if not self.headers:
            return
        result = preview_orders(self.chosen_layout(), self._head, PREVIEW_ORDERS)
        for order in result.orders:
            values = order.values
            items = ", ".join(
                f"{line.quantity}× {line.sku or line.title or '?'}" for line in order.lines
            )
            total = values.get("total")
            cells = [
                order.order_id, values.get("buyer_name") or "", values.get("country") or "", items,
                str(sum(line.quantity for line in order.lines)),
                "" if total is None else f"{total} {values.get('currency') or ''}".strip(),
            ]  # fmt: skip
            self.preview_model.appendRow([QStandardItem(str(c)) for c in cells])
        self.preview.resizeColumnsToContents()
        self.preview_label.setText(
            QCoreApplication.translate(
                "MappingDialog", "Preview: the first %n order(s) this mapping makes", "", len(result.orders)
            )
        )

    def _accept(self) -> None:
        if "order_id" not in self.columns():
            self.error.setText(tr("Choose the column that holds the order ID."))
            return
        if not self.name.text().strip():
            self.error.setText(tr("Give the mapping a name."))
            return
        self.accept()
