"""Reading an amount of money typed by a person or written in an export: "12,50", "1,234.50",
"1.234,50 €", "50.000" (a VND or IDR amount), "US$ 15". One reading for the whole program."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.core import get_global

_SPACES = re.compile(r"[ '\u00a0\u202f\u2009]")
_GROUPED = re.compile(r"^\d{1,3}([.,])\d{3}(\1\d{3})*$")


def minor_digits(currency: str | None) -> int | None:
    """Digits after the decimal point people write for a currency: CLDR's digits, or its cash
    digits where fewer (IDR and TWD have cents on paper, none in practice); None when unknown."""
    if not currency or len(currency) != 3:
        return None
    fractions = get_global("currency_fractions")
    entry = fractions.get(currency.upper(), fractions.get("DEFAULT"))
    if not entry:
        return None
    digits, _rounding, cash_digits, _cash_rounding = entry
    return int(min(digits, cash_digits))


def parse_amount(raw: str, currency: str | None = None) -> Decimal | None:
    """The number in `raw`, or None when there is none.

    The later of "." and "," is the decimal separator when both appear. A lone separator
    followed by exactly three digits ("1,433", "50.000") groups thousands for a comma, and for
    a dot when the currency has no minor unit (VND, IDR, JPY, KRW); otherwise a single dot or
    comma is the decimal point."""
    text = _SPACES.sub("", raw or "")
    negative = (
        text.startswith("-") or text.endswith("-") or (text.startswith("(") and text.endswith(")"))
    )
    digits = re.sub(r"[^\d.,]", "", text)
    if not re.search(r"\d", digits):
        return None
    digits = digits.strip(".,")
    last_dot, last_comma = digits.rfind("."), digits.rfind(",")
    whole_units = minor_digits(currency) == 0
    if last_dot >= 0 and last_comma >= 0:
        decimal = "." if last_dot > last_comma else ","
    elif last_comma >= 0:
        decimal = "" if _GROUPED.match(digits) or digits.count(",") > 1 else ","
    elif last_dot >= 0:
        grouped = _GROUPED.match(digits) is not None
        decimal = "" if digits.count(".") > 1 or (grouped and whole_units) else "."
    else:
        decimal = ""
    if decimal == ",":
        digits = digits.replace(".", "").replace(",", ".")
    elif decimal == ".":
        digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", "").replace(".", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return -value if negative else value
