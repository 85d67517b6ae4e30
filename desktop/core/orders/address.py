"""Ship-to addresses written the way the destination country's post expects them."""

from __future__ import annotations

from desktop.core.models import Order
from desktop.core.orders.countries import country_name

# Largest unit first, as the post in these countries reads an address.
_LARGE_FIRST = {"JP", "CN", "TW", "KR", "HK", "MO"}
# Postcode before the city.
_POSTCODE_FIRST = {
    "DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "PT", "SE", "DK", "NO", "FI", "MX",
    "BR", "TR", "IL", "GR", "CZ", "RU", "UA", "VN", "ID", "MY", "TH", "SA", "AR", "CO", "CL",
}  # fmt: skip


def address_lines(order: Order) -> list[str]:
    street = [p for p in (order.address1, order.address2) if p]
    if not street and order.full_address:
        return [order.buyer_name or "", *order.full_address.splitlines(), country_name(order.country)]
    city, region, postcode = order.city or "", order.region or "", order.postcode or ""
    country = country_name(order.country)
    name = order.buyer_name or ""
    if order.country in _LARGE_FIRST:
        top = " ".join(p for p in ((f"〒{postcode}" if order.country == "JP" and postcode else postcode), region, city) if p)
        lines = [country, top, *street, name]
    elif order.country in _POSTCODE_FIRST:
        lines = [name, *street, " ".join(p for p in (postcode, city) if p), region, country]
    else:
        lines = [name, *street, ", ".join(p for p in (city, " ".join(q for q in (region, postcode) if q)) if p), country]
    return [line for line in lines if line.strip()]
