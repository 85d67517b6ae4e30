"""Settings: every tab shows the stored values, OK writes them and the shops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from desktop.core.shops import ShopData, list_shops, save_shops
from desktop.ui.settings_dialog import Devices, SettingsDialog
from desktop.ui.settings_store import Settings


def _dialog(qtbot, data_dir: Path, settings: Settings) -> SettingsDialog:  # type: ignore[no-untyped-def]
    devices = Devices(cameras=lambda: [("cam-1", "USB Camera")], printers=lambda: ["Zebra ZD420"])
    dialog = SettingsDialog(settings, data_dir, devices)
    qtbot.addWidget(dialog)
    return dialog


def test_values_round_trip(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir / "settings.ini")
    settings.set("followup/no_news_days", 9)
    dialog = _dialog(qtbot, data_dir, settings)
    assert dialog.tabs.count() == 6
    assert dialog.findChild(QSpinBox, "followup/no_news_days").value() == 9
    dialog.findChild(QComboBox, "ui/language").setCurrentIndex(2)  # 简体中文
    dialog.findChild(QComboBox, "printing/label_printer").setCurrentIndex(1)
    dialog.findChild(QComboBox, "capture/camera").setCurrentIndex(1)
    dialog.findChild(QCheckBox, "backup/daily").setChecked(False)
    dialog.findChild(QLineEdit, "seller/name").setText("林小姐")
    dialog.accept()

    again = Settings(data_dir / "settings.ini")
    assert again.get("ui/language") == "zh_CN"
    assert again.get("printing/label_printer") == "Zebra ZD420"
    assert again.get("capture/camera") == "cam-1"
    assert again.get("backup/daily") is False
    assert again.get("seller/name") == "林小姐"
    assert again.get("followup/no_news_days") == 9


def test_shops_are_added_edited_and_removed(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    save_shops([ShopData(None, "ebay", "old-shop")])
    dialog = _dialog(qtbot, data_dir, Settings(data_dir / "settings.ini"))
    tab = dialog.shops
    assert tab.model.rowCount() == 1
    tab.remove_button.click()
    tab._add()
    tab.findChild(QLineEdit, "shopName").setText("Lin's Mugs")
    tab.findChild(QLineEdit, "shopName").textEdited.emit("Lin's Mugs")
    tab.marketplace.setCurrentIndex(tab.marketplace.findData("etsy"))
    tab.findChild(QPlainTextEdit, "shopSignature").setPlainText("Lin — thank you!")
    tab.reply_language.setCurrentIndex(tab.reply_language.findData("en"))
    assert tab.model.data(tab.model.index(0, 1)) == "Lin's Mugs"
    dialog.accept()
    assert [(s.marketplace, s.name, s.signature, s.reply_language) for s in list_shops()] == [
        ("etsy", "Lin's Mugs", "Lin — thank you!", "en")
    ]
