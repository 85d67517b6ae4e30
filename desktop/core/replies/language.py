"""Which language to write to a buyer in: the seller's earlier choice for this buyer, the
shop's fixed language, else the ship-to country and region, else the marketplace."""

from __future__ import annotations

import re
from collections.abc import Collection

from desktop.core.models import Order
from desktop.core.models.base import utc_now
from desktop.core.models.replies import BuyerLanguage
from desktop.core.replies.names import romanised_chinese_name

_COUNTRY_LANGUAGE: dict[str, str] = {}
for _language, _countries in {
    "es": "ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR GQ",
    "pt": "BR",
    # European Portuguese ("a sua encomenda", "código postal"), also the norm in Africa.
    "pt_PT": "PT AO MZ CV GW ST TL",
    "fr": "FR LU MC SN CI CM ML BF NE TG BJ GA CG CD MG HT",
    "de": "DE AT CH LI",
    "it": "IT SM VA",
    # Belgium by region (regional_language below). Dutch is the written language of Suriname,
    # Aruba and Curaçao; Sint Maarten and the BES islands (SX, BQ) mostly read English.
    "nl": "NL SR AW CW",
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

_HAN = re.compile(r"[\u3400-\u9fff]")


def _fold(text: str | None) -> str:
    return " ".join(
        (text or "").casefold().replace("-", " ").replace("é", "e").replace("è", "e").split()
    )


def _postcode_number(postcode: str | None) -> int | None:
    digits = re.sub(r"\D", "", postcode or "")
    return int(digits[:4]) if len(digits) >= 4 else None


# Swiss cantons by code and by their names in the four languages.
_CH_FRENCH = {"ge", "vd", "ne", "ju", "geneve", "genf", "ginevra", "geneva", "vaud", "waadt",
              "neuchatel", "neuenburg", "jura", "fr", "fribourg", "freiburg", "vs", "valais", "wallis"}  # fmt: skip
_CH_ITALIAN = {"ti", "ticino", "tessin"}
# Belgian provinces: Wallonia writes French, Flanders Dutch, the east cantons German.
_BE_FRENCH = {"hainaut", "henegouwen", "liege", "luik", "luxembourg", "luxemburg", "namur", "namen",
              "brabant wallon", "waals brabant", "walloon brabant", "wallonie", "wallonia",
              "region wallonne", "waals gewest", "walloon region",
              "bruxelles", "brussel", "brussels", "region de bruxelles capitale",
              "brussels hoofdstedelijk gewest", "brussels capital region"}  # fmt: skip
_BE_DUTCH = {"antwerpen", "anvers", "antwerp", "limburg", "limbourg", "oost vlaanderen",
             "flandre orientale", "east flanders", "west vlaanderen", "flandre occidentale",
             "west flanders", "vlaams brabant", "brabant flamand", "flemish brabant",
             "vlaanderen", "flandre", "flanders", "vlaams gewest", "region flamande",
             "flemish region"}  # fmt: skip
# "Provincie Antwerpen", "Province de Liège", "Antwerp Province": the province's own name.
_BE_PROVINCE_WORDS = re.compile(r"^(provincie|province de|province du|province of) | province$")
_CA_FRENCH = {"qc", "quebec", "province de quebec"}


def regional_language(country: str, region: str | None, postcode: str | None) -> str | None:
    """The language of a region where the country has several; None when the country's
    default holds or nothing tells."""
    name = _fold(region)
    number = _postcode_number(postcode)
    if country == "CA":
        if name in _CA_FRENCH or (postcode or "").strip()[:1].upper() in {"G", "H", "J"}:
            return "fr"
        return "en"
    if country == "CH":
        if name in _CH_ITALIAN or (number is not None and 6500 <= number <= 6999):
            return "it"
        if name in _CH_FRENCH:
            return "fr"
        if not name and number is not None and 1000 <= number <= 2999:
            return "fr"
        return None
    if country == "BE":
        name = _BE_PROVINCE_WORDS.sub("", name)
        if name in _BE_DUTCH:
            return "nl"
        if name in _BE_FRENCH:
            return "fr"
        if number is not None:
            if 4700 <= number <= 4799:
                return "de"
            if 1000 <= number <= 1499 or 4000 <= number <= 7999:
                return "fr"
            return "nl"
        return "fr"
    return None


def language_for(
    country: str | None,
    marketplace: str | None = None,
    shop_language: str = "",
    available: Collection[str] = (),
    region: str | None = None,
    postcode: str | None = None,
    buyer_name: str | None = None,
) -> str:
    """The buyer's language; English when that language has no templates (yet)."""
    code = (country or "").upper()
    chosen = shop_language
    if not chosen and code:
        chosen = regional_language(code, region, postcode) or _COUNTRY_LANGUAGE.get(code, "")
        if code in {"MY", "SG", "BN"} and buyer_name and _HAN.search(buyer_name):
            # Malaysian and Singaporean Chinese write simplified Chinese.
            chosen = "zh_CN"
        elif code in {"MY", "BN"} and romanised_chinese_name(buyer_name):
            # A romanised Chinese name ("Lee Wei Ming"): English, not Malay.
            chosen = "en"
    if not chosen and not country:
        chosen = _MARKETPLACE_LANGUAGE.get((marketplace or "").lower(), "")
    chosen = chosen or "en"
    if available and chosen not in available:
        base = chosen.split("_")[0]
        return base if base in available else "en"
    return chosen


def buyer_key(order: Order) -> str:
    for value in (order.buyer_username, order.buyer_email, order.buyer_name):
        if value and value.strip():
            return " ".join(value.casefold().split())
    return ""


def remembered_language(order: Order) -> str | None:
    key = buyer_key(order)
    if not key:
        return None
    row = BuyerLanguage.get_or_none(
        (BuyerLanguage.marketplace == order.marketplace) & (BuyerLanguage.buyer == key)
    )
    return str(row.language) if row else None


def remember_language(order: Order, language: str) -> None:
    """The seller picked `language` for this buyer: use it for the buyer's next messages."""
    key = buyer_key(order)
    if not key:
        return
    (
        BuyerLanguage.insert(
            marketplace=order.marketplace, buyer=key, language=language, chosen_at=utc_now()
        )
        .on_conflict(
            conflict_target=[BuyerLanguage.marketplace, BuyerLanguage.buyer],
            update={BuyerLanguage.language: language, BuyerLanguage.chosen_at: utc_now()},
        )
        .execute()
    )
