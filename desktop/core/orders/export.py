"""Exporting a view of orders to xlsx or CSV, safe to open in any spreadsheet."""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.formula_safety import looks_like_formula, neutralise_csv
from desktop.core.orders.xlsx_stream import write_sheet

# A text starting like a formula gets a leading apostrophe in CSV so no spreadsheet runs it.
neutralise = neutralise_csv

_TEMP_PREFIX = ".seller-desk-export-"
# What mkstemp makes of the prefix (this one and the shorter one earlier versions used).
_LEFTOVER = re.compile(r"^\.(seller-desk-)?export-[A-Za-z0-9_]{8}\.(xlsx|csv)$")
# An export still being written touches its file every second; one this old was abandoned.
_ABANDONED_SECONDS = 3600


def export_rows(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write to a temporary file beside the target and rename, so a failed export leaves no half file."""
    path = Path(path)
    suffix = path.suffix.lower()
    remove_abandoned(path.parent)
    handle, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=suffix, dir=path.parent)
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


def remove_abandoned(folder: Path) -> list[Path]:
    """Delete the temporary files of exports that a crash or a kill left in `folder`."""
    removed = []
    cutoff = time.time() - _ABANDONED_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not _LEFTOVER.match(entry.name):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed
