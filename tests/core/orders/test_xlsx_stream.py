"""The streaming xlsx writer: typed cells that openpyxl and calamine read back as written."""

from __future__ import annotations

import os
import time
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


def test_an_export_clears_what_a_killed_export_left(tmp_path: Path) -> None:
    abandoned = tmp_path / ".export-a1b2c3d4.xlsx"
    recent = tmp_path / ".seller-desk-export-zz99yy88.csv"
    sellers_own = tmp_path / ".export-notes.xlsx"
    for leftover in (abandoned, recent, sellers_own):
        leftover.write_bytes(b"partial")
    day_ago = time.time() - 86400
    os.utime(abandoned, (day_ago, day_ago))
    os.utime(sellers_own, (day_ago, day_ago))

    export_rows(tmp_path / "orders.csv", ["Order"], [["1"]])

    assert not abandoned.exists()
    # Another export may still be writing this one; a file the app did not name is not its to delete.
    assert recent.exists() and sellers_own.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".seller-desk-export-zz99yy88.csv", ".export-notes.xlsx", "orders.csv"]
    )
