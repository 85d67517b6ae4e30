"""For a file of a layout the app does not know: map its columns once, preview, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.orders.fields import CANONICAL_FIELDS, FIELD_LABELS
from desktop.core.orders.layout import guess_header_row, row_texts
from desktop.core.orders.mapping_guess import guess_mapping
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.orders.reader import read_table

PREVIEW_ROWS = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("MappingDialog", text)


class ColumnMappingDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Map the columns of {file}").format(file=path.name))
        self.resize(900, 640)
        table = read_table(path)
        head = table.sheets[0].head(40)
        self.header_row = guess_header_row(head)
        self.headers = row_texts(head[self.header_row])
        self._data = [
            row_texts(r) for r in head[self.header_row + 1 : self.header_row + 1 + PREVIEW_ROWS]
        ]
        guessed = guess_mapping(self.headers)
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
        top = QHBoxLayout()
        self.name = QLineEdit(path.stem, self)
        self.marketplace = QComboBox(self)
        for key, label in MARKETPLACES.items():
            self.marketplace.addItem(label, key)
        self.marketplace.setCurrentIndex(self.marketplace.findData("other"))
        top.addWidget(QLabel(tr("Name"), self))
        top.addWidget(self.name, 2)
        top.addWidget(QLabel(tr("Marketplace"), self))
        top.addWidget(self.marketplace, 1)
        layout.addLayout(top)
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.combos: dict[str, QComboBox] = {}
        for name in CANONICAL_FIELDS:
            combo = QComboBox(form_host)
            combo.addItem(tr("(not in this file)"), -1)
            for index, header in enumerate(self.headers):
                if header:
                    combo.addItem(header, index)
            combo.setCurrentIndex(max(combo.findData(guessed.get(name, -1)), 0))
            combo.currentIndexChanged.connect(self._preview)
            self.combos[name] = combo
            form.addRow(QCoreApplication.translate("Fields", FIELD_LABELS[name]), combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        layout.addWidget(scroll, 3)
        layout.addWidget(QLabel(tr("Preview"), self))
        self.preview_model = QStandardItemModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        layout.addWidget(self.preview, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #dc2626;")
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._preview()

    def columns(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() >= 0
        }

    def _preview(self) -> None:
        columns = self.columns()
        shown = [
            n
            for n in (
                "order_id",
                "buyer_name",
                "country",
                "sku",
                "title",
                "quantity",
                "unit_price",
                "total",
            )
            if n in columns
        ]
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Fields", FIELD_LABELS[n]) for n in shown]
        )
        for row in self._data:
            self.preview_model.appendRow(
                [QStandardItem(row[columns[n]] if columns[n] < len(row) else "") for n in shown]
            )

    def _accept(self) -> None:
        if "order_id" not in self.columns():
            self.error.setText(tr("Choose the column that holds the order ID."))
            return
        if not self.name.text().strip():
            self.error.setText(tr("Give the mapping a name."))
            return
        self.accept()
