"""An export of an unknown layout mapped in the dialog and imported exactly once."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop.core.models import MappingProfile, Order, OrderLine
from desktop.ui.importing.controller import ImportController

# A German shop system's export, re-saved by Excel: ';', decimal commas, a BOM.
GERMAN = (
    "\ufeffBestellnummer;Kunde;Land;Artikel;Artikelnummer;Menge;Einzelpreis;Summe\r\n"
    "B-1001;Jürgen Weiß;Deutschland;Tasse;MUG-1;2;9,50;19,00\r\n"
    "B-1001;Jürgen Weiß;Deutschland;Teller;PLT-2;1;12,00;12,00\r\n"
    "B-1002;Ana Ruiz;Spanien;Schale;BWL-3;3;5,00;15,00\r\n"
)


def _pick(dialog, field: str, header: str) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.combos[field]
    combo.setCurrentIndex(combo.findText(header))


def test_mapped_german_export_imports_once_with_one_summary(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Bestellungen.csv"
    path.write_bytes(GERMAN.encode("utf-8"))
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(parent)
    finished: list[tuple[list, list]] = []
    controller.import_finished.connect(lambda results, failures: finished.append((results, failures)))

    controller.import_files([path])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=20000)
    dialog = controller.mapping_dialog
    assert finished == []  # no "Nothing was imported" behind the open dialog
    assert parent.findChildren(QMessageBox) == []
    # The raw rows are shown before anything is mapped.
    assert dialog.raw_model.rowCount() == 4 and dialog.raw_model.item(1, 1).text() == "Jürgen Weiß"
    # Guessed from the synonyms every layout knows: Bestellnummer, Menge, Artikelnummer.
    columns = dialog.columns()
    assert columns["order_id"] == 0 and columns["quantity"] == 5
    _pick(dialog, "buyer_name", "Kunde")
    _pick(dialog, "country", "Land")
    _pick(dialog, "title", "Artikel")
    _pick(dialog, "sku", "Artikelnummer")
    _pick(dialog, "unit_price", "Einzelpreis")
    _pick(dialog, "line_total", "Summe")
    dialog.combos["item_id"].setCurrentIndex(0)
    dialog.name.setText("Mein Shop")
    assert dialog.preview_model.rowCount() == 2  # two orders from three rows
    assert dialog.preview_model.item(0, 3).text() == "2× MUG-1, 1× PLT-2"

    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=20000)
    results, failures = finished[0]
    assert failures == [] and len(results) == 1
    assert (results[0].orders_created, results[0].items, results[0].layout) == (2, 3, "Mein Shop")
    assert Order.select().count() == 2 and OrderLine.select().count() == 3
    order = Order.get(Order.order_id == "B-1001")
    assert (order.country, order.currency, order.buyer_name) == ("DE", "EUR", "Jürgen Weiß")
    lines = [(ln.sku, ln.quantity, ln.unit_price) for ln in order.lines.order_by(OrderLine.position)]
    assert lines == [("MUG-1", 2, Decimal("9.50")), ("PLT-2", 1, Decimal("12.00"))]
    assert MappingProfile.select().count() == 1
    summaries = [box for box in parent.findChildren(QMessageBox) if box.objectName() == "importSummary"]
    assert len(summaries) == 1 and "Mein Shop" in summaries[0].text()

    # The next import of the same columns needs no dialog and processes the file once.
    controller.import_files([path])
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20000)
    again, failures = finished[1]
    assert failures == [] and len(again) == 1 and again[0].orders_unchanged == 2
    assert Order.select().count() == 2


def test_cancelled_mapping_imports_nothing(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Bestellungen.csv"
    path.write_bytes(GERMAN.encode("utf-8"))
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(parent)
    controller.show_summary = False
    finished: list[tuple[list, list]] = []
    controller.import_finished.connect(lambda results, failures: finished.append((results, failures)))
    controller.import_files([path])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=20000)
    controller.mapping_dialog.reject()
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=20000)
    assert finished[0][0] == [] and finished[0][1][0][0] == "Bestellungen.csv"
    assert Order.select().count() == 0 and not controller.busy


def test_dialog_reads_every_sheet(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from desktop.ui.importing.mapping_dialog import ColumnMappingDialog

    book = openpyxl.Workbook()
    book.active.title = "Hinweise"
    book.active.append(["Export vom 01.12.2025"])
    orders = book.create_sheet("Bestellungen")
    orders.append(["Bestellnummer", "Kunde", "Land", "Menge", "Summe"])
    orders.append(["B-1", "Mia", "Deutschland", 2, 10.5])
    path = tmp_path / "export.xlsx"
    book.save(path)
    dialog = ColumnMappingDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.sheet.isEnabled() and dialog.sheet.currentText() == "Bestellungen"
    assert dialog.headers[0] == "Bestellnummer" and dialog.preview_model.rowCount() == 1
    assert dialog.chosen_layout().sheet == 1
    dialog.sheet.setCurrentIndex(0)
    assert dialog.headers == ["Export vom 01.12.2025"] and dialog.preview_model.rowCount() == 0
