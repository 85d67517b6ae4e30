"""One seller's day decides Today, the counts and the plan, on her clock (not UTC)."""

from __future__ import annotations

import time as system_time
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.day import SellerDay, parse_transit, seller_day, system_zone
from desktop.core.models import Order
from desktop.core.orders.queries import OrderFilter, order_ids
from desktop.core.orders.views import counts
from desktop.core.settings import BY_KEY

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def shanghai_clock(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The whole process runs in Asia/Shanghai, as on a seller's laptop in China."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    system_time.tzset()
    yield
    monkeypatch.undo()
    system_time.tzset()


def test_the_day_ends_at_her_midnight(shanghai_clock) -> None:  # type: ignore[no-untyped-def]
    day = SellerDay(zone=SHANGHAI)
    seven_am = datetime(2024, 11, 29, 7, 0, tzinfo=SHANGHAI)
    assert day.today(seven_am) == date(2024, 11, 29)  # still the 28th in UTC
    assert day.end_of_today(seven_am) == datetime(2024, 11, 29, 16, 0, tzinfo=UTC)
    assert day.start_of(date(2024, 11, 29)) == datetime(2024, 11, 28, 16, 0, tzinfo=UTC)
    assert day.is_working_time(datetime(2024, 11, 29, 10, 0, tzinfo=SHANGHAI))
    assert not day.is_working_time(seven_am)
    assert system_zone() == SHANGHAI


def test_daylight_saving_day_has_23_hours() -> None:
    day = SellerDay(zone=ZoneInfo("Europe/Berlin"))
    spring = date(2024, 3, 31)
    assert day.end_of(spring) - day.start_of(spring) == timedelta(hours=23)


def test_at_seven_in_shanghai_an_order_due_at_three_is_in_today(shanghai_clock, order_factory) -> None:  # type: ignore[no-untyped-def]
    make = order_factory("shopee", "Tea House")
    due_today = make("T-1", [("TEA", "Green tea", "", 1)], workflow_status="to_pack",
                     ship_by=datetime(2024, 11, 29, 15, 0, tzinfo=SHANGHAI))  # fmt: skip
    tomorrow = make("T-2", [("TEA", "Green tea", "", 1)], workflow_status="to_pack",
                    ship_by=datetime(2024, 11, 30, 9, 0, tzinfo=SHANGHAI))  # fmt: skip
    now = datetime(2024, 11, 29, 7, 0, tzinfo=SHANGHAI)
    day = SellerDay(zone=SHANGHAI)
    today = order_ids(OrderFilter(view="today", now=now, day=day))
    assert due_today in today and tomorrow not in today
    assert counts(now, day)["today"] == 1
    # The same orders judged in UTC miss it: the bug this module removes.
    assert due_today not in order_ids(OrderFilter(view="today", now=now, day=SellerDay(zone=UTC)))
    assert Order.get_by_id(due_today).ship_by.tzinfo is not None


def test_counts_match_the_views(order_factory) -> None:  # type: ignore[no-untyped-def]
    make = order_factory("ebay", "Vases")
    now = datetime(2024, 11, 29, 12, 0, tzinfo=UTC)
    make("A", [], workflow_status="to_pack", ship_by=now - timedelta(hours=1))
    make("B", [], workflow_status="packed")
    make("C", [], workflow_status="shipped", shipped_at=now - timedelta(days=30))
    make("D", [], workflow_status="problem")
    day = SellerDay()
    numbers = counts(now, day)
    for key in ("today", "to_pack", "overdue", "packed", "shipped", "no_news", "problems", "all"):
        assert numbers[key] == len(order_ids(OrderFilter(view=key, now=now, day=day))), key
    assert numbers["overdue"] == 1 and numbers["no_news"] == 1 and numbers["marketplace:ebay"] == 4


def test_settings_make_the_day() -> None:
    values = {key: setting.default for key, setting in BY_KEY.items()}
    values |= {"day/zone": "Asia/Shanghai", "day/opens": "08:30", "day/transit_by_country": "US=10, de=7, x"}
    day = seller_day(values.__getitem__)
    assert day.zone == SHANGHAI and day.opens == time(8, 30)
    assert day.transit_for("US") == 10 and day.transit_for("de") == 7 and day.transit_for("FR") == 14
    assert parse_transit("bad, =3, US=x") == {}
    assert seller_day({**values, "day/zone": "Not/AZone"}.__getitem__).zone == system_zone()
