from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop.core.replies.localefmt import format_date, format_money
from desktop.core.replies.localtime import TimeHint, buyer_time, zone_for

INSTANT = datetime(2024, 12, 1, 2, 10, tzinfo=UTC)


def test_madrid_los_angeles_sao_paulo_at_a_fixed_instant() -> None:
    madrid = buyer_time("ES", "Madrid", INSTANT)
    assert madrid is not None
    assert madrid.zone == "Europe/Madrid"
    assert madrid.local.strftime("%Y-%m-%d %H:%M") == "2024-12-01 03:10"
    assert madrid.hint is TimeHint.NIGHT

    los_angeles = buyer_time("US", "CA", INSTANT)
    assert los_angeles is not None
    assert los_angeles.zone == "America/Los_Angeles"
    assert los_angeles.local.strftime("%Y-%m-%d %H:%M") == "2024-11-30 18:10"
    assert los_angeles.hint is TimeHint.GOOD

    sao_paulo = buyer_time("BR", "SP", INSTANT)
    assert sao_paulo is not None
    assert sao_paulo.local.strftime("%H:%M") == "23:10"
    assert sao_paulo.hint is TimeHint.NIGHT


@pytest.mark.parametrize(
    ("country", "region", "zone"),
    [
        ("US", "California", "America/Los_Angeles"),
        ("US", "NY", "America/New_York"),
        ("US", "HI", "Pacific/Honolulu"),
        ("US", "AZ", "America/Phoenix"),
        ("CA", "BC", "America/Vancouver"),
        ("CA", "Québec", "America/Toronto"),
        ("BR", "Amazonas", "America/Manaus"),
        ("MX", "Baja California", "America/Tijuana"),
        ("MX", "Ciudad de México", "America/Mexico_City"),
        ("RU", "Новосибирская обл.", "Asia/Novosibirsk"),
        ("RU", "Tomsk Oblast", "Asia/Tomsk"),
        ("RU", "Санкт-Петербург", "Europe/Moscow"),
        ("AU", "WA", "Australia/Perth"),
        ("ID", "Bali", "Asia/Makassar"),
        ("ID", "Papua", "Asia/Jayapura"),
        ("TH", "สงขลา", "Asia/Bangkok"),
    ],
)
def test_zone_by_region(country: str, region: str, zone: str) -> None:
    assert zone_for(country, region)[0] == zone


def test_uncertain_when_a_many_zone_country_gives_no_region() -> None:
    assert zone_for("US", None) == ("America/New_York", False)
    assert zone_for("ES", None) == ("Europe/Madrid", True)
    assert zone_for(None, None) == (None, False)
    assert buyer_time("XX", None, INSTANT) is None


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [
        ("en", "US", "December 5, 2024"),
        ("en", "GB", "5 December 2024"),
        ("es", "ES", "5 de diciembre de 2024"),
        ("de", "DE", "5. Dezember 2024"),
        ("ru", "RU", "5 декабря 2024\u202fг."),
        ("th", "TH", "5 ธันวาคม 2567"),
        ("ja", "JP", "2024年12月5日"),
        ("ko", "KR", "2024년 12월 5일"),
        ("vi", "VN", "5/12/2024"),
    ],
)
def test_dates_for_the_buyer(language: str, country: str, expected: str) -> None:
    assert format_date(date(2024, 12, 5), language, country) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "language", "country", "expected"),
    [
        ("1234.5", "EUR", "de", "DE", "1.234,50\u00a0€"),
        ("1234.5", "EUR", "fr", "FR", "1\u202f234,50\u00a0€"),
        ("1234.5", "USD", "en", "US", "$1,234.50"),
        ("1234.5", "USD", "en", "GB", "US$1,234.50"),
        ("526", "MXN", "es", "MX", "$526.00"),
        ("99.9", "BRL", "pt", "BR", "R$\u00a099,90"),
        ("1367000", "VND", "vi", "VN", "1.367.000\u00a0₫"),
        ("218", "THB", "th", "TH", "฿218.00"),
        ("59.9", "MYR", "ms", "MY", "RM59.90"),
        ("1500", "JPY", "ja", "JP", "1,500円"),
    ],
)
def test_money_for_the_buyer(
    amount: str, currency: str, language: str, country: str, expected: str
) -> None:
    assert format_money(Decimal(amount), currency, language, country) == expected
