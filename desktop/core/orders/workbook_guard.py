"""Checks that run before a workbook is parsed, so that no file can exhaust memory.

A workbook parser allocates a grid as large as the sheet's used range: one cell at row
99,999,999 or column ZZZZZ of a 13 KB file asks for hundreds of GB and aborts the process
outright (no exception to catch). So before parsing:

- xlsx: every member's declared size and compression ratio are checked, then each sheet's XML
  is streamed once through zipfile (which checks the CRC, so the sizes cannot lie) and every
  row and cell reference in it is bounded: Excel's own limits, and a ceiling on the grid area.
- xls and ods, whose ranges are not declared as plainly: the workbook is parsed once in a
  child process with a memory ceiling (resource.setrlimit) and a time limit; a child that dies
  or runs out of memory means the file is refused, and this process never tries."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

# Excel's limits: nothing a real export holds lies beyond them.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# The parser holds the used range as a dense grid (some tens of bytes a cell): 25 million
# cells is 250,000 orders of 100 columns, far beyond any export, and well under a GB.
MAX_CELLS = 25_000_000
MAX_MEMBER_BYTES = 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
# Spreadsheet XML compresses 5-30 times; a ratio far beyond that on a large member is a bomb.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 50 * 1024 * 1024
# The child process that parses xls/ods first.
CHILD_MEMORY_BYTES = 1536 * 1024 * 1024
CHILD_SECONDS = 120

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,8})(\d{1,12})(?::([A-Z]{1,8})(\d{1,12}))?"')
_CHUNK = 4 << 20


class WorkbookTooLarge(Exception):
    """The workbook declares or holds more than can be read safely; the reason in plain words."""


@dataclass
class _Extent:
    max_row: int = 0
    max_col: int = 0
    min_row: int = 0
    min_col: int = 0
    rows: int = 0  # <row> elements seen, for rows written without a number

    def add(self, row: int, col: int) -> None:
        if row:
            self.max_row = max(self.max_row, row)
            self.min_row = row if not self.min_row else min(self.min_row, row)
        if col:
            self.max_col = max(self.max_col, col)
            self.min_col = col if not self.min_col else min(self.min_col, col)


def column_number(letters: bytes | str) -> int:
    text = letters.decode("ascii") if isinstance(letters, bytes) else letters
    number = 0
    for char in text:
        number = number * 26 + (ord(char) - 64)
    return number


def _check_extent(extent: _Extent, sheet: str) -> None:
    rows = max(extent.max_row, extent.rows)
    if rows > MAX_ROWS:
        raise WorkbookTooLarge(f"sheet {sheet} reaches row {rows:,} (a spreadsheet has at most {MAX_ROWS:,})")
    if extent.max_col > MAX_COLUMNS:
        raise WorkbookTooLarge(
            f"sheet {sheet} reaches column {extent.max_col:,} (a spreadsheet has at most {MAX_COLUMNS:,})"
        )
    height = max(rows, 0)
    width = max(extent.max_col, 0)
    if height * width > MAX_CELLS:
        raise WorkbookTooLarge(f"sheet {sheet} spans {height:,} rows by {width:,} columns: too large to read")


def check_xlsx(archive: zipfile.ZipFile) -> None:
    """Raise WorkbookTooLarge unless every member and sheet of the xlsx is within bounds."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES:
            raise WorkbookTooLarge(f"{info.filename} unpacks to {info.file_size:,} bytes")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise WorkbookTooLarge(f"{info.filename} is compressed {ratio:,.0f} to 1 (a zip bomb)")
    if total > MAX_TOTAL_BYTES:
        raise WorkbookTooLarge(f"the workbook unpacks to {total:,} bytes")
    for name in archive.namelist():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            _scan_sheet(archive, name)


def _scan_sheet(archive: zipfile.ZipFile, name: str) -> None:
    sheet = name.rsplit("/", 1)[-1].removesuffix(".xml")
    scan: _Scan | None = None
    tail = b""
    with archive.open(name) as stream:
        while block := stream.read(_CHUNK):
            data = tail + block
            if scan is None:
                _check_dimension(data, sheet)
                scan = _Scan(sheet, _prefix_of(data))
            # A reference cut by the block boundary is read whole in the next round.
            cut = data.rfind(b"<")
            body, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
            scan.block(body)
    if scan is not None:
        scan.block(tail)


def _prefix_of(data: bytes) -> bytes:
    """The namespace prefix sheet elements are written with ("x:"), usually none."""
    match = re.search(rb"<(\w+:)?sheetData\b", data) or re.search(rb"<(\w+:)?worksheet\b", data)
    return (match.group(1) or b"") if match else b""


def _check_dimension(data: bytes, sheet: str) -> None:
    # The parser reserves room for the declared range before it reads a cell.
    match = _DIMENSION.search(data)
    if match:
        declared = _Extent()
        declared.add(int(match.group(2)), column_number(match.group(1)))
        if match.group(3):
            declared.add(int(match.group(4)), column_number(match.group(3)))
        _check_extent(declared, sheet)


class _Scan:
    """The furthest row and column any reference of a sheet reaches, without visiting each of
    its millions of cells in Python: per block, the regular expressions look only for
    references beyond the furthest seen so far (more letters, or as many and a later first
    letter; more digits, or as many), which are few. Cells written with their reference first
    (`<c r="B7"`, what every writer does) take this path; other blocks are read in full."""

    def __init__(self, sheet: str, prefix: bytes) -> None:
        self.sheet = sheet
        self.extent = _Extent()
        self.cell = b"<" + prefix + b"c"
        self.row = b"<" + prefix + b"row"
        self.row_ref = re.compile(re.escape(self.row) + rb'\b[^>]*?\sr="(\d{1,12})"')
        self.any_ref = re.compile(re.escape(self.cell) + rb'\b[^>]*?\sr="([A-Z]{1,8})(\d{1,12})"')
        self.letters = b"A"

    def block(self, body: bytes) -> None:
        extent = self.extent
        extent.rows += body.count(self.row + b" ") + body.count(self.row + b">")
        for number in self.row_ref.findall(body):
            extent.add(int(number), 0)
        cells = body.count(self.cell + b" ")
        if cells and cells != body.count(self.cell + b' r="'):
            for letters, number in self.any_ref.findall(body):
                self._column(letters)
                extent.add(int(number), 0)
        elif cells:
            for letters in set(self._column_pattern().findall(body)):
                self._column(letters)
            for number in self._row_pattern().findall(body):
                extent.add(int(number), 0)
        _check_extent(extent, self.sheet)

    def _column(self, letters: bytes) -> None:
        if (len(letters), letters) > (len(self.letters), self.letters):
            self.letters = letters
            self.extent.max_col = column_number(letters)

    def _column_pattern(self) -> re.Pattern[bytes]:
        size, first = len(self.letters), chr(self.letters[0])
        same = f"[{first}-Z][A-Z]{{{size - 1}}}" if size > 1 else f"[{first}-Z]"
        return _compiled(self.cell + f' r="((?:{same})|[A-Z]{{{size + 1},8}})\\d'.encode())

    def _row_pattern(self) -> re.Pattern[bytes]:
        # Cells in rows up to twice the furthest row element are within what the area check
        # allows for; only references beyond that are looked at (sorted rows make every cell
        # of a block reach the furthest row so far, so "beyond the furthest" would be all).
        furthest = str(max(self.extent.max_row, self.extent.rows, 1))
        digits, first = len(furthest), int(furthest[0])
        longer = f"\\d{{{digits + 1},12}}"
        beyond = f"[{first + 1}-9]\\d{{{digits - 1}}}|{longer}" if first < 9 else longer
        return _compiled(self.cell + f' r="[A-Z]{{1,8}}({beyond})"'.encode())


_PATTERNS: dict[bytes, re.Pattern[bytes]] = {}


def _compiled(pattern: bytes) -> re.Pattern[bytes]:
    found = _PATTERNS.get(pattern)
    if found is None:
        found = _PATTERNS[pattern] = re.compile(pattern)
    return found


_CHILD = r"""
import resource, sys
limit = int(sys.argv[2])
try:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
except (ValueError, OSError):
    pass
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(sys.argv[1])
for index in range(len(book.sheet_names)):
    sheet = book.get_sheet_by_index(index)
    if sheet.height > ROWS or sheet.width > COLS or sheet.height * sheet.width > CELLS:
        print("too large", sheet.height, sheet.width)
        sys.exit(3)
print("ok")
""".replace("ROWS", str(MAX_ROWS)).replace("COLS", str(MAX_COLUMNS)).replace("CELLS", str(MAX_CELLS))


def probe_in_child(path: Path) -> None:
    """Parse the workbook once in a child with a memory ceiling; WorkbookTooLarge if it fails
    for want of memory or time. A workbook the child finds damaged is left to the real read,
    which raises its own clear error."""
    if sys.platform == "win32" or getattr(sys, "frozen", False):
        return  # no setrlimit there (and no python to start): the static checks must do
    try:
        run = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), str(CHILD_MEMORY_BYTES)],
            capture_output=True,
            timeout=CHILD_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise WorkbookTooLarge(f"reading it took longer than {CHILD_SECONDS} s") from exc
    if run.returncode == 0:
        return
    if run.returncode == 3:
        raise WorkbookTooLarge("a sheet spans more rows or columns than a spreadsheet can hold")
    stderr = run.stderr.decode("utf-8", "replace")
    if run.returncode < 0 or "MemoryError" in stderr or "memory allocation" in stderr:
        raise WorkbookTooLarge("reading it needs more memory than a spreadsheet export can")
    # The parser refused the file (or panicked): the same parser here would do no better.
    last = [line for line in stderr.strip().splitlines() if line.strip()][-1:] or ["unreadable"]
    raise WorkbookTooLarge(last[0][:200])
