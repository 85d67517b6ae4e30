"""The daily follow-up plan (the sources: a plan every day so no order is forgotten): which
orders need a message today, why, how long it has been, and which template to send.

`plan()` is a pure function of the orders, the message log, the cases, the moment, the
seller's clock and the transit assumptions: the window, the CLI and the seller's-day summary
all get the same answer from the same facts. `load_facts()` reads those facts from the
database in a few set-wise queries (fit for a worker thread); `plan_for()` does both.

`due_predicate()` is a SQL approximation for the sidebar's "Today" count."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import reduce
from operator import or_
from typing import Any

import peewee

from desktop.core.day import SellerDay
from desktop.core.models import Order
from desktop.core.models.base import database_proxy
from desktop.core.models.replies import Case, CaseStep, Message
from desktop.core.orders.profiles import PROFILES, marketplace_of
from desktop.core.orders.views import any_of
from desktop.core.replies.cases import OPEN, STEPS
from desktop.core.replies.keys import ORDER_PK

OUT = "out"
IN = "in"

# Marketplaces whose exports tell when a parcel was delivered; for the others a parcel past
# its expected date may well have arrived, so the buyer is asked before anything is claimed.
WITH_DELIVERY_STATUS = frozenset(
    marketplace_of(p.key) for p in PROFILES if "delivered_at" in p.fields
)


@dataclass(frozen=True)
class Transit:
    """Typical door-to-door days after shipping, per route."""

    seller_country: str = ""  # ISO code; empty: every parcel counts as cross-border
    domestic_days: int = 4
    cross_border_days: int = 14
    by_country: Mapping[str, int] = field(default_factory=dict)  # where a country differs

    @classmethod
    def of(cls, day: SellerDay) -> Transit:
        """The routes of the seller's day: the plan and the Today view expect the same dates."""
        return cls(
            seller_country=day.seller_country,
            domestic_days=day.domestic_days,
            cross_border_days=day.transit_days,
            by_country=dict(day.transit_by_country),
        )

    def days_for(self, country: str | None) -> int:
        if (country or "").upper() in self.by_country:
            return self.by_country[(country or "").upper()]
        domestic = (
            bool(self.seller_country) and (country or "").upper() == self.seller_country.upper()
        )
        return self.domestic_days if domestic else self.cross_border_days

    def expected(self, shipped_day: date, country: str | None) -> date:
        return shipped_day + timedelta(days=self.days_for(country))


@dataclass(frozen=True)
class PlanSettings:
    # Shipped orders without any message from the seller for this many days need an update.
    no_news_days: int = 7
    # How many days back "just paid", "just shipped", "just delivered" reach.
    recent_days: int = 2
    # Delivered orders are asked for a review this many days after delivery.
    after_delivery_days: int = 3
    # Days past the expected delivery after which a late parcel counts as not received.
    not_received_after_days: int = 7
    # The seller's clock: "today" is her day.
    zone: tzinfo = UTC
    transit: Transit = field(default_factory=Transit)


@dataclass(frozen=True)
class OrderFacts:
    pk: int
    order_id: str
    marketplace: str
    status: str  # workflow status
    country: str | None = None
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None


@dataclass(frozen=True)
class MessageFacts:
    order_pk: int
    at: datetime
    direction: str  # "in" buyer to seller, "out" seller to buyer
    scenario_key: str = ""


@dataclass(frozen=True)
class CaseFacts:
    order_pk: int
    next_action_at: datetime | None
    step_scenario: str  # the current step's scenario


@dataclass(frozen=True)
class FollowUp:
    order_pk: int
    reason: str
    scenario_key: str
    # Whole days: waited (buyer_waiting), overdue (case_due), past the expected delivery
    # (late, not_received, past_expected), since the last news (no_news), since the event
    # (just_paid, shipped, delivered); 0 for today.
    days: int
    priority: int  # 1 is the most urgent
    order_id: str = ""
    marketplace: str = ""
    # When the buyer's unanswered message came in (buyer_waiting only).
    since: datetime | None = None


# Reasons in priority order: an order appears once, for the first reason that applies.
REASONS: tuple[str, ...] = (
    "buyer_waiting",  # the buyer wrote and has no answer yet
    "case_due",  # an open case's step falls due
    "not_received",  # long past the expected delivery
    "late",  # past the expected delivery
    "past_expected",  # past the expected date on a marketplace that never says "delivered"
    "just_paid",
    "shipped",
    "arriving",
    "no_news",
    "delivered",  # ask for a review
)
PRIORITY = {reason: position for position, reason in enumerate(REASONS, start=1)}
# Scenarios that cheer; never while a case is open.
CHEERFUL = frozenset({"feedback_request", "arriving_soon", "closing_thanks", "delivered_check"})


@dataclass
class _Log:
    last_in: datetime | None = None
    last_out: datetime | None = None
    # scenario key -> when it was last sent
    sent: dict[str, datetime] = field(default_factory=dict)


def _day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def _logs(messages: Iterable[MessageFacts]) -> dict[int, _Log]:
    logs: dict[int, _Log] = {}
    for message in messages:
        log = logs.setdefault(message.order_pk, _Log())
        if message.direction == IN:
            if log.last_in is None or message.at > log.last_in:
                log.last_in = message.at
        else:
            if log.last_out is None or message.at > log.last_out:
                log.last_out = message.at
            if message.scenario_key:
                before = log.sent.get(message.scenario_key)
                if before is None or message.at > before:
                    log.sent[message.scenario_key] = message.at
    return logs


def _reply_scenario(order: OrderFacts, late_days: int | None, case: CaseFacts | None) -> str:
    """What to answer a waiting buyer with: the case's step, else what the order's state
    makes true to say."""
    if case is not None:
        return case.step_scenario
    if order.status == "shipped":
        if late_days is not None and late_days > 0:
            return "not_received"
        return "logistics_inquiry"
    if order.status == "delivered":
        return "delivered_check"
    return "quick_greeting"


def plan(
    orders: Iterable[OrderFacts],
    messages: Iterable[MessageFacts],
    cases: Iterable[CaseFacts],
    now: datetime,
    settings: PlanSettings | None = None,
) -> list[FollowUp]:
    """What needs a message on the seller's day of `now`, one entry per order: by priority,
    then longest-waiting first."""
    settings = settings or PlanSettings()
    zone = settings.zone
    today = _day(now, zone)
    logs = _logs(messages)
    open_cases: dict[int, CaseFacts] = {}
    for each in cases:
        known = open_cases.get(each.order_pk)
        if known is None or (each.next_action_at or now) < (known.next_action_at or now):
            open_cases[each.order_pk] = each
    result: list[FollowUp] = []
    empty = _Log()
    for order in orders:
        log = logs.get(order.pk, empty)
        case = open_cases.get(order.pk)
        found = _reason(order, log, case, now, today, settings)
        if found is not None:
            reason, scenario, days, since = found
            result.append(
                FollowUp(
                    order.pk,
                    reason,
                    scenario,
                    days,
                    PRIORITY[reason],
                    order.order_id,
                    order.marketplace,
                    since,
                )
            )
    result.sort(key=lambda f: (f.priority, -f.days, f.order_pk))
    return result


def _reason(
    order: OrderFacts,
    log: _Log,
    case: CaseFacts | None,
    now: datetime,
    today: date,
    settings: PlanSettings,
) -> tuple[str, str, int, datetime | None] | None:
    zone = settings.zone

    def days_since(moment: datetime) -> int:
        return max(0, (today - _day(moment, zone)).days)

    def quiet_since(moment: datetime) -> bool:
        """Nothing sent by the seller since `moment` (what the buyer wrote does not count)."""
        return log.last_out is None or log.last_out < moment

    def not_sent(scenario: str) -> bool:
        return scenario not in log.sent

    shipped = order.status == "shipped" and order.shipped_at is not None
    expected = (
        settings.transit.expected(_day(order.shipped_at, zone), order.country)
        if order.shipped_at is not None
        else None
    )
    late_days = (today - expected).days if expected is not None and shipped else None

    if log.last_in is not None and (log.last_out is None or log.last_out < log.last_in):
        return (
            "buyer_waiting",
            _reply_scenario(order, late_days, case),
            days_since(log.last_in),
            log.last_in,
        )
    if case is not None:
        due = case.next_action_at
        day_end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)
        if due is not None and due < day_end:
            return "case_due", case.step_scenario, days_since(due), None
        # The case drives every message until it is closed.
        return None
    if shipped and late_days is not None and late_days > 0:
        has_status = order.marketplace in WITH_DELIVERY_STATUS
        if not has_status and not_sent("arrival_check"):
            return "past_expected", "arrival_check", late_days, None
        if not has_status:
            asked = log.sent["arrival_check"]
            # Asked whether it arrived and heard nothing back: it came; ask for a review.
            if days_since(asked) >= settings.after_delivery_days and not_sent("feedback_request"):
                return "delivered", "feedback_request", days_since(asked), None
            return None
        if late_days > settings.not_received_after_days:
            if not_sent("not_received"):
                return "not_received", "not_received", late_days, None
            return None
        if not_sent("package_delayed") and not_sent("not_received"):
            return "late", "package_delayed", late_days, None
        return None
    paid = order.paid_at
    if (
        order.status == "to_pack"
        and paid is not None
        and days_since(paid) <= settings.recent_days
        and _day(paid, zone) <= today
        and quiet_since(paid)
        and not_sent("paid_confirm_address")
    ):
        return "just_paid", "paid_confirm_address", days_since(paid), None
    if shipped and order.shipped_at is not None and expected is not None:
        shipped_days = days_since(order.shipped_at)
        if (
            shipped_days <= settings.recent_days
            and _day(order.shipped_at, zone) <= today
            and quiet_since(order.shipped_at)
            and not_sent("shipped_tracking")
        ):
            return "shipped", "shipped_tracking", shipped_days, None
        to_go = (expected - today).days
        recent_update = log.last_out is not None and days_since(log.last_out) < 3
        if 0 <= to_go <= 2 and not recent_update and not_sent("arriving_soon"):
            # Neutral wording: elapsed days do not tell where the parcel is.
            return "arriving", "in_transit_update", to_go, None
        # News is the later of the shipping and the seller's last message.
        last_news = max(log.last_out, order.shipped_at) if log.last_out else order.shipped_at
        if days_since(last_news) >= settings.no_news_days:
            return "no_news", "in_transit_update", days_since(last_news), None
        return None
    if order.status == "delivered" and order.delivered_at is not None:
        since = days_since(order.delivered_at)
        window = range(
            settings.after_delivery_days, settings.after_delivery_days + settings.recent_days + 1
        )
        if since in window and not_sent("feedback_request"):
            return "delivered", "feedback_request", since, None
    return None


# ----- reading the facts ----------------------------------------------------------------------
_CHUNK = 500
_ACTIVE = ("to_pack", "packed", "shipped", "delivered", "problem")


def load_facts(
    order_ids: Sequence[int] | None = None,
    candidates: Any = None,
) -> tuple[list[OrderFacts], list[MessageFacts], list[CaseFacts]]:
    """The plan's inputs from the database: active orders (or just `order_ids`; or the active
    ones that also match `candidates`, a peewee expression), their messages and their open
    cases."""
    columns = (
        ORDER_PK,
        Order.order_id,
        Order.marketplace,
        Order.workflow_status,
        Order.country,
        Order.paid_at,
        Order.ordered_at,
        Order.shipped_at,
        Order.delivered_at,
    )
    query = Order.select(*columns)
    if order_ids is not None:
        wanted = list(order_ids)
        rows: list[Any] = []
        for start in range(0, len(wanted), _CHUNK):
            rows.extend(_raw(query.where(ORDER_PK.in_(wanted[start : start + _CHUNK]))))
    else:
        active = Order.workflow_status.in_(_ACTIVE)
        rows = _raw(query.where(active if candidates is None else active & candidates))
    orders = [
        OrderFacts(
            pk=int(r[0]),
            order_id=str(r[1]),
            marketplace=str(r[2]),
            status=str(r[3]),
            country=r[4],
            paid_at=_aware(r[5] or r[6]),
            shipped_at=_aware(r[7]),
            delivered_at=_aware(r[8]),
        )
        for r in rows
    ]
    pks = {o.pk for o in orders}
    message_query = Message.select(
        Message.order, Message.at, Message.direction, Message.scenario_key
    )
    case_query = Case.select().where(Case.status == OPEN)
    if order_ids is not None:
        # One order (the composer's suggestion): read its log only, not everybody's.
        message_query = message_query.where(Message.order.in_(list(pks)))
        case_query = case_query.where(Case.order.in_(list(pks)))
    message_rows: list[Any] = _raw(message_query)
    messages = [
        MessageFacts(
            int(r[0]), _aware(r[1]) or datetime.min.replace(tzinfo=UTC), str(r[2]), str(r[3])
        )
        for r in message_rows
        if int(r[0]) in pks
    ]
    open_cases = [c for c in case_query if int(c.order_id) in pks]
    step_of: dict[int, int] = {}
    if open_cases:
        pending = (
            CaseStep.select(CaseStep.case, peewee.fn.MIN(CaseStep.position))
            .where(CaseStep.case.in_([c.id for c in open_cases]) & CaseStep.done_at.is_null())
            .group_by(CaseStep.case)
        )
        pending_rows: list[Any] = list(pending.tuples())
        for case_id, position in pending_rows:
            step_of[int(case_id)] = int(position)
    cases = [
        CaseFacts(
            int(c.order_id),
            c.next_action_at,
            STEPS[step_of[c.id] - 1].scenario_key if c.id in step_of else "case_close",
        )
        for c in open_cases
    ]
    return orders, messages, cases


def _raw(query: Any) -> list[Any]:
    """The rows as the database returns them: converting 100,000 timestamps through the
    field classes costs more than reading them; _aware() reads the stored text."""
    sql, params = query.sql()
    return list(database_proxy.execute_sql(sql, params).fetchall())


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None


def plan_for(
    when: datetime | date,
    settings: PlanSettings | None = None,
    order_ids: Iterable[int] | None = None,
) -> list[FollowUp]:
    """Today's plan read from the database. A bare date means noon of that day."""
    settings = settings or PlanSettings()
    if isinstance(when, datetime):
        now = when
    else:
        now = datetime.combine(when, time(12), tzinfo=settings.zone)
    if order_ids is not None:
        orders, messages, cases = load_facts(list(order_ids))
    else:
        # Only the orders SQL says may need a message (a superset of the plan), and every order
        # with an open case: the rules then run on hundreds of orders, not on every active one.
        candidates = any_of(
            *conditions(_day(now, settings.zone), settings).values(),
            ORDER_PK.in_(Case.select(Case.order).where(Case.status == OPEN)),
        )
        orders, messages, cases = load_facts(candidates=candidates)
    return plan(orders, messages, cases, now, settings)


def group_counts(items: Iterable[FollowUp]) -> list[tuple[str, int]]:
    """(reason, how many) in priority order, for the plan's group headers."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    return [(reason, counts[reason]) for reason in REASONS if reason in counts]


# ----- SQL approximation for counts ---------------------------------------------------------
def _utc(day: date, settings: PlanSettings, days: int = 0) -> str:
    """Start of a day on the seller's clock, as the stored UTC text (comparable as text even
    inside SQL functions, where peewee does not convert parameters)."""
    start = datetime.combine(day + timedelta(days=days), time(0), tzinfo=settings.zone)
    return start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def conditions(day: date, settings: PlanSettings) -> dict[str, Any]:
    """reason group -> peewee expression on Order: together a superset of the orders plan()
    lists on `day` (SQL cannot see which suggestion was sent, so a few more match)."""
    day_end = _utc(day, settings, 1)
    recent = _utc(day, settings, -settings.recent_days)
    paid = peewee.fn.COALESCE(Order.paid_at, Order.ordered_at)
    shipped = Order.workflow_status == "shipped"
    no_case = Order.has_open_case == False  # noqa: E712
    transit = settings.transit
    answer = Message.alias()
    waiting = Message.select(Message.order).where(
        (Message.direction == IN)
        & ~peewee.fn.EXISTS(
            answer.select(answer.id).where(
                (answer.order == Message.order)
                & (answer.direction == OUT)
                & (answer.at >= Message.at)
            )
        )
    )
    quiet_since = _utc(day, settings, 1 - settings.no_news_days)
    told = Message.select(Message.order).where(
        (Message.direction == OUT) & (Message.at >= quiet_since)
    )

    def near_or_past_expected(days: int) -> Any:
        # Within two days of the expected delivery, or past it.
        return Order.shipped_at < _utc(day, settings, 1 - max(0, days - 2))

    if transit.seller_country:
        domestic = Order.country == transit.seller_country.upper()
        due_by_route = (
            (domestic & near_or_past_expected(transit.domestic_days))
            | (~domestic & near_or_past_expected(transit.cross_border_days))
            | (Order.country.is_null() & near_or_past_expected(transit.cross_border_days))
        )
    else:
        due_by_route = near_or_past_expected(transit.cross_border_days)
    if transit.by_country:
        # Countries with days of their own follow those days, and only those.
        listed = list(transit.by_country)
        due_by_route = (Order.country.is_null() | Order.country.not_in(listed)) & due_by_route
        for code, days in transit.by_country.items():
            due_by_route = due_by_route | ((Order.country == code) & near_or_past_expected(days))
    no_news = (Order.shipped_at < quiet_since) & ORDER_PK.not_in(told)
    return {
        "buyer_waiting": ORDER_PK.in_(waiting),
        "case_due": Order.has_open_case & Order.follow_up_at.is_null(False) & (Order.follow_up_at < day_end),
        "just_paid": (Order.workflow_status == "to_pack") & no_case & (paid >= recent) & (paid < day_end),
        "shipped": shipped & no_case & (Order.shipped_at >= recent) & (Order.shipped_at < day_end),
        "in_transit": shipped & no_case & (due_by_route | no_news),
        "delivered": (Order.workflow_status == "delivered") & no_case
        & (Order.delivered_at >= _utc(day, settings, -settings.after_delivery_days - settings.recent_days))
        & (Order.delivered_at < _utc(day, settings, 1 - settings.after_delivery_days)),
    }  # fmt: skip


def due_predicate(day: date, settings: PlanSettings | None = None) -> Any:
    """A peewee expression true for most orders plan() lists on `day` (it cannot see who
    wrote last); OR it into the sidebar's Today query."""
    return reduce(or_, conditions(day, settings or PlanSettings()).values())


def due_order_ids(day: date, settings: PlanSettings | None = None) -> list[int]:
    """The orders of the plan for `day`."""
    return sorted(f.order_pk for f in plan_for(day, settings))
