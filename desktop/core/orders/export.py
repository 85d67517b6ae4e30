"""Exporting a view of orders to xlsx or CSV, safe to open in any spreadsheet."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.formula_safety import looks_like_formula, neutralise_csv
from desktop.core.orders.xlsx_stream import write_sheet

# A text starting like a formula gets a leading apostrophe in CSV so no spreadsheet runs it.
neutralise = neutralise_csv


def export_rows(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write to a temporary file beside the target and rename, so a failed export leaves no half file."""
    path = Path(path)
    suffix = path.suffix.lower()
    handle, temp_name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    count = 0
    try:
        if suffix == ".xlsx":
            count = write_sheet(temp, headers, rows, cancelled, quoted=looks_like_formula)
        else:
            with temp.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(headers)
                for row in rows:
                    if cancelled():
                        raise InterruptedError
                    writer.writerow([neutralise("" if v is None else v) for v in row])
                    count += 1
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return count
