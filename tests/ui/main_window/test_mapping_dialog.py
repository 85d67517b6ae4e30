"""The column-mapping dialog for a file of an unknown layout."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.importing.mapping_dialog import ColumnMappingDialog


def test_dialog_guesses_previews_and_requires_order_id(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "orders.csv"
    path.write_text("Order Number,Customer,Country,Qty,Total\nA-1,Mia,Germany,2,10.00\n", encoding="utf-8")
    dialog = ColumnMappingDialog(path)
    qtbot.addWidget(dialog)
    columns = dialog.columns()
    assert columns["order_id"] == 0 and columns["buyer_name"] == 1 and columns["quantity"] == 3
    assert dialog.preview_model.rowCount() == 1
    assert dialog.preview_model.item(0, 0).text() == "A-1"
    order_combo = dialog.combos["order_id"]
    order_combo.setCurrentIndex(0)  # "(not in this file)"
    dialog._accept()
    assert dialog.result() == 0 and dialog.error.text()
