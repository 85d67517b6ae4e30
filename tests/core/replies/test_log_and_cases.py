from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from desktop.core.models import Order
from desktop.core.replies import cases, log
from desktop.core.replies.errors import UnfilledPlaceholdersError
from desktop.core.replies.followup import PlanSettings, due_order_ids, due_predicate, plan_for

NOW = datetime(2024, 12, 2, 9, 0, tzinfo=UTC)


def test_logging_both_sides_keeps_last_message_at(make_order: Any) -> None:
    pk = make_order()
    log.record(pk, log.IN, "¿Dónde está mi paquete?", language="es", at=NOW)
    log.record(pk, log.OUT, "Hola Javier, va en camino.", language="es", scenario_key="logistics_inquiry",
               seller_text="Javier您好，在路上。", at=NOW + timedelta(minutes=3))  # fmt: skip
    assert Order.get_by_id(pk).last_message_at == NOW + timedelta(minutes=3)
    exported = log.messages_for_order(pk)
    assert [m["direction"] for m in exported] == ["in", "out"]
    assert exported[0] == {
        "time": "2024-12-02T09:00:00Z",
        "direction": "in",
        "language": "es",
        "text": "¿Dónde está mi paquete?",
        "scenario": "",
        "translation": "",
    }
    assert exported[1]["translation"] == "Javier您好，在路上。"


def test_a_raw_placeholder_never_leaves(make_order: Any) -> None:
    pk = make_order()
    with pytest.raises(UnfilledPlaceholdersError) as caught:
        log.record(pk, log.OUT, "Hola, tracking {tracking_number}")
    assert caught.value.names == ["tracking_number"]
    assert log.messages_for_order(pk) == []
    assert Order.get_by_id(pk).last_message_at is None
    # What the buyer wrote is logged as is, braces and all.
    log.record(pk, log.IN, "my code is {abc}")


def test_deleting_a_message_rewinds_last_message_at(make_order: Any) -> None:
    pk = make_order()
    first = log.record(pk, log.OUT, "one", at=NOW)
    second = log.record(pk, log.OUT, "two", at=NOW + timedelta(hours=1))
    log.delete_message(second.id)
    assert Order.get_by_id(pk).last_message_at == NOW
    log.delete_message(first.id)
    assert Order.get_by_id(pk).last_message_at is None


def test_case_walks_seven_steps_and_shows_up_in_today_when_due(make_order: Any) -> None:
    pk = make_order(workflow_status="delivered", delivered_at=NOW - timedelta(days=20))
    case = cases.open_case(pk, "damaged_item", now=NOW)
    order = Order.get_by_id(pk)
    assert order.has_open_case and order.follow_up_at == NOW
    today = plan_for(NOW.date())
    assert [(f.order_pk, f.reason, f.scenario_key) for f in today] == [
        (pk, "case_due", "case_acknowledge")
    ]

    moment = NOW
    walked = []
    for _ in range(6):
        step = cases.current_step(case.id)
        assert step is not None
        walked.append(step.step)
        message = log.record(pk, log.OUT, f"step {step.position}", case_id=case.id, at=moment)
        follow_up = moment + timedelta(days=2)
        following = cases.complete_step(
            case.id, message_id=message.id, next_due=follow_up, now=moment
        )
        assert following is not None
        # Due tomorrow+1: not in today's plan, in the plan of the due day.
        assert pk not in due_order_ids(moment.date())
        due = [f for f in plan_for(follow_up.date()) if f.order_pk == pk]
        assert due and due[0].reason == "case_due"
        assert due[0].scenario_key == cases.STEPS[following.position - 1].scenario_key
        moment = follow_up
    walked.append(cases.current_step(case.id).step)  # type: ignore[union-attr]
    assert walked == [
        "acknowledge",
        "identify",
        "propose",
        "follow_up",
        "confirm",
        "feedback",
        "close",
    ]

    cases.record_resolution(case.id, "partial_refund", Decimal("8.00"), "kept the vase")
    assert cases.complete_step(case.id, now=moment) is None
    order = Order.get_by_id(pk)
    assert not order.has_open_case and order.follow_up_at is None
    stored = cases.cases_json(pk)[0]
    assert stored["status"] == "closed"
    assert stored["resolution"] == "partial_refund" and stored["resolution_amount"] == "8.00"
    assert all(s["done_at"] for s in stored["steps"])  # type: ignore[attr-defined]
    assert pk not in due_order_ids(moment.date() + timedelta(days=5))


def test_follow_up_is_the_earliest_open_case(make_order: Any) -> None:
    pk = make_order()
    first = cases.open_case(pk, "not_received", now=NOW)
    cases.set_next_action(first.id, NOW + timedelta(days=5))
    second = cases.open_case(pk, "damaged_item", now=NOW)
    cases.set_next_action(second.id, NOW + timedelta(days=2))
    assert Order.get_by_id(pk).follow_up_at == NOW + timedelta(days=2)
    cases.close_case(second.id, resolution="resend")
    assert Order.get_by_id(pk).follow_up_at == NOW + timedelta(days=5)
    cases.close_case(first.id, resolution="refund")
    assert not Order.get_by_id(pk).has_open_case
    cases.reopen_case(first.id, now=NOW)
    assert Order.get_by_id(pk).has_open_case


def test_bad_resolution_is_refused(make_order: Any) -> None:
    pk = make_order()
    case = cases.open_case(pk, "wrong_item", now=NOW)
    with pytest.raises(cases.CaseError):
        cases.record_resolution(case.id, "shrug")
    with pytest.raises(cases.CaseError):
        cases.record_resolution(case.id, "refund", Decimal("-1"))


def test_daily_plan_reasons(make_order: Any) -> None:
    day = date(2024, 12, 2)
    settings = PlanSettings(no_news_days=7, after_delivery_days=3)
    paid = make_order(workflow_status="to_pack", shipped_at=None, tracking_number=None,
                      paid_at=datetime(2024, 12, 1, 10, tzinfo=UTC))  # fmt: skip
    shipped = make_order(shipped_at=datetime(2024, 12, 1, 10, tzinfo=UTC))
    quiet = make_order(shipped_at=datetime(2024, 11, 23, 10, tzinfo=UTC))
    late = make_order(shipped_at=datetime(2024, 11, 10, 10, tzinfo=UTC))
    arriving = make_order(shipped_at=datetime(2024, 11, 18, 10, tzinfo=UTC))
    delivered = make_order(workflow_status="delivered", shipped_at=datetime(2024, 11, 10, tzinfo=UTC),
                           delivered_at=datetime(2024, 11, 29, 15, tzinfo=UTC))  # fmt: skip
    recently_told = make_order(shipped_at=datetime(2024, 11, 23, 10, tzinfo=UTC))
    log.record(recently_told, log.OUT, "update", at=datetime(2024, 11, 30, tzinfo=UTC))
    plan = {f.order_pk: (f.reason, f.scenario_key) for f in plan_for(day, settings)}
    assert plan == {
        paid: ("just_paid", "paid_confirm_address"),
        shipped: ("shipped", "shipped_tracking"),
        quiet: ("no_news", "in_transit_update"),
        # eBay never reports deliveries: past the expected day, the buyer is asked.
        late: ("past_expected", "arrival_check"),
        arriving: ("arriving", "in_transit_update"),
        delivered: ("delivered", "feedback_request"),
    }
    assert set(due_order_ids(day, settings)) == set(plan)
    # The sidebar's SQL predicate holds every order of the plan.
    waiting = make_order(shipped_at=datetime(2024, 11, 30, 10, tzinfo=UTC))
    log.record(waiting, log.OUT, "tracking", at=datetime(2024, 11, 30, 11, tzinfo=UTC))
    log.record(waiting, log.IN, "Where is it?", at=datetime(2024, 12, 1, 11, tzinfo=UTC))
    listed = {f.order_pk for f in plan_for(day, settings)}
    assert waiting in listed
    predicate = {o.id for o in Order.select(Order.id).where(due_predicate(day, settings))}
    assert listed <= predicate
    # Once the tracking message is logged, the order leaves today's plan.
    log.record(shipped, log.OUT, "tracking", at=datetime(2024, 12, 2, 1, tzinfo=UTC))
    assert shipped not in due_order_ids(day, settings)


def test_due_predicate_composes_with_other_filters(make_order: Any) -> None:
    from desktop.core.replies.followup import due_predicate

    make_order(shipped_at=datetime(2024, 11, 1, tzinfo=UTC))
    make_order(shipped_at=datetime(2024, 11, 1, tzinfo=UTC), marketplace="etsy")
    count = (
        Order.select()
        .where(due_predicate(date(2024, 12, 2)) & (Order.marketplace == "etsy"))
        .count()
    )
    assert count == 1


def test_next_step_due_from_the_promise_or_the_rule_never_in_the_past(make_order: Any) -> None:
    pk = make_order()
    case = cases.open_case(pk, "damaged_item", now=NOW)
    # The seller's date picker still shows an old day: the rule wins over a past date.
    following = cases.complete_step(case.id, next_due=NOW - timedelta(days=3), now=NOW, position=1)
    assert following is not None and following.due_at is not None and following.due_at >= NOW
    # The message promised "resolved by 20 December": the next step falls due then.
    promised = datetime(2024, 12, 20, tzinfo=UTC)
    following = cases.complete_step(case.id, now=NOW, position=2, promised=promised)
    assert following is not None and following.due_at == promised


def test_a_step_completes_once(make_order: Any) -> None:
    pk = make_order()
    case = cases.open_case(pk, "damaged_item", now=NOW)
    cases.complete_step(case.id, now=NOW, position=1)
    with pytest.raises(cases.StepAlreadyDoneError):
        cases.complete_step(case.id, now=NOW, position=1)
    assert cases.current_step(case.id).position == 2  # type: ignore[union-attr]


def test_closing_asks_for_the_resolution(make_order: Any) -> None:
    pk = make_order()
    case = cases.open_case(pk, "wrong_item", now=NOW)
    for position in range(1, 7):
        cases.complete_step(case.id, now=NOW, position=position)
    with pytest.raises(cases.ResolutionNeededError):
        cases.complete_step(case.id, now=NOW, position=7)
    with pytest.raises(cases.ResolutionNeededError):
        cases.close_case(case.id, now=NOW)
    cases.close_case(case.id, now=NOW, resolution="resend")
    shown = cases.case_json(pk, now=NOW)
    assert shown is not None and shown["status"] == "closed" and shown["resolution"] == "resend"


def test_the_plan_read_through_sql_is_the_plan_of_every_active_order(make_order: Any) -> None:
    """plan_for reads only the orders the SQL conditions let through: on a varied book of
    orders, that gives exactly the plan of all active orders."""
    import random

    from desktop.core.replies.followup import Transit, load_facts, plan

    rng = random.Random(7)
    day = date(2024, 12, 2)
    now = datetime(2024, 12, 2, 9, tzinfo=UTC)
    settings = PlanSettings(
        no_news_days=7, after_delivery_days=3,
        transit=Transit(seller_country="CN", domestic_days=3, cross_border_days=14),
    )  # fmt: skip
    for _ in range(160):
        shipped_at = now - timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
        status = rng.choice(["to_pack", "packed", "shipped", "shipped", "delivered", "problem", "cancelled"])
        pk = make_order(
            marketplace=rng.choice(["ebay", "shopee", "etsy", "amazon"]),
            country=rng.choice(["ES", "CN", "US", None]),
            workflow_status=status,
            paid_at=now - timedelta(days=rng.randint(0, 9)),
            shipped_at=None if status in {"to_pack", "packed"} else shipped_at,
            delivered_at=shipped_at + timedelta(days=rng.randint(3, 20)) if status == "delivered" else None,
        )  # fmt: skip
        if rng.random() < 0.3:
            log.record(pk, log.OUT, "update", at=now - timedelta(days=rng.randint(0, 15)))
        if rng.random() < 0.15:
            log.record(pk, log.IN, "Where is it?", at=now - timedelta(days=rng.randint(0, 5)))
        if rng.random() < 0.08:
            cases.open_case(pk, "damaged_item", now=now - timedelta(days=rng.randint(0, 6)))
    everything = plan(*load_facts(), now, settings)
    assert len(everything) > 40
    assert plan_for(now, settings) == everything
    assert set(due_order_ids(day, settings)) == {f.order_pk for f in everything}
