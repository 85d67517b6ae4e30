"""Exports rebuilt from header rows published outside this project (tests/fixtures/SOURCES.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.models import Order, OrderLine
from desktop.core.orders.importer import ImportResult, import_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _import(name: str) -> ImportResult:
    return import_file(FIXTURES / name)


def _order(order_id: str) -> Order:
    return Order.get(Order.order_id == order_id)


def _lines(order: Order) -> list[tuple[str | None, int, Decimal | None]]:
    return [(ln.sku, ln.quantity, ln.unit_price) for ln in order.lines.order_by(OrderLine.position)]


EXPECTED = {
    # file: (marketplace, layout, orders, lines)
    "shopee_vn_current_Order.all.xlsx": ("shopee", "Shopee (Vietnam)", 2, 3),
    "shopee_vn_older_Order.all.xlsx": ("shopee", "Shopee (Vietnam)", 1, 1),
    "shopee_id_Order.all.xlsx": ("shopee", "Shopee (Indonesia)", 2, 2),
    "lazada_titlecase_orders.xlsx": ("lazada", "Lazada", 1, 1),
    "amazon_all_orders_report.txt": ("amazon", "Amazon (all orders report)", 3, 3),
    "amazon_unshipped_orders.txt": ("amazon", "Amazon (unshipped orders)", 1, 1),
    "amazon_unshipped_orders_au_2018.txt": ("amazon", "Amazon (unshipped orders)", 1, 1),
    "amazon_unshipped_orders_is_prime.txt": ("amazon", "Amazon (unshipped orders)", 1, 1),
    "amazon_order_report_promotions.txt": ("amazon", "Amazon (order report)", 1, 1),
    "ebay_us_orders_report.csv": ("ebay", "eBay (orders report)", 2, 3),
    "ebay_uk_orders_report.csv": ("ebay", "eBay UK (orders report)", 2, 2),
    "ebay_de_bestellungen.csv": ("ebay", "eBay.de (Bestellungen)", 2, 2),
    "ebay_sales_record_export.csv": ("ebay", "eBay (Sales Record export)", 1, 1),
    "ebay_us_file_exchange_sold.csv": ("ebay", "eBay (Sales Record export)", 2, 3),
    "ebay_uk_sales_record.csv": ("ebay", "eBay UK (Sales Record export)", 1, 1),
    "mercadolibre_Ventas_CO_2024-11.xlsx": ("mercadolibre", "Mercado Libre (Colombia)", 1, 1),
    "tiktok_all_orders_new_columns.xlsx": ("tiktok", "TikTok Shop", 2, 2),
    "temu_orders_export.csv": ("temu", "Temu (orders)", 2, 2),
    "walmart_orders_export.csv": ("walmart", "Walmart (orders)", 1, 2),
    "walmart_PO_Data_2022-04-01.xlsx": ("walmart", "Walmart (orders)", 1, 1),
    "walmart_orders_export_older.csv": ("walmart", "Walmart (orders)", 1, 1),
    "coupang_DeliveryList.xlsx": ("coupang", "Coupang (배송준비 주문)", 1, 1),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_recognised_and_idempotent(data_dir: Path, name: str) -> None:
    marketplace, layout, orders, lines = EXPECTED[name]
    result = _import(name)
    assert (result.marketplace, result.layout, result.orders_created, result.items) == (
        marketplace, layout, orders, lines,
    )  # fmt: skip
    again = _import(name)
    assert (again.orders_created, again.orders_updated, again.orders_unchanged) == (0, 0, orders)


def test_shopee_vietnam_buyer_paid_total_told_apart_by_case(data_dir: Path) -> None:
    _import("shopee_vn_current_Order.all.xlsx")
    o = _order("241120ABCD1234")
    # "Tổng số tiền người mua thanh toán" (242000), not the products-only 237000 nor "Người" per row.
    assert (o.total, o.items_total, o.shipping_fee, o.currency, o.country) == (
        Decimal("242000"), Decimal("237000"), Decimal("15000"), "VND", "VN",
    )  # fmt: skip
    assert _lines(o) == [("HCC-4PC-PAS", 2, Decimal("69000")), ("MUG-GM350-MBL", 1, Decimal("99000"))]
    assert (o.buyer_name, o.buyer_username, o.tracking_number) == ("Nguyễn Thị Lan Anh", "lananh92", "SPXVN04123456789")
    assert o.ordered_at.isoformat() == "2024-11-20T02:15:00+00:00"  # Ho Chi Minh City time
    cancelled = _order("241121EFGH5678")
    assert cancelled.workflow_status == "closed" and cancelled.total == Decimal("114000")


def test_shopee_vietnam_older_export_totals_lines_plus_shipping(data_dir: Path) -> None:
    _import("shopee_vn_older_Order.all.xlsx")
    o = _order("230915XYZ0001")
    assert (o.total, o.country, o.workflow_status) == (Decimal("270000"), "VN", "delivered")


def test_shopee_indonesia_sku_currency_and_jakarta_time(data_dir: Path) -> None:
    _import("shopee_id_Order.all.xlsx")
    o = _order("2411203ABCDEF")
    assert _lines(o) == [("HCC-4PC-PAS", 2, Decimal("150000"))]  # "Nomor Referensi SKU", not "SKU Induk"
    assert (o.total, o.currency, o.country, o.shipping_fee) == (Decimal("312000"), "IDR", "ID", Decimal("12000"))
    assert o.ordered_at.isoformat() == "2024-11-20T03:05:00+00:00"
    assert _order("2411213GHIJKL").workflow_status == "closed"


def test_lazada_title_case_headers(data_dir: Path) -> None:
    _import("lazada_titlecase_orders.xlsx")
    o = _order("8728160144700001")
    assert (o.phone, o.buyer_name, o.country, o.postcode) == ("60123456789", "Siti Aminah", "MY", "50450")
    assert o.ordered_at is not None and _lines(o) == [("KWB-500-DINO", 2, Decimal("45.00"))]
    assert o.total == Decimal("84.70")  # two paid prices + shipping


def test_amazon_all_orders_line_prices_and_unknown_money(data_dir: Path) -> None:
    _import("amazon_all_orders_report.txt")
    shipped = _order("113-0000001-0000001")
    # item-price is the line total; promotions come off; no ship-to name in this report.
    assert _lines(shipped) == [("MUG-GM350-MBL", 2, Decimal("9.99"))]
    assert (shipped.total, shipped.discount, shipped.buyer_name) == (Decimal("17.98"), Decimal("6.99"), None)
    pending = _order("113-0000002-0000002")
    assert (pending.total, pending.items_total) == (None, None)
    assert _order("113-0000003-0000003").workflow_status == "closed"


def test_amazon_unshipped_has_no_money(data_dir: Path) -> None:
    _import("amazon_unshipped_orders.txt")
    o = _order("114-0000010-0000010")
    assert (o.total, o.items_total, o.shipping_fee) == (None, None, None)
    assert _lines(o) == [("MUG-GM350-MBL", 2, None)]  # what is still to ship
    assert (o.buyer_name, o.postcode) == ("Jane Roe", "80202")


def test_amazon_unshipped_older_and_newer_column_sets(data_dir: Path) -> None:
    # 2018 (Australia, CRLF, 24 columns) and the documented set (no buyer-name, is-prime added).
    _import("amazon_unshipped_orders_au_2018.txt")
    _import("amazon_unshipped_orders_is_prime.txt")
    for order_id in ("114-0000030-0000030", "114-0000031-0000031"):
        o = _order(order_id)
        assert (o.total, o.country, o.currency, o.postcode, o.buyer_name) == (None, "AU", "AUD", "2000", "Kim Lee")
        assert _lines(o) == [("SST-600-CRM", 3, None)]
        assert o.ship_by.isoformat() == "2018-07-27T13:59:59+00:00"
    assert _order("114-0000030-0000030").buyer_username == "Kim Lee"
    assert _order("114-0000031-0000031").buyer_username is None


def test_amazon_order_report_promotions_reduce_the_total(data_dir: Path) -> None:
    _import("amazon_order_report_promotions.txt")
    o = _order("111-0000020-0000020")
    assert (o.total, o.discount, o.postcode) == (Decimal("22.00"), Decimal("8.00"), "02139")


def test_ebay_us_footer_in_its_own_cell_and_every_tracking_number(data_dir: Path) -> None:
    result = _import("ebay_us_orders_report.csv")
    assert [why for _, why in result.skipped] == [
        "footer line: 2, record(s) downloaded, from Sep-01-26 to Sep-30-26",
        "footer line: Seller ID : test-seller",
    ]
    assert Order.select().where(Order.order_id.contains("record")).count() == 0
    cart = _order("12-11111-22222")
    assert cart.tracking_number == "9400100000000000000001, 9400100000000000000002"
    assert _lines(cart) == [("MUG-GM350-MBL", 2, Decimal("15.00")), ("HCC-4PC-PAS", 1, Decimal("15.00"))]
    assert (cart.total, cart.country, cart.currency) == (Decimal("53.00"), "US", "USD")
    single = _order("12-33333-44444")
    assert single.ordered_at.isoformat() == "2026-10-01T06:45:00+00:00"  # "Sep-30-26 23:45:00" Pacific


def test_ebay_uk_sales_record_fallback_and_unpaid_reason(data_dir: Path) -> None:
    result = _import("ebay_uk_orders_report.csv")
    assert (4, "not paid yet (sales record 503)") in result.skipped
    fallback = _order("502")
    assert (fallback.buyer_name, fallback.total, fallback.currency) == ("Tom Mowlem", Decimal("9.50"), "GBP")
    assert _lines(fallback) == [("HCC-4PC-PAS", 2, Decimal("4.00"))]
    o = _order("04-15250-08826")
    assert (o.postcode, o.country, o.tracking_number) == ("YO1 7HH", "GB", "RB123456785GB")


def test_ebay_germany(data_dir: Path) -> None:
    _import("ebay_de_bestellungen.csv")
    o = _order("05-11111-22222")
    assert (o.total, o.currency, o.country, o.buyer_name) == (Decimal("121.98"), "EUR", "DE", "Lucie Schmidt")
    assert _lines(o) == [("MUG-GM350-MBL", 1, Decimal("116.99"))]
    assert o.tracking_number == "00340434161234567890"
    assert o.ordered_at.isoformat() == "2025-12-09T23:00:00+00:00"  # "10-Dez-25" in Berlin
    big = _order("05-33333-44444")
    assert _lines(big) == [("HCC-4PC-PAS", 3, Decimal("1234.56"))] and big.total == Decimal("3703.68")


def test_ebay_old_sales_record_export(data_dir: Path) -> None:
    _import("ebay_sales_record_export.csv")
    o = _order("101")
    assert (o.buyer_name, o.buyer_username, o.total, o.region) == ("Pat Old", "oldbuyer", Decimal("23.98"), "NV")
    assert _lines(o) == [("MUG-GM350-MBL", 2, Decimal("9.99"))]


def test_ebay_file_exchange_sold_download(data_dir: Path) -> None:
    result = _import("ebay_us_file_exchange_sold.csv")
    assert [why for _, why in result.skipped] == ["footer line: 3, record(s) downloaded, from Nov-01-16 to Nov-30-16"]
    solo = _order("2100")  # no order id: the sales record number stands in
    assert (solo.total, solo.shipping_fee, solo.tracking_number) == (Decimal("15.00"), Decimal("3.00"), "9400100000000000000100")
    assert [ln.item_id for ln in solo.lines] == ["200000000100"]
    cart = _order("1100000001")
    assert _lines(cart) == [("MUG-GM350-MBL", 1, Decimal("12.00")), ("HCC-4PC-PAS", 2, Decimal("6.00"))]
    assert (cart.total, cart.buyer_name, cart.region) == (Decimal("29.00"), "Lee Park", "OK")
    assert cart.ordered_at.isoformat() == "2016-11-05T07:00:00+00:00"  # "Nov-05-16" in Pacific time


def test_ebay_uk_old_sales_record_export(data_dir: Path) -> None:
    result = _import("ebay_uk_sales_record.csv")
    assert [why for _, why in result.skipped] == [
        "footer line: 1, record(s) downloaded, from 01-Mar-15 to 31-Mar-15",
        "footer line: Seller ID: uk-seller",
    ]
    o = _order("3001")
    assert (o.city, o.region, o.postcode, o.country, o.currency) == ("Leeds", "West Yorkshire", "LS1 4AP", "GB", "GBP")
    assert (o.total, o.shipping_fee, o.shipping_service) == (Decimal("11.00"), Decimal("2.00"), "Royal Mail 2nd Class")
    assert _lines(o) == [("HCC-4PC-PAS", 2, Decimal("4.50"))]
    assert o.ordered_at.isoformat() == "2015-03-05T00:00:00+00:00"  # "05-Mar-15" in London


def test_mercadolibre_colombia(data_dir: Path) -> None:
    _import("mercadolibre_Ventas_CO_2024-11.xlsx")
    o = _order("2000010000000001")
    assert (o.city, o.region, o.country, o.currency) == ("Medellín", "Antioquia", "CO", "COP")
    assert (o.total, o.tracking_number, o.postcode) == (Decimal("129700"), "SV123456789", "050021")
    assert o.ordered_at.isoformat() == "2024-11-20T15:30:00+00:00"  # Bogotá time
    assert _lines(o) == [("MUG-GM350-MBL", 2, Decimal("59900"))]


def test_tiktok_newer_columns_carry_cancellation(data_dir: Path) -> None:
    result = _import("tiktok_all_orders_new_columns.xlsx")
    assert result.skipped == [(2, "column description row: Platform unique order ID.")]
    refunded = _order("576000000000000002")
    assert refunded.workflow_status == "closed" and "Return/Refund" in refunded.marketplace_status
    o = _order("576000000000000001")
    assert (o.total, o.currency, o.workflow_status) == (Decimal("399000"), "VND", "to_pack")


def test_temu_is_not_filed_as_amazon(data_dir: Path) -> None:
    _import("temu_orders_export.csv")
    o = _order("PO-211-00000000000001")
    assert o.marketplace == "temu" and Order.select().where(Order.marketplace == "amazon").count() == 0
    assert _lines(o) == [("MUG-GM350-MBL", 2, Decimal("8.50"))]
    assert (o.total, o.buyer_name, o.postcode, o.country) == (Decimal("17.00"), "Chris Doe", "85001", "US")
    assert o.ordered_at.isoformat() == "2025-11-23T18:12:00+00:00"  # "10:12 am PST(UTC-8)"
    assert _order("PO-211-00000000000002").workflow_status == "closed"


def test_walmart(data_dir: Path) -> None:
    _import("walmart_orders_export.csv")
    o = _order("108000000000001")
    assert _lines(o) == [("MUG-GM350-MBL", 2, Decimal("12.00")), ("HCC-4PC-PAS", 1, Decimal("5.00"))]
    assert (o.buyer_name, o.city, o.postcode, o.currency) == ("Pat Jones", "Dallas", "75201", "USD")


def test_walmart_2022_and_older_downloads(data_dir: Path) -> None:
    _import("walmart_PO_Data_2022-04-01.xlsx")
    _import("walmart_orders_export_older.csv")
    for po in ("108000000000002", "108000000000003"):
        o = _order(po)
        assert _lines(o) == [("YGM-6MM-TEL", 1, Decimal("24.00"))]
        assert (o.total, o.tax, o.city, o.postcode, o.workflow_status) == (Decimal("24.00"), Decimal("1.68"), "Tampa", "33602", "to_pack")
        assert o.ship_by.isoformat() == "2022-04-04T07:00:00+00:00"
    assert _order("108000000000003").buyer_email == "relay@relay.walmart.com"


def test_coupang(data_dir: Path) -> None:
    _import("coupang_DeliveryList.xlsx")
    o = _order("12000000000001")
    assert _lines(o) == [("MUG-GM350-MBL", 2, Decimal("12900"))]
    assert (o.buyer_name, o.phone, o.postcode, o.currency, o.country) == ("김민수", "010-1111-2222", "06234", "KRW", "KR")
    assert o.total == Decimal("28800") and o.buyer_note == "문 앞에 놓아주세요"


def test_shopee_newer_english_names(data_dir: Path) -> None:
    result = _import("shopee_sg_Order.all.xlsx")
    assert (result.marketplace, result.orders_created) == ("shopee", 1)
    o = _order("241120SG0001")
    # "Total Buyer Payment" is what the buyer paid; "Grand Total" is kept for older files.
    assert (o.total, o.currency, o.country, o.postcode) == (Decimal("39.79"), "SGD", "SG", "238826")
    assert _lines(o) == [("SST-600-CRM", 2, Decimal("18.90"))]
