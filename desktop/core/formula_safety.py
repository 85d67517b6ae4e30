"""Keeping buyers' text from running as spreadsheet formulas in every file the app writes.

A cell starting with = + - @ (or a tab or carriage return) is a formula to Excel, LibreOffice
and Google Sheets. Buyers' remarks and names reach our CSVs and workbooks, so a remark like
=HYPERLINK(...) must arrive as text. The check looks past what a reader does not see first:
zero-width characters (U+200B, U+FEFF...), ordinary spaces, and full-width forms (＝ ＋ －
＠, which spreadsheets fold to their ASCII forms)."""

from __future__ import annotations

import unicodedata
from typing import Any

_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Invisible or blank characters a spreadsheet skips before it decides what a cell is.
_SKIPPED = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00a0\u180e\u2028\u2029 "


def looks_like_formula(text: str) -> bool:
    head = text[:16].lstrip(_SKIPPED)
    if not head:
        return False
    return unicodedata.normalize("NFKC", head[:1]).startswith(_STARTS) or head.startswith(_STARTS)


def neutralise_csv(value: Any) -> Any:
    """For CSV, which cannot say "this is text": a leading apostrophe, the convention every
    spreadsheet program honours."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value
