"""Tiny crafted workbooks that ask a parser for hundreds of GB are refused as corrupt_file,
quickly, without the process ever attempting the allocation."""

from __future__ import annotations

import io
import resource
import sys
import time
import zipfile
from pathlib import Path

import pytest

from desktop.core.orders.errors import CorruptFile
from desktop.core.orders.reader import read_table

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="orders" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def _xlsx(path: Path, sheet_data: bytes, dimension: str | None = None) -> Path:
    head = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    if dimension:
        head += f'<dimension ref="{dimension}"/>'.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", head + b"<sheetData>" + sheet_data + b"</sheetData></worksheet>")
    path.write_bytes(buffer.getvalue())
    return path


def _cell(ref: str, row: int, text: str = "1") -> bytes:
    return f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c></row>'.encode()


HEADER = _cell("A1", 1, "Order ID")


def _refused_quickly(path: Path, seconds: float = 10) -> str:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(CorruptFile) as caught:
        read_table(path).sheets[0].head()
    elapsed = time.perf_counter() - started
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert elapsed < seconds, elapsed
    assert grown_kb < 300 * 1024, grown_kb  # bounded: never the GBs the parser would ask for
    return str(caught.value)


def test_a_cell_at_row_99999999_is_refused(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "far.xlsx", HEADER + _cell("A99999999", 99_999_999))
    assert path.stat().st_size < 20_000
    assert "row 99,999,999" in _refused_quickly(path)


def test_a_cell_at_row_99999999_with_a_small_declared_dimension_is_refused(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "lying.xlsx", HEADER + _cell("A99999999", 99_999_999), dimension="A1:A2")
    assert "row 99,999,999" in _refused_quickly(path)


def test_a_cell_at_column_zzzzz_is_refused(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "wide.xlsx", HEADER + _cell("ZZZZZ2", 2))
    assert "column" in _refused_quickly(path)


def test_a_declared_dimension_beyond_the_limits_is_refused(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "dim.xlsx", HEADER, dimension="A1:XFD1048576")
    assert "too large" in _refused_quickly(path)


def test_a_zip_bomb_sheet_is_refused(tmp_path: Path) -> None:
    # 300 MB of XML that compresses to well under a MB: empty rows by the million.
    rows = b"<row/>" * 50_000_000
    path = _xlsx(tmp_path / "bomb.xlsx", HEADER + rows)
    assert path.stat().st_size < 2_000_000
    message = _refused_quickly(path)
    assert "zip bomb" in message or "row" in message


def test_a_wide_but_legal_sheet_still_reads(tmp_path: Path) -> None:
    cells = b"".join(
        f'<c r="{ref}" t="inlineStr"><is><t>h{n}</t></is></c>'.encode()
        for n, ref in enumerate(("A1", "B1", "AZ1"))
    )
    path = _xlsx(tmp_path / "ok.xlsx", b'<row r="1">' + cells + b"</row>" + _cell("A500", 500, "x"))
    rows = read_table(path).sheets[0].head(1)
    assert rows[0][0] == "h0" and rows[0][51] == "h2"


def test_a_far_cell_with_its_reference_not_first_is_refused(tmp_path: Path) -> None:
    far = b'<row r="2"><c s="0" r="A99999999" t="inlineStr"><is><t>1</t></is></c></row>'
    path = _xlsx(tmp_path / "attr.xlsx", HEADER + far)
    assert "row 99,999,999" in _refused_quickly(path)


def test_a_far_cell_inside_a_near_row_is_refused(tmp_path: Path) -> None:
    rows = b"".join(_cell(f"B{n}", n) for n in range(2, 3000))
    path = _xlsx(tmp_path / "inside.xlsx", HEADER + rows + b'<row r="3000"><c r="C5000000" t="inlineStr"><is><t>1</t></is></c></row>')
    assert "row 5,000,000" in _refused_quickly(path)


ODS_CONTENT = (
    b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
    b'<office:spreadsheet><table:table table:name="orders"><table:table-row><table:table-cell '
    b'office:value-type="string"><text:p>Order ID</text:p></table:table-cell></table:table-row>'
    b'<table:table-row table:number-rows-repeated="99999999"><table:table-cell office:value-type="string" '
    b'table:number-columns-repeated="50"><text:p>x</text:p></table:table-cell></table:table-row>'
    b"</table:table></office:spreadsheet></office:body></office:document-content>"
)


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
    'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


@pytest.mark.skipif(sys.platform == "win32", reason="the memory ceiling needs setrlimit")
def test_an_ods_repeating_a_row_99999999_times_is_refused_by_the_child_with_a_memory_ceiling(
    tmp_path: Path,
) -> None:
    path = tmp_path / "repeat.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", ODS_CONTENT)
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    # The child gives up at its memory ceiling; how fast it gets there depends on the machine.
    message = _refused_quickly(path, seconds=60)
    assert "memory" in message or "rows" in message
