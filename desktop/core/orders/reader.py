"""Reading a file into rows of cells, by what the file contains rather than what it is called."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from python_calamine import CalamineWorkbook

from desktop.core.orders import workbook_guard
from desktop.core.orders.errors import (
    CorruptFile,
    EmptyFile,
    FileMissing,
    PasswordProtected,
    UnsupportedFormat,
)
from desktop.core.orders.values import Cell

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
# Legacy encodings sellers' files arrive in, tried when the bytes are not UTF-8.
_LEGACY_ENCODINGS = ("gb18030", "big5", "shift_jis", "cp1252", "euc_kr", "cp874", "cp1251")


@dataclass
class Sheet:
    """A sheet's rows, read on demand: a 100,000-row sheet never sits in memory as cells."""

    name: str
    open_rows: Callable[[], Iterator[list[Cell]]]

    def rows(self) -> Iterator[list[Cell]]:
        return self.open_rows()

    def head(self, count: int = 40) -> list[list[Cell]]:
        return [list(row) for row in itertools.islice(self.open_rows(), count)]


@dataclass
class Table:
    """What a file holds: its sheets, and how the bytes were read."""

    sheets: list[Sheet]
    kind: str  # "xlsx", "xls", "ods", "csv"
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)


def read_table(path: Path) -> Table:
    if _read_bytes(path, len(_ZIP_MAGIC)) == _ZIP_MAGIC:
        # Read from the path, not from bytes in memory: a 100,000-order workbook's bytes held
        # twice (here and in the parser) while its sheet is parsed raised the import's peak.
        return _read_workbook(path, _zip_kind(path))
    data = _read_bytes(path)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyFile(path.name)
    if data.startswith(_OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise PasswordProtected(path.name)
        del data
        return _read_workbook(path, "xls")
    if data[:5].lower().startswith((b"<html", b"<!doc", b"<?xml", b"<tabl")):
        raise UnsupportedFormat(f"{path.name}: a web page or XML file, not an order export")
    return _read_text(path, data)


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, or its first `limit` bytes."""
    try:
        with path.open("rb") as stream:
            return stream.read() if limit is None else stream.read(limit)
    except FileNotFoundError as exc:
        raise FileMissing(str(path)) from exc
    except OSError as exc:
        raise FileMissing(f"{path}: {exc.strerror}") from exc


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"{path.name}: {exc}") from exc
    except OSError as exc:
        raise FileMissing(f"{path}: {exc.strerror}") from exc
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if "content.xml" in names:
        return "ods"
    raise UnsupportedFormat(f"{path.name}: a zip archive, not a workbook")


def _guard_workbook(path: Path, kind: str) -> None:
    """Refuse, before parsing, a workbook whose sheets would take more memory than any export."""
    try:
        if kind == "xlsx":
            with zipfile.ZipFile(path) as archive:
                workbook_guard.check_xlsx(archive)
        else:
            workbook_guard.probe_in_child(path)
    except workbook_guard.WorkbookTooLarge as exc:
        raise CorruptFile(f"{path.name}: {exc}") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        # A damaged member (bad CRC, truncated stream) found while scanning it.
        raise CorruptFile(f"{path.name}: {str(exc)[:200]}") from exc


def _read_workbook(path: Path, kind: str) -> Table:
    _guard_workbook(path, kind)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = []
        for index, name in enumerate(workbook.sheet_names):
            sheets.append(Sheet(name, _sheet_rows(workbook, index)))
    except Exception as exc:  # calamine raises several error types for damaged workbooks
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise PasswordProtected(path.name) from exc
        raise CorruptFile(f"{path.name}: {text[:200]}") from exc
    if not any(any(cell not in ("", None) for cell in row) for s in sheets for row in s.head()):
        raise EmptyFile(path.name)
    return Table(sheets=sheets, kind=kind)


def _sheet_rows(workbook: CalamineWorkbook, index: int) -> Callable[[], Iterator[list[Cell]]]:
    # Parsing a sheet is the expensive part of reading a workbook: do it once, on first use.
    loaded: list[Any] = []

    def rows() -> Iterator[list[Cell]]:
        if not loaded:
            try:
                loaded.append(workbook.get_sheet_by_index(index))
            except Exception as exc:  # calamine raises several error types for damaged sheets
                raise CorruptFile(str(exc)[:200]) from exc
        yield from loaded[0].iter_rows()
        # Read to the end: let the parsed sheet (hundreds of MB for 100k rows) go.
        loaded.clear()

    return rows


def decode_text(data: bytes) -> tuple[str, str]:
    """Bytes of a text export -> (text, encoding name). UnicodeDecodeError when the bytes are
    not the encoding their byte-order mark names."""
    for bom, encoding in (
        # UTF-32 first: its little-endian mark begins with UTF-16's.
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    sample = data[:4000]
    # UTF-32 without a mark: three NULs in every four bytes of ASCII text.
    if len(sample) >= 8 and sample.count(b"\x00") >= len(sample) * 2 // 3:
        encoding = "utf-32-le" if sample[1:4] == b"\x00\x00\x00" else "utf-32-be"
        with_nuls = _strict(data, encoding)
        if with_nuls is not None:
            return with_nuls, encoding
    # UTF-16 without a BOM shows as a NUL in every other byte of ASCII text.
    if sample.count(b"\x00") > len(sample) // 4:
        even_nuls = sample[0::2].count(b"\x00")
        odd_nuls = sample[1::2].count(b"\x00")
        encoding = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = _guess_cjk(data)
    if guessed:
        return data.decode(guessed), guessed
    best = from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _guess_cjk(data: bytes) -> str | None:
    """Chinese and Japanese legacy encodings, told apart by what their decodings contain.

    Simplified text decodes as GB18030 to characters nearly all in GB2312; Big5 bytes decoded
    as GB18030 land in the rare GBK extension instead. Shift_JIS text has kana.
    """
    simplified = _strict(data, "gb18030")
    if simplified is not None:
        cjk = [c for c in simplified if "\u4e00" <= c <= "\u9fff"]
        if cjk and sum(1 for c in cjk if _in_gb2312(c)) >= 0.95 * len(cjk):
            return "gb18030"
    japanese = _strict(data, "shift_jis")
    if japanese is not None and any("\u3040" <= c <= "\u30ff" for c in japanese):
        return "shift_jis"
    traditional = _strict(data, "big5")
    if traditional is not None and any("\u4e00" <= c <= "\u9fff" for c in traditional):
        return "big5"
    return None


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


_SNIFF_RECORDS = 60
_SNIFF_CHARS = 1 << 20


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the same number of fields.

    Whole records are parsed, quotes included, so a note with newlines and semicolons in one
    quoted cell, or decimal commas in a ';' file re-saved by German Excel, cannot fool it.
    """
    first = text.lstrip("\ufeff\r\n").split("\n", 1)[0]
    if first.lower().startswith("sep=") and len(first.rstrip("\r")) >= 5:
        return first[4]
    sample = text[:_SNIFF_CHARS]
    best, best_score = ",", -1.0
    for delimiter in ("\t", ",", ";", "|"):
        counts = _field_counts(sample, delimiter)
        if not counts or max(counts) <= 1:
            continue
        common = max(set(counts), key=counts.count)
        if common <= 1:
            continue
        # Most records with the same field count wins; more fields break a tie.
        score = counts.count(common) / len(counts) * min(common, 50)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _field_counts(sample: str, delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False)
    counts: list[int] = []
    try:
        for record in reader:
            if any(field.strip() for field in record):
                counts.append(len(record))
            if len(counts) >= _SNIFF_RECORDS:
                break
    except csv.Error:
        pass
    # The last record of a sample cut mid-way may be incomplete.
    if len(sample) == _SNIFF_CHARS and len(counts) > 1:
        counts.pop()
    return counts


def _check_complete(path: Path, text: str, delimiter: str, quoting: int) -> None:
    """Refuse text cut off mid-row or with a quote never closed: read on, the csv module would
    swallow the following lines into one field, or keep a cut row as if it were whole."""
    opened = _unclosed_quote(text, delimiter) if quoting == csv.QUOTE_MINIMAL else None
    if opened is not None:
        raise CorruptFile(
            f"{path.name}: a quoted field opened on line {opened:,} is never closed "
            "(the file is cut off or damaged)"
        )
    if text.endswith(("\n", "\r")):
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return
    options: dict[str, Any] = {"delimiter": delimiter, "strict": False, "quoting": quoting}
    widths = [len(row) for row in csv.reader(lines[-50:-1] or lines[:1], **options)]
    [last] = list(csv.reader(lines[-1:], **options)) or [[]]
    usual = max(set(widths), key=widths.count) if widths else 0
    # One field alone is a footer ("112 record(s) downloaded"), not a cut row.
    if usual > 1 and 1 < len(last) < usual:
        raise CorruptFile(
            f"{path.name}: the last line has {len(last)} of {usual} columns and no line end: "
            "the file was cut off (download it again)"
        )


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """The line a quoted field opens on and never closes, or None. A quote opens a field only
    at its start (as the csv module reads it); elsewhere it is a literal character. Jumps from
    quote to quote, so a large file without quotes costs one search."""
    quoted, opened_at = False, 0
    position = text.find('"')
    while position != -1:
        if quoted:
            if text.startswith('"', position + 1):  # "" inside a quoted field
                position = text.find('"', position + 2)
                continue
            quoted = False
        elif position == 0 or text[position - 1] in (delimiter, "\n", "\r"):
            quoted, opened_at = True, position
        position = text.find('"', position + 1)
    return text.count("\n", 0, opened_at) + 1 if quoted else None


def _read_text(path: Path, data: bytes) -> Table:
    if b"\x00" in data[:4000] and not (
        data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        or data[:4000].count(b"\x00") > len(data[:4000]) // 4
    ):
        raise UnsupportedFormat(f"{path.name}: binary data")
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as exc:
        raise CorruptFile(
            f"{path.name}: the file says it is {exc.encoding} text but byte {exc.start:,} is not "
            "(damaged, or saved in another encoding)"
        ) from exc
    if "\ufffd" in text[:2000] and text[:2000].count("\ufffd") > 20:
        raise UnsupportedFormat(f"{path.name}: not readable as text")
    if "\x00" in text:
        raise UnsupportedFormat(f"{path.name}: not readable as text (it holds NUL characters)")
    delimiter = sniff_delimiter(text)
    lines = text.splitlines(keepends=True)
    if lines and lines[0].lower().startswith("sep="):
        lines = lines[1:]
    # Amazon's tab-separated reports do not quote fields, so a stray quote must stay literal.
    quoting = csv.QUOTE_NONE if delimiter == "\t" and '"\t' not in text[:5000] else csv.QUOTE_MINIMAL
    _check_complete(path, text, delimiter, quoting)

    def rows() -> Iterator[list[Cell]]:
        reader = csv.reader(lines, delimiter=delimiter, quoting=quoting, strict=False)  # type: ignore[arg-type]
        width = 0
        ended = 0
        try:
            for row in reader:
                if not width:
                    width = len(row)
                elif len(row) != width and reader.line_num - ended > 1 and any("\n" in c for c in row):
                    # A quote that is not closed where it should be swallows the lines after it
                    # into one field: the row comes out the wrong width, spanning several lines.
                    raise CorruptFile(
                        f"{path.name}: a quote on line {ended + 1:,} is not closed where it should be "
                        f"(lines {ended + 1:,} to {reader.line_num:,} read as one row)"
                    )
                ended = reader.line_num
                yield list(row)
        except csv.Error as exc:
            raise CorruptFile(f"{path.name}: {exc}") from exc

    sheet = Sheet(path.stem, rows)
    if not any(any(str(cell).strip() for cell in row) for row in sheet.rows()):
        raise EmptyFile(path.name)
    return Table(sheets=[sheet], kind="csv", encoding=encoding, delimiter=delimiter)
