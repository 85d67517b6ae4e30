"""Dates and money written the way a buyer reads them, for the 16 reply languages.

A small table instead of Babel: the replies need one long date form and one money form per
language, and a few country variants (US English, Brazilian Portuguese, Mexican Spanish)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    # Russian dates take the genitive month ("5 декабря").
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}  # fmt: skip

# Countries that write US-style month-first English dates.
_MONTH_FIRST = {"US", "PH", "CA"}

# Currencies written without minor units.
_ZERO_DECIMALS = {"JPY", "KRW", "VND", "IDR", "CLP", "COP", "TWD", "HUF", "UGX", "PYG", "ISK"}

_SYMBOLS = {
    "USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "KRW": "₩", "THB": "฿",
    "VND": "₫", "IDR": "Rp", "MYR": "RM", "SGD": "S$", "PHP": "₱", "BRL": "R$", "MXN": "MX$",
    "RUB": "₽", "TWD": "NT$", "AUD": "A$", "CAD": "CA$", "INR": "₹", "HKD": "HK$", "TRY": "₺",
    "PLN": "zł", "UAH": "₴", "ILS": "₪", "CHF": "CHF", "NZD": "NZ$", "COP": "COL$",
    "ARS": "AR$", "CLP": "CLP$", "PEN": "S/", "AED": "AED", "SAR": "SAR",
}  # fmt: skip

# Where the local "$" means the local currency, the bare sign is what buyers read.
_HOME_DOLLAR = {("USD", "US"), ("MXN", "MX"), ("ARS", "AR"), ("CLP", "CL"), ("COP", "CO"),
                ("CAD", "CA"), ("AUD", "AU"), ("SGD", "SG"), ("TWD", "TW"), ("HKD", "HK")}  # fmt: skip

_NBSP = "\u00a0"
_NNBSP = "\u202f"

# language -> (thousands separator, decimal separator, symbol after the number)
_MONEY_STYLE = {
    "en": (",", ".", False), "zh_CN": (",", ".", False), "zh_TW": (",", ".", False),
    "ja": (",", ".", False), "ko": (",", ".", False), "th": (",", ".", False),
    "ms": (",", ".", False), "es": (".", ",", True), "pt": (".", ",", True),
    "fr": (_NNBSP, ",", True), "de": (".", ",", True), "it": (".", ",", True),
    "ru": (_NBSP, ",", True), "vi": (".", ",", True), "id": (".", ",", False),
    "ar": (",", ".", True),
}  # fmt: skip

# Latin American Spanish writes money like English ("$1,234.50").
_POINT_DECIMAL_SPANISH = {"MX", "US", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "PE"}


def base_language(language: str) -> str:
    return language.split("_")[0].split("-")[0]


def format_date(value: date, language: str, country: str | None = None) -> str:
    day, month, year = value.day, value.month, value.year
    lang = base_language(language)
    if lang in {"zh", "ja"}:
        return f"{year}年{month}月{day}日"
    if lang == "ko":
        return f"{year}년 {month}월 {day}일"
    if lang == "vi":
        return f"{day}/{month}/{year}"
    months = _MONTHS.get(lang, _MONTHS["en"]).split(" ")
    name = months[month - 1]
    if lang == "en":
        if (country or "").upper() in _MONTH_FIRST:
            return f"{name} {day}, {year}"
        return f"{day} {name} {year}"
    if lang in {"es", "pt"}:
        return f"{day} de {name} de {year}"
    if lang == "de":
        return f"{day}. {name} {year}"
    if lang == "ru":
        return f"{day} {name} {year} г."
    if lang == "th":
        # Thai buyers read Buddhist-era years.
        return f"{day} {name} {year + 543}"
    return f"{day} {name} {year}"


def _group(digits: str, separator: str) -> str:
    parts: list[str] = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return separator.join(parts)


def format_money(
    amount: Decimal, currency: str | None, language: str, country: str | None = None
) -> str:
    code = (currency or "").upper()
    places = 0 if code in _ZERO_DECIMALS else 2
    quantum = Decimal(1) if places == 0 else Decimal("0.01")
    rounded = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    negative = rounded < 0
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    country = (country or "").upper()
    lang = language if language in _MONEY_STYLE else base_language(language)
    group, decimal, after = _MONEY_STYLE.get(lang, _MONEY_STYLE["en"])
    if lang == "es" and country in _POINT_DECIMAL_SPANISH:
        group, decimal, after = ",", ".", False
    if lang == "pt" and country == "BR":
        after = False
    number = _group(whole, group) + (decimal + fraction if places else "")
    if negative:
        number = "-" + number
    symbol = _SYMBOLS.get(code, code)
    if (code, country) in _HOME_DOLLAR:
        symbol = "$"
    if lang == "ja" and code == "JPY":
        return f"{number}円"
    if not symbol:
        return number
    if after:
        return f"{number}{_NBSP}{symbol}"
    # Letter symbols ("RM", "Rp", "R$") read better with a space in some markets.
    spaced = lang == "pt" or symbol in {"CHF", "AED", "SAR"}
    return f"{symbol}{' ' if spaced else ''}{number}"
