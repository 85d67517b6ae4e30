"""Which language to write to a buyer in, from the ship-to country and the marketplace."""

from __future__ import annotations

from collections.abc import Collection

_COUNTRY_LANGUAGE: dict[str, str] = {}
for _language, _countries in {
    "es": "ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR GQ",
    "pt": "BR PT AO MZ CV GW ST TL",
    "fr": "FR BE LU MC SN CI CM ML BF NE TG BJ GA CG CD MG HT",
    "de": "DE AT CH LI",
    "it": "IT SM VA",
    "ru": "RU BY KZ KG",
    "ja": "JP",
    "ko": "KR",
    "th": "TH",
    "vi": "VN",
    "id": "ID",
    "ms": "MY BN",
    "zh_CN": "CN",
    "zh_TW": "TW HK MO",
    "ar": "SA AE EG QA KW BH OM JO LB IQ MA DZ TN LY YE SY SD PS MR",
}.items():
    for _country in _countries.split():
        _COUNTRY_LANGUAGE[_country] = _language

# When the export names no country: the language of the marketplace's home site.
_MARKETPLACE_LANGUAGE = {"mercadolibre": "es", "lazada": "th", "tiktok": "vi", "shopee": "ms"}


def language_for(
    country: str | None,
    marketplace: str | None = None,
    shop_language: str = "",
    available: Collection[str] = (),
) -> str:
    """The buyer's language: the shop's fixed choice, else by country, else by marketplace;
    English when that language has no templates (yet)."""
    chosen = shop_language or _COUNTRY_LANGUAGE.get((country or "").upper(), "")
    if not chosen and not country:
        chosen = _MARKETPLACE_LANGUAGE.get((marketplace or "").lower(), "")
    chosen = chosen or "en"
    if available and chosen not in available:
        return "en"
    return chosen
