"""The daily follow-up plan (the sources: a plan every day so no order is forgotten): which
orders need a message today, why, and which template to send.

Each reason is a SQL condition on orders, so the same rules give the plan, the list of due
order ids and a predicate the sidebar's "Today" count can OR into its own query."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import reduce
from operator import or_
from typing import Any

import peewee

from desktop.core.models import Order
from desktop.core.models.replies import Case
from desktop.core.replies.cases import OPEN, STEPS, current_step
from desktop.core.replies.keys import ORDER_PK, pk_of


@dataclass(frozen=True)
class FollowUp:
    order_pk: int
    reason: str
    scenario_key: str


@dataclass(frozen=True)
class PlanSettings:
    # Shipped orders without any message for this many days need an update.
    no_news_days: int = 7
    # Typical days in transit: an order is "arriving" around shipped + transit_days.
    transit_days: int = 14
    # How many days back "just paid", "just shipped", "just delivered" reach.
    recent_days: int = 2
    # Delivered orders are asked for a review this many days after delivery.
    after_delivery_days: int = 3
    # The seller's clock: "today" is her day.
    zone: tzinfo = UTC


# Reasons in priority order: an order appears once, for the first reason that applies.
REASONS: tuple[tuple[str, str], ...] = (
    ("case_due", ""),  # the scenario is the open case's current step
    ("just_paid", "paid_confirm_address"),
    ("shipped", "shipped_tracking"),
    ("arriving", "arriving_soon"),
    ("no_news", "in_transit_update"),
    ("delivered", "feedback_request"),
)


def _utc(day: date, settings: PlanSettings, days: int = 0) -> str:
    """Start of a day on the seller's clock, as the stored UTC text (comparable as text even
    inside SQL functions, where peewee does not convert parameters)."""
    start = datetime.combine(day + timedelta(days=days), time(0), tzinfo=settings.zone)
    return start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _silent_since(moment: Any) -> Any:
    """No message logged since `moment` (a column or a datetime)."""
    return Order.last_message_at.is_null() | (Order.last_message_at < moment)


def conditions(day: date, settings: PlanSettings) -> dict[str, Any]:
    """reason -> peewee expression on Order for the given day."""
    day_end = _utc(day, settings, 1)
    recent = _utc(day, settings, -settings.recent_days)
    paid = peewee.fn.COALESCE(Order.paid_at, Order.ordered_at)
    # Expected delivery within [today, today + 2 days] <=> shipped within the shifted window.
    arriving_from = _utc(day, settings, -settings.transit_days)
    arriving_to = _utc(day, settings, 3 - settings.transit_days)
    quiet_since = _utc(day, settings, -settings.no_news_days)
    shipped = Order.workflow_status == "shipped"
    return {
        "case_due": Order.has_open_case & Order.follow_up_at.is_null(False) & (Order.follow_up_at < day_end),
        "just_paid": (Order.workflow_status == "to_pack") & (paid >= recent) & (paid < day_end)
        & _silent_since(paid),
        "shipped": shipped & (Order.shipped_at >= recent) & (Order.shipped_at < day_end)
        & _silent_since(Order.shipped_at),
        "arriving": shipped & (Order.shipped_at >= arriving_from) & (Order.shipped_at < arriving_to)
        & _silent_since(_utc(day, settings, -1)),
        "no_news": shipped & (Order.shipped_at < quiet_since) & _silent_since(quiet_since),
        "delivered": (Order.workflow_status == "delivered")
        & (Order.delivered_at >= _utc(day, settings, -settings.after_delivery_days - settings.recent_days))
        & (Order.delivered_at < _utc(day, settings, 1 - settings.after_delivery_days))
        & _silent_since(Order.delivered_at),
    }  # fmt: skip


def due_predicate(day: date, settings: PlanSettings | None = None) -> Any:
    """A peewee expression true for every order that needs a message on `day`; OR it into the
    sidebar's Today query, or use .where(due_predicate(...)) on Order."""
    return reduce(or_, conditions(day, settings or PlanSettings()).values())


def due_order_ids(day: date, settings: PlanSettings | None = None) -> list[int]:
    query = Order.select(ORDER_PK).where(due_predicate(day, settings or PlanSettings()))
    return [pk_of(row) for row in query.order_by(ORDER_PK)]


def _case_scenario(order_pk: int) -> str:
    case = (
        Case.select()
        .where((Case.order == order_pk) & (Case.status == OPEN))
        .order_by(Case.next_action_at.asc(nulls="LAST"), Case.id)
        .first()
    )
    step = current_step(case.id) if case else None
    return STEPS[step.position - 1].scenario_key if step else "case_acknowledge"


def plan_for(
    day: date, settings: PlanSettings | None = None, order_ids: Iterable[int] | None = None
) -> list[FollowUp]:
    """What needs a message on `day`, one entry per order, most urgent reasons first."""
    settings = settings or PlanSettings()
    seen: set[int] = set()
    plan: list[FollowUp] = []
    by_reason = conditions(day, settings)
    limit = set(order_ids) if order_ids is not None else None
    for reason, scenario in REASONS:
        query = Order.select(ORDER_PK).where(by_reason[reason]).order_by(ORDER_PK)
        for row in query:
            pk = pk_of(row)
            if pk in seen or (limit is not None and pk not in limit):
                continue
            seen.add(pk)
            plan.append(FollowUp(pk, reason, scenario or _case_scenario(pk)))
    return plan
