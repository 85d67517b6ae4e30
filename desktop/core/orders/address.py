"""Ship-to addresses written the way the destination country's post expects them."""

from __future__ import annotations

from desktop.core.models import Order
from desktop.core.orders.countries import country_name

# Largest unit first, as the post in these countries reads an address.
_LARGE_FIRST = {"JP", "CN", "TW", "KR", "HK", "MO"}
# How the town line is written, per country (the national posts' own address formats);
# everywhere else the postcode comes before the city, and the region on a line of its own.
_CITY_REGION_POSTCODE = {"US", "CA", "AU", "PR", "PH", "GU", "VI"}  # "Chicago, IL 60668"
_CITY_THEN_POSTCODE = {"GB", "IE", "IM", "JE", "GG", "LV", "UA", "KR", "TH", "ID", "SG", "NZ"}  # fmt: skip


def town_lines(city: str | None, region: str | None, postcode: str | None, country: str | None) -> list[str]:
    """The town part of an address, one definition for the detail, the replies and the paper:
    "Chicago, IL 60668", "London / SW1A 1AA", "2000 Antwerpen". A region that repeats the city
    (Antwerpen in Antwerpen, Madrid in Madrid) is written once."""
    city, region, postcode = ((v or "").strip() for v in (city, region, postcode))
    if region and region.casefold() == city.casefold():
        region = ""
    code = (country or "").upper()
    if code in _CITY_REGION_POSTCODE:
        head = ", ".join(p for p in (city, region) if p)
        lines = [" ".join(p for p in (head, postcode) if p)]
    elif code == "GB":
        lines = [city, region, postcode]
    elif code in _CITY_THEN_POSTCODE:
        lines = [" ".join(p for p in (city, postcode) if p), region]
    else:
        lines = [" ".join(p for p in (postcode, city) if p), region]
    return [line for line in lines if line]


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
    else:
        lines = [name, *street, *town_lines(city, region, postcode, order.country), country]
    return [line for line in lines if line.strip()]
