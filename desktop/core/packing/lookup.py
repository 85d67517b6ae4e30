"""From a scanned code to an order or a SKU, and the seller's own SKU barcodes and locations."""

from __future__ import annotations

import re

from peewee import fn

from desktop.core.models import Order, OrderLine, SkuBarcode, SkuLocation, database_proxy
from desktop.core.printing.rows import ORDER_PK, tuple_rows


class EmptyCodeError(ValueError):
    pass


# An AIM symbology identifier: "]" + code letter + modifier, e.g. ]C0 (Code128), ]E0 (EAN-13),
# ]Q1 (QR), ]d2 (GS1 DataMatrix). Scanners set to send it put it before the payload.
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


def normalize(code: str) -> str:
    # Scanners add stray spaces, control characters (Enter, Tab, GS) and an AIM prefix
    # around the payload, never inside it.
    text = "".join(ch for ch in code if ch.isprintable()).strip()
    return _AIM.sub("", text, count=1).strip()


def find_order(code: str) -> int | None:
    """The order whose marketplace id or tracking number is `code`; an order still to pack wins
    when several match (the same id on two marketplaces, a reused tracking number)."""
    code = normalize(code)
    if not code:
        return None
    for column in (Order.order_id, Order.tracking_number):
        query = (
            Order.select(ORDER_PK, Order.workflow_status)
            .where(column == code)
            .order_by(ORDER_PK.desc())
        )
        rows = list(tuple_rows(query))
        if rows:
            rows.sort(key=lambda row: row[1] != "to_pack")
            return int(rows[0][0])
    return None


def sku_for_barcode(code: str) -> str | None:
    row = SkuBarcode.get_or_none(SkuBarcode.barcode == normalize(code))
    return None if row is None else str(row.sku)


def link_barcode(barcode: str, sku: str) -> None:
    """Remember that `barcode` stands for `sku` (replacing what it stood for before)."""
    barcode, sku = normalize(barcode), sku.strip()
    if not barcode or not sku:
        raise EmptyCodeError("barcode and SKU are both needed")
    with database_proxy.atomic():
        SkuBarcode.delete().where(SkuBarcode.barcode == barcode).execute()
        SkuBarcode.create(barcode=barcode, sku=sku)


def unlink_barcode(barcode: str) -> None:
    SkuBarcode.delete().where(SkuBarcode.barcode == normalize(barcode)).execute()


def barcodes_for(sku: str) -> list[str]:
    return [
        str(r.barcode)
        for r in SkuBarcode.select().where(SkuBarcode.sku == sku).order_by(SkuBarcode.barcode)
    ]


def set_location(sku: str, location: str) -> None:
    sku = sku.strip()
    if not sku:
        raise EmptyCodeError("SKU is needed")
    with database_proxy.atomic():
        SkuLocation.delete().where(SkuLocation.sku == sku).execute()
        if location.strip():
            SkuLocation.create(sku=sku, location=location.strip())


def skus_with_locations() -> list[tuple[str, str, str]]:
    """(SKU, a title it was sold under, shelf location) for every SKU ever ordered or placed."""
    titles: dict[str, str] = {}
    query = (
        OrderLine.select(OrderLine.sku, fn.MAX(OrderLine.title))
        .where(OrderLine.sku.is_null(False) & (OrderLine.sku != ""))
        .group_by(OrderLine.sku)
    )
    for row in tuple_rows(query):
        titles[str(row[0])] = str(row[1] or "")
    places = {str(r.sku): str(r.location) for r in SkuLocation.select()}
    skus = sorted(set(titles) | set(places), key=str.casefold)
    return [(sku, titles.get(sku, ""), places.get(sku, "")) for sku in skus]
