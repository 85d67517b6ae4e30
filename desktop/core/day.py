"""The seller's day: her time zone, working hours and transit days per route.

Every notion of "today" in the app (the Today view, the sidebar counts, the follow-up plan,
the pack station's deadlines) asks this one object, so they cannot disagree. Stored times are
UTC; the day starts and ends at midnight on the seller's clock, not in UTC: at 07:00 in
Shanghai it is still yesterday in UTC, and an order due at 15:00 that day is due today.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _empty() -> Mapping[str, int]:
    return MappingProxyType({})


@dataclass(frozen=True)
class SellerDay:
    zone: tzinfo = UTC
    opens: time = time(9)
    closes: time = time(18)
    # Typical days from shipping to delivery: abroad, at home (her own country), and per
    # destination country where it differs.
    transit_days: int = 14
    transit_by_country: Mapping[str, int] = field(default_factory=_empty)
    seller_country: str = ""  # ISO code; empty: every parcel counts as cross-border
    domestic_days: int = 4
    # Shipped orders with no news for this many days need a message.
    no_news_days: int = 7

    def local(self, now: datetime) -> datetime:
        return _aware(now).astimezone(self.zone)

    def today(self, now: datetime) -> date:
        return self.local(now).date()

    def start_of(self, day: date) -> datetime:
        """Midnight at the start of `day` on the seller's clock, in UTC."""
        return datetime.combine(day, time(0), tzinfo=self.zone).astimezone(UTC)

    def end_of(self, day: date) -> datetime:
        """Midnight at the end of `day` (exclusive), in UTC; DST days have 23 or 25 hours."""
        return self.start_of(day + timedelta(days=1))

    def end_of_today(self, now: datetime) -> datetime:
        return self.end_of(self.today(now))

    def is_working_time(self, now: datetime) -> bool:
        clock = self.local(now).time()
        return self.opens <= clock < self.closes

    def transit_for(self, country: str | None) -> int:
        code = (country or "").upper()
        if code in self.transit_by_country:
            return self.transit_by_country[code]
        if self.seller_country and code == self.seller_country.upper():
            return self.domestic_days
        return self.transit_days

    def expected_delivery(self, shipped_at: datetime, country: str | None) -> date:
        return self.today(shipped_at) + timedelta(days=self.transit_for(country))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def system_zone() -> tzinfo:
    """The computer's zone as a named zone when it can be found (DST-correct), else its offset."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = Path("/etc/localtime").resolve()
            if "zoneinfo" in target.parts:
                name = "/".join(target.parts[target.parts.index("zoneinfo") + 1 :])
        except OSError:
            name = ""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or UTC


def zone_named(name: str) -> tzinfo:
    """An IANA zone by name; empty or unknown means the computer's zone."""
    if name.strip():
        try:
            return ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return system_zone()


def parse_clock(text: str, default: time) -> time:
    try:
        hours, _, minutes = text.strip().partition(":")
        return time(int(hours), int(minutes or 0))
    except ValueError:
        return default


def parse_transit(text: str) -> dict[str, int]:
    """'US=10, DE=7' -> {'US': 10, 'DE': 7}; malformed entries are skipped."""
    result: dict[str, int] = {}
    for part in text.split(","):
        code, _, days = part.partition("=")
        if code.strip() and days.strip().isdigit():
            result[code.strip().upper()] = int(days)
    return result


def seller_day(get: Callable[[str], Any]) -> SellerDay:
    """The seller's day from her settings (`get` reads a declared setting by key)."""
    return SellerDay(
        zone=zone_named(str(get("day/zone") or "")),
        opens=parse_clock(str(get("day/opens") or ""), time(9)),
        closes=parse_clock(str(get("day/closes") or ""), time(18)),
        transit_days=int(get("replies/transit_days")),
        transit_by_country=MappingProxyType(parse_transit(str(get("day/transit_by_country") or ""))),
        seller_country=str(get("seller/country") or "").upper(),
        domestic_days=int(get("replies/domestic_days")),
        no_news_days=int(get("followup/no_news_days")),
    )
