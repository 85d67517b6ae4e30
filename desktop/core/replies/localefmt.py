"""Dates, money and country names written the way a buyer reads them, from CLDR (Babel).

The reply language and the ship-to country together pick the locale: English to a buyer in
the US reads "December 5, 2024", to one in Spain "5 December 2024"; Spanish to Mexico writes
money like "$1,234.50", to Spain "1.234,50 €"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_date
from babel.dates import get_month_names
from babel.numbers import format_currency, format_decimal

# Where English dates are read month first; elsewhere the world English of CLDR (en_001).
_MONTH_FIRST = {"US", "PH", "CA", "PR", "GU", "AS", "UM", "VI", "MP"}
_ENGLISH_SPEAKING = {"GB", "IE", "AU", "NZ", "IN", "SG", "ZA", "HK", "MT", "NG", "KE", "PK", "JM",
                     "MY", "GI", "IM", "JE", "GG", "BZ", "BS", "BB", "TT", "GH"}  # fmt: skip
_FSI = "\u2068"
_PDI = "\u2069"


def base_language(language: str) -> str:
    return language.split("_")[0].split("-")[0]


@lru_cache(maxsize=256)
def locale_for(language: str, country: str | None = None) -> Locale:
    """The CLDR locale for writing `language` to a buyer in `country`."""
    lang = base_language(language)
    country = (country or "").upper()
    if language in {"zh_TW", "zh_HK", "zh_Hant"}:
        region = country if country in {"TW", "HK", "MO"} else "TW"
        return Locale.parse(f"zh_Hant_{region}")
    if lang == "zh":
        region = country if country in {"CN", "SG", "MY"} else "CN"
        return Locale.parse(f"zh_Hans_{region}")
    if language in {"pt_PT", "pt_BR"}:
        return Locale.parse(language)
    if lang == "en" and country not in _MONTH_FIRST:
        # English to a buyer abroad reads the world English of CLDR, not the host country's
        # number style ("€5.50", not "5,50 €").
        candidates = [f"en_{country}"] if country in _ENGLISH_SPEAKING else []
        candidates.append("en_001")
    else:
        candidates = [f"{lang}_{country}"] if country else []
        if lang == "pt":
            candidates.append(
                "pt_PT" if country in {"PT", "AO", "MZ", "CV", "GW", "ST", "TL"} else "pt_BR"
            )
        candidates.append(lang)
    for tag in candidates:
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


def format_date(value: date, language: str, country: str | None = None) -> str:
    locale = locale_for(language, country)
    lang = base_language(language)
    if lang == "th":
        # Thai buyers read Buddhist-era years; CLDR's default Thai calendar is Gregorian.
        month = get_month_names("wide", locale=locale)[value.month]
        return f"{value.day} {month} {value.year + 543}"
    if lang == "vi":
        return f"{value.day}/{value.month}/{value.year}"
    text = str(babel_date(value, format="long", locale=locale))
    if lang == "fr" and value.day == 1:
        # French writes the first of the month as an ordinal: "1er décembre".
        text = text.replace("1 ", "1er ", 1) if text.startswith("1 ") else text
    return text


def format_money(
    amount: Decimal, currency: str | None, language: str, country: str | None = None
) -> str:
    code = (currency or "").upper()
    locale = locale_for(language, country)
    if not code:
        return str(format_decimal_plain(amount, locale))
    if base_language(language) == "ja" and code == "JPY":
        return f"{format_decimal_plain(amount.quantize(Decimal(1)), locale)}円"
    return str(format_currency(amount, code, locale=locale))


def format_decimal_plain(amount: Decimal, locale: Locale) -> str:
    return str(format_decimal(amount, locale=locale))


def country_name(code: str | None, language: str) -> str:
    """The country in the buyer's language (CLDR's common short name: "Taiwan", "South
    Korea", "Vietnam", "Russia", never the ISO official forms)."""
    if not code:
        return ""
    code = code.upper()
    locale = locale_for(language)
    return str(locale.territories.get(code) or Locale.parse("en").territories.get(code) or code)


def isolate(text: str) -> str:
    """Wrap text in first-strong isolates, so left-to-right pieces (order numbers, product
    titles, prices) keep their shape inside a right-to-left message."""
    return f"{_FSI}{text}{_PDI}"


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
