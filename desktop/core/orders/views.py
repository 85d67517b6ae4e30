"""The sidebar's views: what each one shows, as a SQL condition, and their live counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import peewee

from desktop.core.models import Order


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str  # English; the UI translates it
    clause: Callable[[datetime, int], peewee.Expression | None]


def _end_of_day(now: datetime) -> datetime:
    return now.replace(hour=23, minute=59, second=59)


def _today(now: datetime, no_news_days: int) -> Any:
    # Imported here: the replies area builds on the orders area, not the other way round.
    from desktop.core.replies.followup import PlanSettings, due_predicate

    end = _end_of_day(now)
    to_ship = (Order.workflow_status.in_(["to_pack", "packed"])) & (Order.ship_by <= end)
    follow_up = Order.follow_up_at <= end
    messages = due_predicate(now.date(), PlanSettings(no_news_days=no_news_days))
    return to_ship | follow_up | messages


def _overdue(now: datetime, no_news_days: int) -> peewee.Expression:
    return (Order.workflow_status.in_(["to_pack", "packed"])) & (Order.ship_by < now)


def _no_news(now: datetime, no_news_days: int) -> peewee.Expression:
    # Shipped, not delivered, and neither the marketplace nor the seller has said anything since.
    cutoff = now - timedelta(days=no_news_days)
    quiet = (Order.last_message_at.is_null(True)) | (Order.last_message_at < cutoff)
    return (Order.workflow_status == "shipped") & (Order.shipped_at < cutoff) & quiet


def _status(status: str) -> Callable[[datetime, int], peewee.Expression]:
    return lambda now, days: Order.workflow_status == status


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("today", "Today", _today),
    ViewSpec("to_pack", "To pack", _status("to_pack")),
    ViewSpec("overdue", "Overdue", _overdue),
    ViewSpec("packed", "Packed", _status("packed")),
    ViewSpec("shipped", "Shipped", _status("shipped")),
    ViewSpec("no_news", "Shipped, no news", _no_news),
    ViewSpec("problems", "Problems", lambda now, days: (Order.workflow_status == "problem") | (Order.has_open_case == True)),  # noqa: E712
    ViewSpec("all", "All orders", lambda now, days: None),
)
BY_KEY = {v.key: v for v in VIEWS}


def view_clause(key: str, now: datetime, no_news_days: int = 7) -> peewee.Expression | None:
    if key.startswith("marketplace:"):
        return Order.marketplace == key.split(":", 1)[1]
    spec = BY_KEY.get(key)
    return spec.clause(now, no_news_days) if spec else None


def counts(now: datetime, no_news_days: int = 7) -> dict[str, int]:
    """Live counts for every view and every marketplace that has orders."""
    result: dict[str, int] = {}
    for spec in VIEWS:
        clause = spec.clause(now, no_news_days)
        query = Order.select()
        result[spec.key] = (query.where(clause) if clause is not None else query).count()
    per_marketplace: Any = (
        Order.select(Order.marketplace, peewee.fn.COUNT(Order.id).alias("n"))
        .group_by(Order.marketplace)
        .tuples()
    )
    for marketplace, count in per_marketplace:
        result[f"marketplace:{marketplace}"] = count
    return result
