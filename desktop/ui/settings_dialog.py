"""File > Settings…: every setting in tabs, written when the seller presses OK."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.replies.localefmt import country_name
from desktop.core.shops import DuplicateShop, save_shops
from desktop.ui.i18n import LANGUAGES, choose_language
from desktop.ui.settings_shops import ShopsTab
from desktop.ui.settings_store import Settings

APP_DATA_DIR = "app/data_dir"
# The languages replies can be mirrored in, each under its own name.
REPLY_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("es", "Español"),
    ("pt", "Português (Brasil)"), ("pt_PT", "Português (Portugal)"), ("fr", "Français"), ("de", "Deutsch"), ("it", "Italiano"),
    ("nl", "Nederlands"), ("ru", "Русский"), ("ja", "日本語"), ("ko", "한국어"), ("th", "ไทย"),
    ("vi", "Tiếng Việt"), ("id", "Bahasa Indonesia"), ("ms", "Bahasa Melayu"), ("ar", "العربية"),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _no_cameras() -> list[tuple[str, str]]:
    return []


def _no_printers() -> list[str]:
    return []


@dataclass
class Devices:
    """Where the dialog finds cameras (id, description) and printers; the app passes Qt's lists."""

    cameras: Callable[[], list[tuple[str, str]]] = _no_cameras
    printers: Callable[[], list[str]] = _no_printers


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        devices: Devices | None = None,
        parent: QWidget | None = None,
        app_settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(_tr("Settings"))
        self._settings = settings
        # The data folder cannot be chosen in a file that lives inside it: it goes to the
        # user-level settings, which app.main reads before it opens a data folder.
        self._app_settings = app_settings or settings
        self._devices = devices or Devices()
        # key -> (read the widget, show a value)
        self._bindings: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        self.tabs = QTabWidget()
        self.shops = ShopsTab()
        self.tabs.addTab(self._general_tab(data_dir), _tr("General"))
        self.tabs.addTab(self.shops, _tr("Shops"))
        self.tabs.addTab(self._printing_tab(), _tr("Printing"))
        self.tabs.addTab(self._packing_tab(), _tr("Packing"))
        self.tabs.addTab(self._follow_up_tab(), _tr("Follow-up"))
        self.tabs.addTab(self._backup_tab(), _tr("Backup"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        for key, (_, show) in self._bindings.items():
            show(self._store_of(key).get(key))
        self.resize(620, 520)

    # Binding helpers: one per kind of widget.
    def _text(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        self._bindings[key] = (edit.text, lambda v: edit.setText(str(v)))
        return edit

    def _number(self, key: str, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(key)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        self._bindings[key] = (spin.value, lambda v: spin.setValue(int(v)))
        return spin

    def _check(self, key: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(key)
        self._bindings[key] = (box.isChecked, lambda v: box.setChecked(bool(v)))
        return box

    def _choice(self, key: str, items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(key)
        combo.setEditable(editable)
        for value, label in items:
            combo.addItem(label, value)

        def show(value: Any) -> None:
            found = combo.findData(value)
            if found < 0 and value:
                combo.addItem(str(value), value)
                found = combo.count() - 1
            combo.setCurrentIndex(max(0, found))

        def read() -> str:
            if editable and combo.currentText() != combo.itemText(combo.currentIndex()):
                return combo.currentText()
            return str(combo.currentData() or "")

        self._bindings[key] = (read, show)
        return combo

    def _folder(self, key: str, placeholder: str) -> QWidget:
        edit = self._text(key, placeholder)
        browse = QPushButton(_tr("Choose…"))

        def choose() -> None:
            chosen = QFileDialog.getExistingDirectory(self, _tr("Choose a folder"), edit.text())
            if chosen:
                edit.setText(chosen)

        browse.clicked.connect(choose)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(browse)
        return row

    @staticmethod
    def _form(*rows: tuple[str, QWidget] | QWidget) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for row in rows:
            if isinstance(row, tuple):
                form.addRow(row[0], row[1])
            else:
                form.addRow(row)
        return page

    def _general_tab(self, data_dir: Path) -> QWidget:
        languages = [("", _tr("Same as the system")), *LANGUAGES]
        note = QLabel(_tr("A new language or data folder is used from the next start."))
        note.setWordWrap(True)
        # Each language under its own name: the seller must find hers in any interface.
        own = [("", _tr("Same as the interface")), *REPLY_LANGUAGES]
        return self._form(
            (_tr("Language"), self._choice("ui/language", languages)),
            (_tr("Your language beside replies"), self._choice("seller/language", own)),
            (_tr("Your name"), self._text("seller/name")),
            (
                _tr("Reply signature"),
                self._text(
                    "seller/signature",
                    _tr("Used where a shop has no signature of its own (Shops tab)"),
                ),
            ),
            (_tr("Packer name"), self._text("packing/packer")),
            (_tr("Data folder"), self._folder(APP_DATA_DIR, str(data_dir))),
            note,
        )

    def _printing_tab(self) -> QWidget:
        papers = [("a4", "A4"), ("letter", "Letter"), ("4x6", _tr("4×6 in label"))]
        printers = [("", _tr("Ask when printing")), *((p, p) for p in self._devices.printers())]
        return self._form(
            (_tr("Paper size"), self._choice("printing/paper", papers)),
            (_tr("Checklists per page"), self._number("printing/per_page", 1, 4)),
            (_tr("Label printer"), self._choice("printing/label_printer", printers, editable=True)),
        )

    def _packing_tab(self) -> QWidget:
        cameras = [("", _tr("The system's default camera")), *self._devices.cameras()]
        high_value = QDoubleSpinBox()
        high_value.setObjectName("packing/high_value")
        high_value.setRange(0, 1_000_000)
        high_value.setDecimals(2)
        self._bindings["packing/high_value"] = (
            high_value.value,
            lambda v: high_value.setValue(float(v)),
        )
        return self._form(
            (_tr("Camera"), self._choice("capture/camera", cameras)),
            (_tr("Stop recording when idle for"), self._number("capture/idle_stop_seconds", 10, 3600, _tr(" s"))),
            (_tr("The scanner ends each scan with"), self._choice("scanner/suffix", [
                ("auto", _tr("Enter or Tab (detect)")), ("enter", _tr("Enter")), ("tab", _tr("Tab")),
                ("enter_tab", _tr("Enter and Tab")),
            ])),
            self._check("scanner/beep", _tr("Sounds on every scan (distinct for mistakes)")),
            (_tr("Bench name in the scan log"), self._text("packing/station", _tr("this computer's name"))),
            (_tr("High-value orders above"), high_value),
            self._check("packing/high_value_video", _tr("Ask for a packing video on high-value orders")),
            (_tr("Fragile when the item mentions"), self._text("packing/fragile_words", _tr("glass, ceramic, …"))),
        )  # fmt: skip

    def _follow_up_tab(self) -> QWidget:
        days = _tr(" days")
        return self._form(
            (_tr("You ship from"), self._choice("seller/country", [("", _tr("Not set: every parcel counts as cross-border")), *self._countries()])),
            (_tr("Domestic parcels arrive within"), self._number("replies/domestic_days", 1, 60, days)),
            (_tr("Parcels abroad arrive within"), self._number("replies/transit_days", 1, 120, days)),
            (_tr("Not received when late by"), self._number("followup/not_received_days", 1, 60, days)),
            (_tr("Message shipped orders with no news after"), self._number("followup/no_news_days", 1, 90, days)),
            (_tr("Ask for a review after delivery"), self._number("followup/after_delivery_days", 0, 60, days)),
            (_tr("Answer an open case within"), self._number("followup/open_case_days", 1, 30, days)),
        )  # fmt: skip

    def _countries(self) -> list[tuple[str, str]]:
        """Every country by its name in the interface language (CLDR), sorted by that name."""
        language = choose_language(
            str(self._settings.get("ui/language") or ""), QLocale.system().uiLanguages()
        )
        codes = [
            code for code in Locale.parse("en").territories if len(code) == 2 and code.isalpha()
        ]
        named = [
            (code, country_name(code, language))
            for code in codes
            if code not in {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}
        ]
        return sorted(named, key=lambda pair: pair[1])

    def _backup_tab(self) -> QWidget:
        note = QLabel(
            _tr("Keep automatic backups in a folder that survives this computer: a USB disk or "
                "a folder your cloud drive synchronises.")
        )  # fmt: skip
        note.setWordWrap(True)
        return self._form(
            self._check("backup/daily", _tr("Back up automatically every day")),
            (_tr("Automatic backups to keep"), self._number("backup/keep", 1, 365)),
            (_tr("Backup folder"), self._folder("backup/folder", _tr("The data folder's backups folder"))),
            note,
        )  # fmt: skip

    def _store_of(self, key: str) -> Settings:
        return self._app_settings if key == APP_DATA_DIR else self._settings

    def values(self) -> dict[str, Any]:
        return {key: read() for key, (read, _) in self._bindings.items()}

    def accept(self) -> None:
        try:
            save_shops(self.shops.shops())
        except DuplicateShop as error:
            QMessageBox.warning(
                self,
                _tr("Settings"),
                _tr("Two shops have the same marketplace and name: {shop}").format(shop=str(error)),
            )
            return
        for key, value in self.values().items():
            self._store_of(key).set(key, value)
        self._settings.sync()
        self._app_settings.sync()
        super().accept()
