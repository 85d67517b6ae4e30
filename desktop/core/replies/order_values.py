"""The values an order gives to placeholders, formatted for the buyer's language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pycountry

from desktop.core.models import Order, OrderLine, Shop
from desktop.core.orders.importer import iter_source_rows
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.replies.carriers import tracking_link
from desktop.core.replies.keys import pk_of
from desktop.core.replies.localefmt import format_date, format_money
from desktop.core.replies.localtime import zone_for
from desktop.core.replies.placeholders import COLUMN_PREFIX

# Countries whose names put the family name first or address people by the full name.
_FULL_NAME_COUNTRIES = {"CN", "TW", "HK", "MO", "JP", "KR", "VN"}
# Leading words that are not what a buyer is called ("Mohd Amirul" is addressed as Amirul).
_NOT_A_FIRST_NAME = {"mohd", "muhd", "md", "mohamad", "mohammad", "muhammad", "mr", "mrs",
                     "ms", "miss", "dr", "sr", "sra", "herr", "frau", "m.", "mme"}  # fmt: skip
_HAS_SPACELESS_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class ValueOptions:
    """Seller-level values and assumptions (from settings)."""

    signature: str = ""
    shop_name: str = ""
    # Typical door-to-door days after shipping, for the expected delivery date.
    transit_days: int = 14
    # The seller's today: an estimate already in the past is no estimate, so it is asked for.
    today: date | None = None


def first_name(full_name: str | None, country: str | None = None) -> str | None:
    name = " ".join((full_name or "").split())
    if not name:
        return None
    if (country or "").upper() in _FULL_NAME_COUNTRIES or _HAS_SPACELESS_SCRIPT.search(name):
        return name
    words = name.split(" ")
    while len(words) > 1 and words[0].casefold().rstrip(".") in _NOT_A_FIRST_NAME:
        words = words[1:]
    return words[0]


def items_text(lines: list[OrderLine], fallback: str = "") -> str:
    parts = []
    for line in sorted(lines, key=lambda item: item.position):
        title = (line.title or line.sku or "").strip()
        if not title:
            continue
        if line.variant:
            title = f"{title} ({line.variant})"
        parts.append(f"{line.quantity} × {title}" if line.quantity != 1 else title)
    return ", ".join(parts) or fallback


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "name", code)) if country else code


def ship_address(order: Order) -> str | None:
    if order.full_address and order.full_address.strip():
        return str(order.full_address).strip()
    city_line = " ".join(p for p in (order.postcode, order.city) if p)
    lines = [order.buyer_name, order.address1, order.address2, city_line, order.region,
             _country_name(order.country)]  # fmt: skip
    kept = [str(line).strip() for line in lines if line and str(line).strip()]
    return "\n".join(kept) if len(kept) > 2 else None


def _local_date(moment: datetime | None, order: Order) -> date | None:
    if moment is None:
        return None
    zone, _ = zone_for(order.country, order.region)
    return moment.astimezone(ZoneInfo(zone)).date() if zone else moment.date()


def _shop_name(order: Order, options: ValueOptions) -> str | None:
    if options.shop_name:
        return options.shop_name
    shop: Shop | None = order.shop
    # The importer names a shop after its marketplace until the seller renames it; "thank you
    # for choosing Amazon" would be wrong, so that name does not count.
    if shop is not None and shop.name and shop.name != MARKETPLACES.get(shop.marketplace):
        return str(shop.name)
    return None


def _signature(order: Order, options: ValueOptions) -> str | None:
    if options.signature.strip():
        return options.signature.strip()
    shop: Shop | None = order.shop
    if shop is not None and shop.signature.strip():
        return str(shop.signature).strip()
    return _shop_name(order, options)


def _lines(order: Order) -> list[OrderLine]:
    return list(OrderLine.select().where(OrderLine.order == pk_of(order)))


def order_values(order: Order, language: str, options: ValueOptions) -> dict[str, str | None]:
    """Every order placeholder with its value for this buyer, None where the order has none."""
    country = order.country
    shipped = order.shipped_at or order.ship_by
    ship_day = _local_date(shipped, order)
    expected = ship_day + timedelta(days=options.transit_days) if ship_day else None
    if expected is not None and options.today is not None and expected < options.today:
        expected = None
    total = order.total
    return {
        "buyer_first_name": first_name(order.buyer_name, country),
        "buyer_name": (order.buyer_name or "").strip() or None,
        "order_id": order.order_id,
        "items": items_text(_lines(order), order.items_summary or "") or None,
        "quantity_total": str(order.quantity_total) if order.quantity_total else None,
        "order_total": format_money(total, order.currency, language, country)
        if total is not None
        else None,
        "ship_address": ship_address(order),
        "shipping_method": (order.shipping_service or order.carrier or "").strip() or None,
        "carrier": (order.carrier or "").strip() or None,
        "tracking_number": (order.tracking_number or "").strip() or None,
        "tracking_link": tracking_link(order.carrier, order.tracking_number),
        "ship_date": format_date(ship_day, language, country) if ship_day else None,
        "expected_delivery": format_date(expected, language, country) if expected else None,
        "shop_name": _shop_name(order, options),
        "signature": _signature(order, options),
    }


def column_values(order_pk: int) -> dict[str, str | None]:
    """{column:Header} values from the order's original export rows (first non-empty wins)."""
    values: dict[str, str | None] = {}
    for _file, _row, cells in iter_source_rows(order_pk):
        for header, value in cells:
            key = COLUMN_PREFIX + str(header).strip()
            text = "" if value is None else str(value).strip()
            if text and not values.get(key):
                values[key] = text
    return values
