"""The values an order gives to placeholders, formatted for the buyer's language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.core.models import Order, OrderLine, Shop
from desktop.core.orders.address import town_lines
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.orders.source_rows import iter_source_rows
from desktop.core.replies.carriers import carrier_from_tracking, tracking_link
from desktop.core.replies.followup import Transit
from desktop.core.replies.keys import pk_of
from desktop.core.replies.localefmt import country_name, format_date, format_money
from desktop.core.replies.localtime import zone_for
from desktop.core.replies.names import romanised_chinese_name
from desktop.core.replies.placeholders import COLUMN_PREFIX

# Countries whose names put the family name first and address people by the full name.
_FULL_NAME_COUNTRIES = {"CN", "TW", "HK", "MO", "JP", "KR"}
# Vietnamese names run family, middle, given; people are called by the given name, the last.
_GIVEN_NAME_LAST = {"VN"}
# Malaysian and Singaporean Chinese write romanised names family name first ("Lee Wei
# Ming"); the first word is not what they are called, so the full name is used.
_SURNAME_FIRST_COUNTRIES = {"MY", "SG", "BN"}
# Leading words that are not what a buyer is called ("Mohd Amirul" is addressed as Amirul).
_NOT_A_FIRST_NAME = {"mohd", "muhd", "md", "mohamad", "mohammad", "muhammad", "mr", "mrs",
                     "ms", "miss", "dr", "sr", "sra", "herr", "frau", "m.", "mme"}  # fmt: skip
_HAS_SPACELESS_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class ValueOptions:
    """Seller-level values and assumptions (from settings)."""

    # The seller's own signature from the settings; a shop's signature wins over it.
    signature: str = ""
    shop_name: str = ""
    # Typical door-to-door days after shipping per route, for the expected delivery date.
    transit: Transit = field(default_factory=Transit)
    # The seller's today: an estimate already in the past is no estimate, so it is asked for.
    today: date | None = None
    # Lines of the order the seller picked for a message about some of them (out of stock).
    # None: the whole order.
    line_positions: tuple[int, ...] | None = None


def first_name(full_name: str | None, country: str | None = None) -> str | None:
    name = " ".join((full_name or "").split())
    if not name:
        return None
    if (country or "").upper() in _FULL_NAME_COUNTRIES or _HAS_SPACELESS_SCRIPT.search(name):
        return name
    words = name.split(" ")
    if (country or "").upper() in _GIVEN_NAME_LAST:
        return words[-1]
    if (country or "").upper() in _SURNAME_FIRST_COUNTRIES and romanised_chinese_name(name):
        return name
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


def ship_address(order: Order, language: str = "en") -> str | None:
    if order.full_address and order.full_address.strip():
        return str(order.full_address).strip()
    lines = [order.buyer_name, order.address1, order.address2, *town_lines(order.city, order.region, order.postcode, order.country),
             country_name(order.country, language)]  # fmt: skip
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
    return real_shop_name(order)


def real_shop_name(order: Order) -> str | None:
    """The shop's own name; None while it is still the marketplace's name from the import."""
    shop: Shop | None = order.shop
    # The importer names a shop after its marketplace until the seller renames it; "thank you
    # for choosing Amazon" would be wrong, so that name does not count.
    if shop is not None and shop.name and shop.name != MARKETPLACES.get(shop.marketplace):
        return str(shop.name)
    return None


def _signature(order: Order, options: ValueOptions) -> str | None:
    """The shop's own signature, else the seller's, else the shop's name; None when there is
    none of them (the signature line is then left out, never left as a placeholder)."""
    shop: Shop | None = order.shop
    if shop is not None and shop.signature.strip():
        return str(shop.signature).strip()
    if options.signature.strip():
        return options.signature.strip()
    return _shop_name(order, options)


def shipping_method(order: Order) -> str | None:
    """What the buyer knows the delivery by. Shopee's "Shipment Method" says how the parcel
    reached the carrier (Pickup, Drop off); its "Shipping Option", read as the carrier, is
    the one the buyer chose."""
    service = (order.shipping_service or "").strip()
    carrier = (order.carrier or "").strip()
    if order.marketplace == "shopee":
        return carrier or None
    return service or carrier or None


def carrier_of(order: Order) -> str | None:
    return (order.carrier or "").strip() or carrier_from_tracking(order.tracking_number)


def expected_delivery(order: Order, options: ValueOptions) -> date | None:
    """Ship day + the route's transit days; None once that day is past (no estimate then)."""
    shipped = order.shipped_at or order.ship_by
    ship_day = _local_date(shipped, order)
    if ship_day is None:
        return None
    expected = options.transit.expected(ship_day, order.country)
    if options.today is not None and expected < options.today:
        return None
    return expected


def _lines(order: Order) -> list[OrderLine]:
    return list(OrderLine.select().where(OrderLine.order == pk_of(order)))


def order_values(order: Order, language: str, options: ValueOptions) -> dict[str, str | None]:
    """Every order placeholder with its value for this buyer, None where the order has none."""
    country = order.country
    shipped = order.shipped_at or order.ship_by
    ship_day = _local_date(shipped, order)
    if order.shipped_at is None and ship_day is not None and options.today is not None:
        # A promised ship date already past is no promise: the seller gives a new one.
        ship_day = ship_day if ship_day >= options.today else None
    expected = expected_delivery(order, options)
    carrier = carrier_of(order)
    lines = _lines(order)
    if options.line_positions is not None:
        lines = [line for line in lines if line.position in options.line_positions]
    total = order.total
    return {
        "buyer_first_name": first_name(order.buyer_name, country),
        "buyer_name": (order.buyer_name or "").strip() or None,
        "order_id": order.order_id,
        "items": items_text(
            lines, "" if options.line_positions is not None else order.items_summary or ""
        )
        or None,
        "quantity_total": str(order.quantity_total) if order.quantity_total else None,
        "order_total": format_money(total, order.currency, language, country)
        if total is not None
        else None,
        "ship_address": ship_address(order, language),
        "shipping_method": shipping_method(order),
        "carrier": carrier,
        "tracking_number": (order.tracking_number or "").strip() or None,
        "tracking_link": tracking_link(carrier, order.tracking_number),
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
