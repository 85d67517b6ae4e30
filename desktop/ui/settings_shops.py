"""The Shops tab of the settings: a table of shops and a form for the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.shops import ShopData, list_shops

# Languages a reply can be written in; shown under their own names.
REPLY_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "ru", "tr", "pl", "th", "vi", "id",
                   "ms", "ja", "ko", "zh_CN", "zh_TW")  # fmt: skip
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShopsTab", text)


def language_name(code: str) -> str:
    if not code:
        return _tr("The buyer's language")
    if code == "en":
        return "English"  # Qt names it "American English"
    if code == "zh_TW":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                       QLocale.Country.Taiwan).nativeLanguageName()  # fmt: skip
    return QLocale(code).nativeLanguageName() or code


class ShopTableModel(QAbstractTableModel):
    """The shops being edited: loaded from the Shop table, written back when the dialog is accepted."""

    def __init__(self, shops: list[ShopData]) -> None:
        super().__init__()
        self.shops = shops

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Marketplace"), _tr("Shop name"), _tr("Reply language"))[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        shop = self.shops[index.row()]
        column = index.column()
        if column == 0:
            return MARKETPLACES.get(shop.marketplace, shop.marketplace)
        if column == 1:
            return shop.name
        return language_name(shop.reply_language)

    def add(self, shop: ShopData) -> int:
        row = len(self.shops)
        self.beginInsertRows(QModelIndex(), row, row)
        self.shops.append(shop)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.shops[row]
        self.endRemoveRows()

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))


class ShopsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ShopTableModel(list_shops())
        self.table = QTableView()
        self.table.setObjectName("shopsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        add = QPushButton(_tr("Add shop"))
        add.setObjectName("addShop")
        self.remove_button = QPushButton(_tr("Remove shop"))
        self.remove_button.setObjectName("removeShop")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        self.marketplace = QComboBox()
        for key, name in MARKETPLACES.items():
            self.marketplace.addItem(name, key)
        self.name = QLineEdit()
        self.name.setObjectName("shopName")
        self.name.setPlaceholderText(_tr("The shop's name on the marketplace"))
        self.signature = QPlainTextEdit()
        self.signature.setObjectName("shopSignature")
        self.signature.setPlaceholderText(_tr("Written under every reply from this shop"))
        self.signature.setMaximumHeight(80)
        self.reply_language = QComboBox()
        for code in ("", *REPLY_LANGUAGES):
            self.reply_language.addItem(language_name(code), code)
        form = QFormLayout()
        form.addRow(_tr("Marketplace"), self.marketplace)
        form.addRow(_tr("Shop name"), self.name)
        form.addRow(_tr("Seller signature"), self.signature)
        form.addRow(_tr("Default reply language"), self.reply_language)
        self.form = QWidget()
        self.form.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)

        add.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.marketplace.currentIndexChanged.connect(self._store)
        self.name.textEdited.connect(self._store)
        self.signature.textChanged.connect(self._store)
        self.reply_language.currentIndexChanged.connect(self._store)
        self._loading = False
        if self.model.shops:
            self.table.selectRow(0)
        self._show_current()

    def _row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_current(self) -> None:
        row = self._row()
        self.form.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        shop = self.model.shops[row] if row >= 0 else ShopData(None, "other", "")
        self._loading = True
        self.marketplace.setCurrentIndex(max(0, self.marketplace.findData(shop.marketplace)))
        self.name.setText(shop.name)
        self.signature.setPlainText(shop.signature)
        self.reply_language.setCurrentIndex(
            max(0, self.reply_language.findData(shop.reply_language))
        )
        self._loading = False

    def _store(self) -> None:
        row = self._row()
        if self._loading or row < 0:
            return
        shop = self.model.shops[row]
        shop.marketplace = str(self.marketplace.currentData())
        shop.name = self.name.text()
        shop.signature = self.signature.toPlainText()
        shop.reply_language = str(self.reply_language.currentData())
        self.model.changed(row)

    def _add(self) -> None:
        row = self.model.add(ShopData(None, "other", _tr("New shop")))
        self.table.selectRow(row)
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        row = self._row()
        if row >= 0:
            self.model.remove(row)
            self._show_current()

    def shops(self) -> list[ShopData]:
        return [s for s in self.model.shops if s.name.strip()]
