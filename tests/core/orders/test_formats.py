"""Files as sellers really have them: other encodings, delimiters, names and header languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop.core.models import Order, OrderLine
from desktop.core.orders.importer import import_file
from desktop.core.orders.reader import decode_text, sniff_delimiter

AMAZON_HEADER = "order-id\torder-item-id\tpurchase-date\tbuyer-name\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\tshipping-price\trecipient-name\tship-city\tship-postal-code\tship-country\tship-service-level"
AMAZON_ROW = "503-1234567-7654321\t11111111111111\t2024-11-01T10:00:00+09:00\t山田 太郎\tMUG-1\t手作りマグカップ「おはよう」\t2\tJPY\t3000\t500\t山田 太郎\t渋谷区\t150-0001\tJP\tStandard"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "shift_jis"])
def test_amazon_jp_in_any_encoding(data_dir: Path, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "order-report.txt"
    text = AMAZON_HEADER + "\n" + AMAZON_ROW + "\n"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = text.encode("utf-16-le")  # no BOM: detected from the NUL pattern
    path.write_bytes(data)
    result = import_file(path)
    assert result.orders_created == 1
    order = Order.get()
    assert order.buyer_name == "山田 太郎" and order.total == Decimal("3500") and order.country == "JP"
    assert OrderLine.get().title == "手作りマグカップ「おはよう」"


NAMES = {
    # A real export holds many names; detection of a legacy encoding needs some text to go on.
    "gb18030": "张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄勇 周杰 吴霞 北京市朝阳区 上海市浦东新区",
    "big5": "陳美玲 林志明 黃淑芬 張家豪 李俊傑 王雅婷 劉建宏 蔡宜君 台北市大安區 新北市板橋區",
    "cp1252": "José Müller, Zoë Þórsdóttir, François Lefèvre, Jürgen Weiß, Ana Muñoz, Øyvind",
}


@pytest.mark.parametrize("encoding", sorted(NAMES))
def test_legacy_encodings(data_dir: Path, tmp_path: Path, encoding: str) -> None:
    names = NAMES[encoding].replace(",", "").split()
    lines = ["Name,Email,Financial Status,Fulfillment Status,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Shipping Name,Shipping Country,Total,Currency"]
    lines += [
        f"#{2000 + i},a{i}@example.com,paid,unfulfilled,1,Mug,9.50,MUG-1,{name},DE,12.50,EUR"
        for i, name in enumerate(names)
    ]
    path = tmp_path / "orders_export.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    assert decode_text(path.read_bytes())[0].splitlines()[1].endswith("EUR")
    import_file(path)
    assert {o.buyer_name for o in Order.select()} == set(names)


def test_semicolon_csv_with_decimal_commas_named_xls(data_dir: Path, tmp_path: Path) -> None:
    lines = [
        "Sale Date;Item Name;Buyer;Quantity;Price;Order Shipping;Discount Amount;Item Total;Currency;Transaction ID;Listing ID;Ship Name;Ship Country;Order ID;Variations;SKU",
        '09/03/24;"Mug ""Good Morning"", blue";anna;2;12,50;3,00;0,00;25,00;EUR;1;2;Anna Weiß;Deutschland;9001;Colour:Blue;MUG-B',
    ]
    path = tmp_path / "EtsySoldOrderItems.xls"  # a CSV with a spreadsheet's extension
    path.write_text("\n".join(lines), encoding="utf-8")
    assert sniff_delimiter(path.read_text(encoding="utf-8")) == ";"
    import_file(path)
    order = Order.get()
    assert order.country == "DE" and order.total == Decimal("28.00")
    line = OrderLine.get()
    assert (line.title, line.unit_price) == ('Mug "Good Morning", blue', Decimal("12.50"))


def _write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_thai_shopee_headers_preamble_numbers_as_numbers(data_dir: Path, tmp_path: Path) -> None:
    header = ["หมายเลขคำสั่งซื้อ", "สถานะการสั่งซื้อ", "หมายเลขติดตามพัสดุ", "ชื่อสินค้า",
              "เลขอ้างอิง SKU (SKU Reference No.)", "ตัวเลือกสินค้า", "ราคาขาย", "จำนวน",
              "จำนวนเงินทั้งหมด", "ชื่อผู้ใช้ (ผู้ซื้อ)", "ชื่อผู้รับ", "หมายเลขโทรศัพท์",
              "รหัสไปรษณีย์", "ประเทศ"]  # fmt: skip
    rows: list[list[object]] = [
        ["รายงานคำสั่งซื้อ"],  # a title row above the header
        [],
        header,
        ["2411301ABCDEF", "ที่ต้องจัดส่ง", "", "แก้วน้ำ", "SST-600", "ครีม", 529, 2, 1058,
         "somchai", "สมชาย ใจดี", 66812345678, 10110, "ไทย"],
    ]
    import_file(_write_xlsx(tmp_path / "Order.toship.xlsx", rows))
    order = Order.get()
    assert order.marketplace == "shopee" and order.country == "TH"
    assert order.phone == "66812345678" and order.postcode == "10110"
    assert order.total == Decimal("1058") and order.workflow_status == "to_pack"
    assert OrderLine.get().quantity == 2


def test_lost_leading_zero_and_formula_text(data_dir: Path, tmp_path: Path) -> None:
    long_note = "x" * 20000
    lines = [
        "order-id\torder-item-id\tpurchase-date\tbuyer-name\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\tshipping-price\trecipient-name\tship-postal-code\tship-country\tdelivery-Instructions\tship-service-level",
        f'111-0000000-0000001\t1\t2024-11-01T10:00:00+00:00\tB\tS-1\t=HYPERLINK("http://evil.example","click")\t1\tUSD\t5.00\t0\tB\t2139\tUS\t{long_note}\tStandard',
    ]
    path = tmp_path / "amazon.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    import_file(path)
    order = Order.get()
    assert order.postcode == "02139"
    assert order.buyer_note == long_note
    assert OrderLine.get().title == '=HYPERLINK("http://evil.example","click")'


def test_orders_on_a_later_sheet(data_dir: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["This workbook was exported on 30 Nov"])
    orders = book.create_sheet("orders")
    orders.append(["order-id", "order-item-id", "purchase-date", "sku", "product-name",
                   "quantity-purchased", "currency", "item-price", "shipping-price",
                   "recipient-name", "ship-country", "ship-service-level"])  # fmt: skip
    orders.append(["111-1", "1", "2024-11-01T10:00:00+00:00", "S-1", "Mug", 1, "USD", 5, 0, "Ann", "US", "Standard"])
    path = tmp_path / "with-notes.xlsx"
    book.save(path)
    assert import_file(path).orders_created == 1
