"""Every shared sample imports with the right orders, lines and values."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.models import ImportBatch, Order, OrderLine, SourceRow
from desktop.core.orders.importer import import_file
from desktop.core.orders.source_rows import iter_source_rows

EXPECTED = {
    "shopee_my_Order.all.20241015_20241130.xlsx": ("shopee", 120, 180),
    "lazada_th_orders_20241130.xlsx": ("lazada", 80, 104),
    "tiktok_vn_To_ship_orders_20241130.xlsx": ("tiktok", 90, 127),
    "amazon_us_order_report_20241130.txt": ("amazon", 100, 137),
    "ebay_orders_report_Nov-30-2024.csv": ("ebay", 61, 91),
    "EtsySoldOrderItems2024-11.csv": ("etsy", 55, 86),
    "shopify_orders_export_1.csv": ("shopify", 80, 108),
    "mercadolibre_Ventas_MX_2024-11.xlsx": ("mercadolibre", 60, 93),
    "aliexpress_orders_20241130.xlsx": ("aliexpress", 70, 92),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_counts_and_idempotence(data_dir: Path, samples: Path, name: str) -> None:
    marketplace, orders, lines = EXPECTED[name]
    result = import_file(samples / name)
    assert (result.marketplace, result.orders_created, result.items) == (marketplace, orders, lines)
    assert Order.select().where(Order.marketplace == marketplace).count() == orders
    assert OrderLine.select().join(Order).where(Order.marketplace == marketplace).count() == lines

    again = import_file(samples / name)
    assert (again.orders_created, again.orders_updated, again.orders_unchanged) == (0, 0, orders)
    assert Order.select().count() == orders
    assert OrderLine.select().count() == lines


def _order(marketplace: str, order_id: str) -> Order:
    return Order.get((Order.marketplace == marketplace) & (Order.order_id == order_id))


def _lines(order: Order) -> list[tuple[str | None, int, Decimal | None]]:
    return [(ln.sku, ln.quantity, ln.unit_price) for ln in order.lines.order_by(OrderLine.position)]


def test_canonical_values(imported: Path) -> None:
    o = _order("shopee", "24101563ZLVS2Q")
    assert (o.buyer_name, o.country, o.tracking_number, o.total, o.currency) == (
        "Ahmad Faizal bin Ismail", "MY", "NVMYSHP4ZU0ADCHW", Decimal("84.9"), "MYR",
    )  # fmt: skip
    assert _lines(o) == [("LBS-OVR-BEG-XL", 1, Decimal("88.9"))]
    assert o.buyer_username == "ahmad4679" and o.phone == "60102281227"

    # Lazada: one row per unit, no quantity column; total = paid prices + shipping.
    o = _order("lazada", "8728160144735781")
    assert sorted(_lines(o)) == [
        ("KWB-500-DINO", 2, Decimal("439")),
        ("LSL-1314-CHR", 2, Decimal("389")),
        ("SST-600-CRM", 1, Decimal("529")),
    ]
    assert o.total == Decimal("2076") and o.currency == "THB" and o.country == "TH"
    assert o.buyer_name == "ณัฐพล บุญมา"

    # TikTok: 18-digit ids stay exact; the description row is not an order.
    o = _order("tiktok", "572264493883310928")
    assert o.total == Decimal("890000") and o.currency == "VND"
    assert _lines(o) == [("HCC-4PC-NEU", 1, Decimal("139000")), ("YGM-6MM-TEL", 2, Decimal("379000"))]

    # eBay cart: a summary row, then one row per item.
    o = _order("ebay", "23-61212-77078")
    assert _lines(o) == [("MUG-GM350-MBL", 2, Decimal("9.99")), ("YGM-6MM-TEL", 1, Decimal("17.99"))]
    assert (o.total, o.country, o.buyer_name) == (Decimal("37.97"), "RU", "Николай Морозов")

    # Mercado Libre pack: the parent row carries the money, children the products.
    o = _order("mercadolibre", "2000008881894073")
    assert len(_lines(o)) == 3 and o.total == Decimal("886")
    assert o.marketplace_status == "Entregado" and o.region == "Nuevo León"
    assert o.tracking_number == "2955473882F2826364377" and o.currency == "MXN"

    # AliExpress: every line packed into one cell.
    o = _order("aliexpress", "3067656794761579")
    assert _lines(o) == [
        ("BCB-3PC", 1, Decimal("20.99")),
        ("HCC-4PC-PAS", 1, Decimal("5.99")),
        ("YGM-6MM-TEL", 1, Decimal("18.99")),
    ]
    assert (o.total, o.country, o.tracking_number) == (Decimal("40.97"), "SA", "LP00365690904771")

    # Shopify: continuation rows leave order-level cells blank; zip keeps its leading zero.
    o = _order("shopify", "#1001")
    assert (o.country, o.postcode, o.total) == ("TR", "06554", Decimal("25.96"))
    assert [ln[0] for ln in _lines(o)] == ["SWB-41-45M-OLV", "HCC-4PC-PAS"]

    # Etsy: both files describe the same orders and complete each other.
    o = _order("etsy", "3851740255")
    assert o.total == Decimal("53.96") and o.marketplace_status == "Completed"
    assert len(_lines(o)) == 2

    # Amazon: item-price is the line total; total adds shipping.
    o = _order("amazon", "114-5474680-7111014")
    assert (o.total, o.country, o.postcode) == (Decimal("19.99"), "US", "97272")


def test_dates_are_stored_in_utc(imported: Path) -> None:
    # Mercado Libre writes Mexico City local time in Spanish words.
    o = _order("mercadolibre", "2000009731515365")
    assert o.ordered_at.isoformat() == "2024-10-15T14:55:00+00:00"
    # Shopify writes an offset.
    assert _order("shopify", "#1001").ordered_at.isoformat() == "2024-10-14T16:35:45+00:00"


def test_source_rows_keep_every_column(imported: Path) -> None:
    o = _order("mercadolibre", "2000008881894073")
    rows = list(iter_source_rows(o.id))
    assert len(rows) == 4  # the pack row and its three products
    _file, _number, cells = rows[0]
    headers = [h for h, _ in cells]
    assert headers.count("Estado") == 2 and "Reclamo abierto" in headers
    assert SourceRow.select().count() > 0 and ImportBatch.select().count() == 10


def test_skipped_rows_have_reasons(data_dir: Path, samples: Path) -> None:
    result = import_file(samples / "ebay_orders_report_Nov-30-2024.csv")
    reasons = [why for _, why in result.skipped]
    assert any("record(s) downloaded" in r for r in reasons)
    assert any("Seller ID" in r for r in reasons)
    tiktok = import_file(samples / "tiktok_vn_To_ship_orders_20241130.xlsx")
    assert tiktok.skipped == [(2, "column description row: Platform unique order ID.")]
