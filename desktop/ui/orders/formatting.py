"""Money and dates in the user's locale and time zone."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

# Currencies written without minor units.
_NO_DECIMALS = {"JPY", "KRW", "VND", "IDR", "CLP", "COP", "TWD", "HUF", "ISK"}


def money(locale: QLocale, amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return ""
    decimals = 0 if (currency or "") in _NO_DECIMALS else 2
    text = locale.toString(float(amount), "f", decimals)
    return f"{text} {currency}" if currency else text


def local_datetime(value: datetime | None) -> QDateTime | None:
    if value is None:
        return None
    utc = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def date_time(locale: QLocale, value: datetime | None) -> str:
    local = local_datetime(value)
    return "" if local is None else locale.toString(local, QLocale.FormatType.ShortFormat)


def date_only(locale: QLocale, value: datetime | None) -> str:
    local = local_datetime(value)
    return "" if local is None else locale.toString(local.date(), QLocale.FormatType.ShortFormat)
