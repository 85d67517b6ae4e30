"""Money, dates, booleans and delimiters the way exports in other languages write them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop.core.orders.reader import sniff_delimiter
from desktop.core.orders.values import parse_bool, parse_datetime, parse_money

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "currency", "locale", "amount", "code"),
    [
        ("Rp 150.000", None, None, "150000", "IDR"),
        ("150.000", "IDR", None, "150000", "IDR"),
        ("₫1.250.000", None, None, "1250000", "VND"),
        ("1.234,56 €", None, None, "1234.56", "EUR"),
        ("116,99 €", None, None, "116.99", "EUR"),
        ("EUR 90,00", None, None, "90.00", "EUR"),
        ("1.234", None, "de_DE", "1234", None),
        ("1,234", None, "de_DE", "1.234", None),
        ("12.50", "EUR", "de_DE", "12.50", "EUR"),
        ("$1,433.66", None, None, "1433.66", None),
        ("AU $3,000.00", None, None, "3000.00", "AUD"),
        ("(5.00)", None, None, "-5.00", None),
    ],
)
def test_money_in_the_currencys_own_separators(
    text: str, currency: str | None, locale: str | None, amount: str, code: str | None
) -> None:
    money = parse_money(text, currency, locale)
    assert money is not None and money.amount == Decimal(amount) and money.currency == (code or currency)


def test_unknown_money_is_none() -> None:
    assert parse_money("") is None and parse_money("--") is None and parse_money(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10-Dez-25", datetime(2025, 12, 10, tzinfo=BERLIN)),
        ("12-Okt-25", datetime(2025, 10, 12, tzinfo=BERLIN)),
        ("5. Mär 2025", datetime(2025, 3, 5, tzinfo=BERLIN)),
        ("3 févr. 2025", datetime(2025, 2, 3, tzinfo=BERLIN)),
        ("Sep-30-26 23:45:00", datetime(2026, 9, 30, 23, 45, tzinfo=BERLIN)),
    ],
)
def test_month_names_in_the_exports_language(text: str, expected: datetime) -> None:
    assert parse_datetime(text, BERLIN) == expected


def test_stated_offset_wins_over_the_zone() -> None:
    parsed = parse_datetime("Nov 23, 2025, 10:12 am PST(UTC-8)", BERLIN)
    assert parsed is not None and parsed.isoformat() == "2025-11-23T10:12:00-08:00"


def test_booleans_in_the_exports_language() -> None:
    assert [parse_bool(t) for t in ("WAHR", "FALSCH", "VRAI", "true", "x")] == [True, False, True, True, None]


def test_delimiter_from_whole_records() -> None:
    note = '"' + 'Hof; links, dann "" rechts\n' * 300 + '"'
    text = "Name;Total;Notes\r\n#1;12,50;" + note + "\r\n#2;3,10;\r\n#3;4,00;x, y\r\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter('\n"Sales Record Number","Order Number"\n"1","2"\n') == ","
    assert sniff_delimiter("sep=|\na|b\n") == "|"
