"""Files as a spreadsheet leaves them, cancellations, and files with nothing to import."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.models import ImportBatch, Order, OrderLine
from desktop.core.orders.errors import UnknownLayout
from desktop.core.orders.importer import import_file
from desktop.core.orders.reader import read_table

MONEY = {"Subtotal", "Shipping", "Taxes", "Total", "Discount Amount", "Lineitem price", "Lineitem compare at price",
         "Refunded Amount", "Outstanding Balance", "Lineitem discount"}  # fmt: skip
NOTE = ("Bitte klingeln; \"zweimal\"!\nHinterhof, 2. OG; links.\r\n" * 400)[:20000]


def _german_excel(sample: Path, target: Path) -> Path:
    """The Shopify export after opening and saving it in German Excel as 'CSV (Trennzeichen-getrennt)'."""
    rows = list(csv.reader(sample.open(encoding="utf-8", newline="")))
    header = rows[0]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for number, row in enumerate(rows[1:]):
        cells = []
        for name, cell in zip(header, row, strict=False):
            if name in MONEY and cell:
                cell = cell.replace(".", ",")
            elif cell in ("true", "false"):
                cell = "WAHR" if cell == "true" else "FALSCH"
            elif name == "Notes" and number == 0:
                cell = NOTE
            cells.append(cell)
        writer.writerow(cells)
    target.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return target


def test_shopify_resaved_by_german_excel_imports(data_dir: Path, samples: Path, tmp_path: Path) -> None:
    path = _german_excel(samples / "shopify_orders_export_1.csv", tmp_path / "orders_export_1.csv")
    assert read_table(path).delimiter == ";"
    result = import_file(path)
    assert (result.marketplace, result.orders_created, result.items) == ("shopify", 80, 108)
    o = Order.get(Order.order_id == "#1001")
    assert (o.country, o.postcode, o.total) == ("TR", "06554", Decimal("25.96"))
    assert o.buyer_note is not None and len(o.buyer_note) > 19000 and '"zweimal"' in o.buyer_note
    assert [ln.sku for ln in o.lines.order_by(OrderLine.position)] == ["SWB-41-45M-OLV", "HCC-4PC-PAS"]


@pytest.mark.parametrize("order_id", ["#1004", "#1028", "#1063"])
def test_refunded_voided_or_cancelled_shopify_orders_are_not_to_pack(imported_shopify: None, order_id: str) -> None:
    order = Order.get(Order.order_id == order_id)
    assert order.workflow_status == "closed"


@pytest.fixture
def imported_shopify(data_dir: Path, samples: Path) -> None:
    import_file(samples / "shopify_orders_export_1.csv")


def test_cancelled_after_printing_leaves_the_to_pack_list(data_dir: Path, tmp_path: Path) -> None:
    header = "Name,Email,Financial Status,Fulfillment Status,Currency,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Shipping Name,Shipping Country,Cancelled at"
    first = tmp_path / "orders_export_1.csv"
    first.write_text(header + "\n#2001,a@b.c,paid,unfulfilled,USD,10.00,2024-11-01 10:00:00 +0000,1,Mug,10.00,MUG-1,Ann,US,\n")
    import_file(first)
    order = Order.get(Order.order_id == "#2001")
    assert order.workflow_status == "to_pack"
    Order.update(workflow_status="packed").where(Order.id == order.id).execute()  # printed and packed
    second = tmp_path / "orders_export_2.csv"
    second.write_text(header + "\n#2001,a@b.c,paid,unfulfilled,USD,10.00,2024-11-01 10:00:00 +0000,1,Mug,10.00,MUG-1,Ann,US,2024-11-02 09:00:00 +0000\n")
    result = import_file(second)
    assert result.orders_updated == 1
    order = Order.get_by_id(order.id)
    assert order.workflow_status == "closed" and "cancelled" in order.marketplace_status


def test_header_only_file_imports_zero_orders(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "Unshipped orders.txt"
    path.write_text("order-id\torder-item-id\tpurchase-date\tpayments-date\tsku\tproduct-name\tquantity-purchased\tquantity-to-ship\tship-service-level\trecipient-name\tship-postal-code\tship-country\n")
    result = import_file(path)
    assert (result.orders_created, result.notes) == (0, ["0 orders in this file"])
    assert Order.select().count() == 0 and ImportBatch.select().count() == 1


def test_equal_fit_for_two_marketplaces_is_not_recognised(data_dir: Path, tmp_path: Path) -> None:
    # One column of Temu's own and one of Amazon's own each: neither wins, nothing is filed.
    path = tmp_path / "mixed.csv"
    path.write_text("order id,order-id,contribution sku,quantity to ship,quantity-to-ship,order-item-id,sku\nX-1,X-1,S,1,1,1,S\n")
    with pytest.raises(UnknownLayout) as raised:
        import_file(path)
    assert "equally well" in raised.value.detail
    assert Order.select().count() == 0


def test_weak_match_is_not_recognised(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("order id,product name,quantity purchased,recipient name\n1,Mug,1,Ann\n")
    with pytest.raises(UnknownLayout) as raised:
        import_file(path)
    assert raised.value.headers[0] == "order id"


def test_placeholder_cells_are_unknown_not_values(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "orders_export.csv"
    path.write_text(
        "Name,Email,Financial Status,Fulfillment Status,Currency,Total,Lineitem quantity,Lineitem name,Lineitem sku,Shipping Name,Shipping Zip,Shipping Country,Shipping Phone\n"
        "#3001,a@b.c,paid,unfulfilled,USD,-,1,Mug,MUG-1,Ann,-,US,--\n"
    )
    import_file(path)
    order = Order.get(Order.order_id == "#3001")
    assert (order.postcode, order.phone, order.total) == (None, None, None)
