"""The streaming xlsx writer: typed cells that openpyxl and calamine read back as written."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.core.orders.export import export_rows
from desktop.core.orders.xlsx_stream import column_letter


def test_cells_keep_their_types(tmp_path: Path) -> None:
    target = tmp_path / "view.xlsx"
    rows = [
        ["Ünïcödé 张伟 ", 3, Decimal("35.90"), datetime(2024, 8, 31, 16, 4), date(2024, 9, 1), None, True],
        ['=HYPERLINK("http://x","y")', 0, 1.5, None, None, "bell\x07 <b>&", False],
    ]
    assert export_rows(target, ["Text", "Qty", "Total", "When", "Day", "Note", "Flag"], rows) == 2
    sheet = openpyxl.load_workbook(target).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Text", "Qty", "Total", "When", "Day", "Note", "Flag")
    assert values[1] == ("Ünïcödé 张伟 ", 3, 35.9, datetime(2024, 8, 31, 16, 4), datetime(2024, 9, 1), None, True)
    # Written as it is, in a quote-prefixed text cell: shown without an apostrophe, never run.
    assert values[2][0] == '=HYPERLINK("http://x","y")'
    assert sheet["A3"].data_type == "s" and sheet["A3"].quotePrefix
    assert not sheet["A2"].quotePrefix
    assert values[2][5] == "bell <b>&"
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    calamine = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert calamine[1][1] == 3 and calamine[1][3] == datetime(2024, 8, 31, 16, 4)


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "view.xlsx"
    with pytest.raises(InterruptedError):
        export_rows(target, ["A"], ([n] for n in range(10)), cancelled=lambda: True)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
