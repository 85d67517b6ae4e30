"""A bad cell costs its field (blank, with a warning) or its row (skipped, with the reason),
never the file; damaged text is refused, never imported as garbage."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from desktop.core.models import Order, OrderLine
from desktop.core.orders.errors import CorruptFile, ImportFailure, UnsupportedFormat
from desktop.core.orders.importer import import_file
from tests.conftest import SAMPLES

SHOPIFY = SAMPLES / "shopify_orders_export_1.csv"


def _rows() -> tuple[list[str], list[list[str]]]:
    with SHOPIFY.open(newline="", encoding="utf-8-sig") as handle:
        header, *rows = list(csv.reader(handle))
    return header, rows


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _first_order_rows(rows: list[list[str]]) -> tuple[str, list[int]]:
    name = rows[0][0]
    return name, [i for i, r in enumerate(rows) if r[0] == name]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("Paid at", "0000-00-00 00:00:00"),
        ("Paid at", "9999-12-31 23:59:59 -1000"),
        ("Paid at", "2024-13-45 10:00:00"),
        ("Total", "1e400"),
        ("Total", "99999999999999999999999"),
    ],
)
def test_a_bad_order_cell_blanks_its_field_with_a_warning(
    data_dir: Path, tmp_path: Path, column: str, value: str
) -> None:
    header, rows = _rows()
    rows[0][header.index(column)] = value
    result = import_file(_write(tmp_path / "bad.csv", header, rows))
    name = rows[0][0]
    field = "paid_at" if column == "Paid at" else "total"
    order = Order.get(Order.order_id == name)
    # Unknown, or worked out from the other amounts; never the bogus "1".
    assert getattr(order, field) in (None, order.total if field == "total" else None)
    assert str(getattr(order, field)) not in {"1", "99999999999999999999999"}
    assert any(name in w and value[:20] in w for w in result.warnings), result.warnings
    assert result.orders_created == len({r[0] for r in rows})


def test_a_quantity_that_is_no_number_skips_its_order_and_keeps_the_others(data_dir: Path, tmp_path: Path) -> None:
    header, rows = _rows()
    name, indexes = _first_order_rows(rows)
    rows[indexes[0]][header.index("Lineitem quantity")] = "99999999999999999999999"
    result = import_file(_write(tmp_path / "qty.csv", header, rows))
    assert not Order.select().where(Order.order_id == name).exists()
    assert [r for r, why in result.skipped if "quantity" in why] == [2]
    assert result.orders_created == len({r[0] for r in rows}) - 1


def test_quantity_1e3_is_a_thousand(data_dir: Path, tmp_path: Path) -> None:
    header, rows = _rows()
    name, indexes = _first_order_rows(rows)
    rows[indexes[0]][header.index("Lineitem quantity")] = "1e3"
    import_file(_write(tmp_path / "sci.csv", header, rows))
    line = OrderLine.select().join(Order).where(Order.order_id == name).order_by(OrderLine.position).get()
    assert line.quantity == 1000


def test_rows_of_one_order_that_disagree_are_reported(data_dir: Path, tmp_path: Path) -> None:
    header, rows = _rows()
    copy = list(rows[0])
    copy[header.index("Shipping Name")] = "Somebody Else"
    copy[header.index("Lineitem sku")] = "OTHER-SKU"
    rows.insert(1, copy)
    result = import_file(_write(tmp_path / "dup.csv", header, rows))
    assert any("disagree on buyer_name" in w and "Somebody Else" in w for w in result.warnings), result.warnings


def _refused(path: Path, kind: type[ImportFailure] = ImportFailure) -> str:
    before = Order.select().count()
    with pytest.raises(kind) as caught:
        import_file(path)
    assert Order.select().count() == before
    return str(caught.value)


def test_a_truncated_csv_is_refused(data_dir: Path, tmp_path: Path) -> None:
    data = SHOPIFY.read_bytes()
    refused = 0
    for fraction in (0.21, 0.33, 0.42, 0.5, 0.58, 0.66, 0.71, 0.8, 0.87, 0.93, 0.97):
        cut = int(len(data) * fraction)
        while data[cut - 1 : cut] in (b"\n", b"\r"):
            cut -= 1  # a cut exactly at a line end leaves whole rows: nothing to tell
        path = tmp_path / f"cut{fraction}.csv"
        path.write_bytes(data[:cut])
        message = _refused(path, CorruptFile)
        assert "cut off" in message or "never closed" in message
        refused += 1
    assert refused == 11


def test_an_unterminated_quote_is_refused_with_its_line(data_dir: Path, tmp_path: Path) -> None:
    text = SHOPIFY.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    number = next(i for i, line in enumerate(text) if i > 3 and '"' not in line and ",," in line)
    text[number] = text[number].replace(",,", ',"', 1)
    path = tmp_path / "quote.csv"
    path.write_text("".join(text), encoding="utf-8")
    message = _refused(path, CorruptFile)
    assert f"line {number + 1}" in message, message


def test_utf32_reads_as_text_not_garbage(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "utf32.csv"
    path.write_bytes(SHOPIFY.read_text(encoding="utf-8-sig").encode("utf-32"))
    result = import_file(path)
    ids = [o.order_id for o in Order.select()]
    assert result.orders_created == 80 and all(i.startswith("#") and "\x00" not in i for i in ids)


def test_utf32_without_a_mark_reads_too(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "utf32le.csv"
    path.write_bytes(SHOPIFY.read_text(encoding="utf-8-sig").encode("utf-32-le"))
    assert import_file(path).orders_created == 80


def test_a_utf8_mark_before_invalid_bytes_is_refused(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + SHOPIFY.read_bytes()[:500] + b"\xff\xfe\x80 broken")
    assert "byte" in _refused(path, CorruptFile)


def test_nul_characters_are_refused(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(codecs.BOM_UTF8 + SHOPIFY.read_text(encoding="utf-8-sig").replace("paid", "pa\x00id").encode())
    _refused(path, UnsupportedFormat)
