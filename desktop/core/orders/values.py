"""Turning spreadsheet cells into exact values: text ids, Decimal money, unambiguous dates."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_decimal_symbol, get_group_symbol

Cell = str | int | float | bool | datetime | date | time | timedelta | None


def cell_text(value: Cell) -> str:
    """A cell as the text the marketplace wrote; numbers a spreadsheet made of text are undone."""
    if type(value) is str:  # the common case first: this runs for every cell of every row
        return value.strip() if "\r" not in value else value.replace("\r\n", "\n").strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).replace("\r\n", "\n").strip()


_SCI = re.compile(r"^[+-]?\d(?:\.\d+)?[eE]\+?\d+$")


def id_text(text: str) -> tuple[str, bool]:
    """An identifier as text. Returns (id, damaged): damaged when a spreadsheet rounded it."""
    value = text.strip().lstrip("'").strip()
    if value.endswith(".0") and value[:-2].isdigit():
        value = value[:-2]
    if _SCI.match(value):
        return str(int(Decimal(value))), True
    return value, False


def plain_text(text: str) -> str:
    """Text that a spreadsheet prefixes with an apostrophe to keep it text ("'02139")."""
    return text[1:] if text.startswith("'") else text


# Postcodes that are all digits and of a fixed length, so leading zeros lost to a number cell
# can be put back.
_POSTCODE_DIGITS = {
    "US": 5, "DE": 5, "FR": 5, "IT": 5, "ES": 5, "MX": 5, "MY": 5, "TH": 5, "TR": 5, "FI": 5,
    "ID": 5, "KR": 5, "SA": 5, "VN": 6, "SG": 6, "RU": 6, "CN": 6, "IN": 6, "AU": 4, "PH": 4,
    "AT": 4, "BE": 4, "CH": 4, "DK": 4, "NO": 4, "NZ": 4, "ZA": 4, "HU": 4, "IL": 7, "TW": 3,
}  # fmt: skip


def fix_postcode(text: str, country: str | None) -> str:
    value = plain_text(text.strip())
    width = _POSTCODE_DIGITS.get(country or "")
    if width and value.isdigit() and len(value) < width:
        return value.zfill(width)
    return value


def fix_phone(text: str) -> str:
    return plain_text(text.strip())


# ---------------------------------------------------------------- money

_CURRENCY_SYMBOLS = {
    "US$": "USD", "US $": "USD", "AU $": "AUD", "C $": "CAD", "CA $": "CAD", "USD": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "SGD": "SGD", "MX$": "MXN", "R$": "BRL", "RM": "MYR",
    "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "円": "JPY", "元": "CNY", "₩": "KRW",
    "฿": "THB", "₫": "VND", "đ": "VND", "₱": "PHP", "Rp": "IDR", "₹": "INR", "₺": "TRY",
    "₽": "RUB", "zł": "PLN", "₪": "ILS", "$": "",
}  # fmt: skip
_ISO_CURRENCY = re.compile(r"\b([A-Z]{3})\b")
_PLAIN_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_NUMBER = re.compile(r"[-+]?[\d.,' \u00a0\u202f]*\d")


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str | None


def parse_money(
    value: Cell, default_currency: str | None = None, locale: str | None = None
) -> Money | None:
    """'US $12.50', 'SGD 12.00', '$1,433.66', '48.513,00', '(5.00)', 12.5 -> Money; '' or '--' -> None.

    A lone separator before three digits is read with the currency's own rules ("Rp 150.000"
    is 150000: the rupiah has no minor unit in use) or the export's locale ("1.234" in de_DE).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _bounded(Money(Decimal(repr(value)) if isinstance(value, float) else Decimal(value), default_currency))
    # The common case, a plain number: only "150.000" needs the currency and locale rules.
    if (
        type(value) is str
        and _PLAIN_NUMBER.match(value)
        and ("." not in value or not (default_currency or locale) or not _thousands_dot(value, default_currency, locale))
    ):
        return _bounded(Money(Decimal(value), default_currency))
    if isinstance(value, str) and _SCIENTIFIC.match(value.strip()):
        # "1e3" is a thousand, not 1; "1e400" is no amount at all.
        return _bounded(Money(_plain_decimal(value.strip()), default_currency))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text or text in {"-", "--", "—", "N/A", "n/a"}:
        return None
    negative = text.startswith("(") and text.endswith(")")
    currency = _currency_in(text) or default_currency
    match = _NUMBER.search(text)
    if not match:
        return None
    number = match.group(0).strip()
    if number.startswith("-") or "-" in text[: match.start()]:
        negative = True
    number = number.lstrip("+-").strip()
    amount = _decimal_from(number, currency, locale)
    if amount is None:
        return None
    return _bounded(Money(-amount if negative else amount, currency))


# No order amount or count reaches this: beyond it a value is damage, unknown rather than wrong.
MAX_AMOUNT = Decimal(10) ** 15
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$")


def _plain_decimal(text: str) -> Decimal:
    """"1e3" -> Decimal("1000"), written out (stored and shown as digits, not "1E+3")."""
    number = Decimal(text)
    if not number.is_finite() or abs(number) >= MAX_AMOUNT:
        return number
    return Decimal(format(number, "f"))


def _bounded(money: Money) -> Money | None:
    amount = money.amount
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        return None
    return money


def _currency_in(text: str) -> str | None:
    iso = _ISO_CURRENCY.search(text)
    if iso and iso.group(1) not in {"NaN"}:
        return iso.group(1)
    for symbol in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True):
        if symbol in text and _CURRENCY_SYMBOLS[symbol]:
            return _CURRENCY_SYMBOLS[symbol]
    return None


@cache
def minor_digits(currency: str | None) -> int:
    """Decimals a currency's prices are written with (CLDR; cash digits, so IDR and COP are 0)."""
    fractions = get_global("currency_fractions")
    digits, _, cash_digits, _ = fractions.get(currency or "", fractions["DEFAULT"])
    return int(min(digits, cash_digits))


@cache
def _locale_symbols(locale: str) -> tuple[str, str]:
    try:
        return get_decimal_symbol(locale), get_group_symbol(locale)
    except (UnknownLocaleError, ValueError):
        return ".", ","


def _thousands_dot(text: str, currency: str | None, locale: str | None) -> bool:
    """'150.000' in rupiah or in a German export groups thousands; elsewhere it is 150.0."""
    dot = text.find(".")
    if dot < 0 or len(text) - dot - 1 != 3:
        return False
    if currency and minor_digits(currency) == 0:
        return True
    return bool(locale) and _locale_symbols(locale or "")[1] == "."


def _lone_separator_is_decimal(
    digits: str, sep: str, currency: str | None, locale: str | None
) -> bool:
    if digits.count(sep) > 1:
        return False
    tail = digits[digits.rfind(sep) + 1 :]
    if len(tail) != 3:
        return True
    # "1,433" or "150.000": the currency's minor unit, then the export's locale decide.
    if currency and minor_digits(currency) == 0:
        return False
    if locale:
        return _locale_symbols(locale)[0] == sep
    # "48.513" alone is ambiguous; a single dot is read as decimal point, as most exports mean.
    return sep == "."


def _decimal_from(number: str, currency: str | None = None, locale: str | None = None) -> Decimal | None:
    digits = re.sub(r"[ '\u00a0\u202f]", "", number)
    last_dot, last_comma = digits.rfind("."), digits.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal_sep = "." if last_dot > last_comma else ","
    elif last_comma >= 0:
        decimal_sep = "," if _lone_separator_is_decimal(digits, ",", currency, locale) else ""
    elif last_dot >= 0:
        decimal_sep = "." if _lone_separator_is_decimal(digits, ".", currency, locale) else ""
    else:
        decimal_sep = ""
    if decimal_sep == ",":
        digits = digits.replace(".", "").replace(",", ".")
    elif decimal_sep == ".":
        digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", "").replace(".", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def currency_from_header(header: str) -> str | None:
    """'Total (MXN)', 'Seller Voucher(MYR)' -> the currency named in the header."""
    match = re.search(r"\(\s*([A-Z]{3})\s*\)", header)
    return match.group(1) if match else None


# ---------------------------------------------------------------- dates

_SPANISH_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_PORTUGUESE_MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}  # fmt: skip
_ISO_LOCAL = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$")
_WORD_DATE = re.compile(
    r"^(\d{1,2}) de ([a-zçã]+) de (\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?", re.IGNORECASE
)
_CJK_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?")

# Tried in order when a profile does not name its formats.
COMMON_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
    "%Y/%m/%d", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y",
    "%m/%d/%y", "%d %b %Y %H:%M", "%d %b %Y", "%b-%d-%y", "%b %d, %Y", "%d.%m.%Y %H:%M",
    "%d.%m.%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y",
    "%b-%d-%y %H:%M:%S", "%b-%d-%Y %H:%M:%S", "%d-%b-%y", "%d-%b-%Y", "%d-%b-%y %H:%M:%S",
    "%b %d, %Y, %I:%M %p", "%b %d, %Y %I:%M %p", "%b %d, %Y, %I:%M:%S %p", "%b %d, %Y %H:%M:%S",
    "%b %d, %Y %H:%M", "%d %b %Y %H:%M:%S", "%d. %b %Y", "%d. %b %Y %H:%M", "%d.%m.%Y %H:%M:%S",
    "%d.%m.%y", "%d/%m/%Y %H:%M:%S", "%Y.%m.%d %H:%M:%S", "%Y.%m.%d",
)  # fmt: skip

# Month names in the languages exports are written in, from CLDR (abbreviated and wide, both
# contexts). Vietnamese and CJK months are numbers ("thg 12", "12月") and need no names.
_MONTH_LANGUAGES = (
    "de", "fr", "es", "pt", "it", "nl", "pl", "id", "ms", "tr", "sv", "da", "nb", "fi", "cs",
    "ro", "hu", "en",
)  # fmt: skip
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WORD = re.compile(r"[^\W\d_]+\.?")
# "PST(UTC-8)", "(GMT+07:00)", "UTC+8": an offset the export states.
_OFFSET = re.compile(r"\s*[A-Z]{0,5}\s*\(?(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?\)?$")
# Bare US zone names eBay and Temu print after a time; the offset they stand for.
_ZONE_NAMES = {"PST": -8, "PDT": -7, "MST": -7, "MDT": -6, "CST": -6, "CDT": -5, "EST": -5, "EDT": -4}


@cache
def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for language in _MONTH_LANGUAGES:
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                for number, name in months[context][width].items():
                    names.setdefault(unicodedata.normalize("NFC", name).casefold().rstrip("."), int(number))
    return names


def _english_months(text: str) -> str:
    """'10-Dez-25' -> '10-Dec-25', '3 févr. 2025' -> '3 Feb 2025': strptime's %b reads English."""
    names = _month_names()

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        number = names.get(word.casefold().rstrip("."))
        return _ENGLISH_MONTHS[number - 1] if number else word

    return _WORD.sub(swap, text)


def _split_offset(text: str) -> tuple[str, tzinfo | None]:
    match = _OFFSET.search(text)
    if match:
        hours = int(match.group(2)) + int(match.group(3) or 0) / 60
        sign = -1 if match.group(1) == "-" else 1
        return text[: match.start()].rstrip(" ,"), timezone(timedelta(hours=sign * hours))
    head, _, tail = text.rpartition(" ")
    if tail in _ZONE_NAMES and head:
        return head.rstrip(" ,"), timezone(timedelta(hours=_ZONE_NAMES[tail]))
    return text, None


def parse_datetime(
    value: Cell, zone: tzinfo | None = None, formats: tuple[str, ...] = ()
) -> datetime | None:
    """A date in any format the marketplaces write, as an aware datetime.

    A value without an offset is read in `zone`, the marketplace's own time zone.
    """
    try:
        parsed = _parse_datetime(value, zone or ZoneInfo("UTC"), formats)
        # A date must also survive conversion to UTC for storage ("9999-12-31 23:59:59 -1000").
        if parsed is not None:
            parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        # "0000-00-00 00:00:00", "2024-13-45": no such day, so the value is unknown.
        return None
    return parsed


def _parse_datetime(value: Cell, zone: tzinfo, formats: tuple[str, ...]) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return datetime.combine(value, time(), zone)
    if isinstance(value, int | float) and not isinstance(value, bool):
        # An Excel serial date that reached us as a number.
        if 20000 < float(value) < 80000:
            return (datetime(1899, 12, 30) + timedelta(days=float(value))).replace(tzinfo=zone)
        return None
    text = " ".join(str(value).strip().split())
    if not text or text in {"-", "--"}:
        return None
    if _ISO_LOCAL.match(text):
        # "2024-11-03 14:22[:05]": fromisoformat is C and ten times faster than strptime.
        return datetime.fromisoformat(text).replace(tzinfo=zone)
    parsed = _parse_iso(text) or _parse_words(text) or _parse_formats(text, formats)
    if parsed is None:
        parsed = _parse_formats(text, COMMON_DATE_FORMATS)
    if parsed is None:
        bare, offset = _split_offset(text)
        bare = _english_months(bare)
        parsed = _parse_formats(bare, formats) or _parse_formats(bare, COMMON_DATE_FORMATS)
        if parsed is not None and offset is not None:
            parsed = parsed.replace(tzinfo=offset)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def _parse_iso(text: str) -> datetime | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    # "2024-11-03 14:22:05 +0800" (Shopify) -> an offset Python can read.
    candidate = re.sub(r" ([+-]\d{2}):?(\d{2})$", r"\1:\2", candidate)
    if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:\d{2}$", candidate):
        if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$", candidate):
            return datetime.fromisoformat(candidate)
        return None
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _parse_words(text: str) -> datetime | None:
    match = _WORD_DATE.match(text)
    if match:
        month_name = match.group(2).casefold()
        month = _SPANISH_MONTHS.get(month_name) or _PORTUGUESE_MONTHS.get(month_name)
        if month:
            return datetime(
                int(match.group(3)), month, int(match.group(1)),
                int(match.group(4) or 0), int(match.group(5) or 0), int(match.group(6) or 0),
            )  # fmt: skip
    match = _CJK_DATE.match(text)
    if match:
        parts = [int(p) if p else 0 for p in match.groups()]
        return datetime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
    return None


def _parse_formats(text: str, formats: tuple[str, ...]) -> datetime | None:
    cleaned = text.removesuffix(" hs.").removesuffix(" hs")
    for fmt in formats:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


# A count of items beyond this is damage (a SQLite integer ends at 2**63 anyway).
MAX_COUNT = 10**9


def parse_int(value: Cell) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        number = int(value)
    else:
        money = parse_money(str(value))
        if money is None:
            return None
        number = int(money.amount)
    return number if abs(number) <= MAX_COUNT else None


_TRUE_WORDS = frozenset({"true", "yes", "y", "1", "wahr", "ja", "vrai", "oui", "verdadero", "sí", "si", "vero", "waar", "sim", "ya", "có", "是", "はい", "예"})
_FALSE_WORDS = frozenset({"false", "no", "n", "0", "falsch", "nein", "faux", "non", "falso", "onwaar", "não", "nao", "tidak", "không", "否", "いいえ", "아니요"})


def parse_bool(value: Cell) -> bool | None:
    """TRUE/FALSE as a spreadsheet in the export's language writes them (WAHR/FALSCH, VRAI/FAUX)."""
    if isinstance(value, bool):
        return value
    text = cell_text(value).casefold()
    if text in _TRUE_WORDS:
        return True
    if text in _FALSE_WORDS:
        return False
    return None
