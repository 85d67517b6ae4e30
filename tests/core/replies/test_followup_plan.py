"""The follow-up plan as a pure function of orders, messages, cases, now and settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.replies.followup import (
    CaseFacts,
    MessageFacts,
    OrderFacts,
    PlanSettings,
    Transit,
    group_counts,
    plan,
)

NOW = datetime(2024, 12, 1, 9, tzinfo=UTC)
SETTINGS = PlanSettings(no_news_days=7, after_delivery_days=3, not_received_after_days=7,
                        transit=Transit(seller_country="TH", domestic_days=4, cross_border_days=14))  # fmt: skip


def shipped(pk: int, days_ago: int, marketplace: str = "shopee", country: str = "MY") -> OrderFacts:
    return OrderFacts(
        pk, f"O{pk}", marketplace, "shipped", country, shipped_at=NOW - timedelta(days=days_ago)
    )


def reasons(orders, messages=(), cases=(), now=NOW, settings=SETTINGS):  # type: ignore[no-untyped-def]
    return {
        f.order_pk: (f.reason, f.scenario_key, f.days)
        for f in plan(orders, messages, cases, now, settings)
    }


def test_a_buyer_message_puts_the_order_first_with_the_waiting_time() -> None:
    orders = [shipped(1, 1), shipped(2, 20)]
    messages = [MessageFacts(2, NOW - timedelta(days=2), "in", "")]
    result = plan(orders, messages, [], NOW, SETTINGS)
    assert (result[0].order_pk, result[0].reason, result[0].days, result[0].priority) == (
        2,
        "buyer_waiting",
        2,
        1,
    )
    # Past its expected delivery, the answer is the not-received one, not "on schedule".
    assert result[0].scenario_key == "not_received"
    assert result[0].since == NOW - timedelta(days=2)


def test_incoming_messages_never_silence_an_order() -> None:
    orders = [shipped(1, 9)]
    assert reasons(orders)[1][0] == "no_news"
    # "Where is my parcel??" logged: the order stays in the plan, now at the top.
    messages = [MessageFacts(1, NOW - timedelta(hours=3), "in")]
    assert reasons(orders, messages)[1] == ("buyer_waiting", "logistics_inquiry", 0)
    # Answered: back to the parcel's own schedule; the buyer's message did not reset it.
    answered = [*messages, MessageFacts(1, NOW - timedelta(hours=1), "out", "logistics_inquiry")]
    assert 1 not in reasons(orders, answered)


def test_a_late_parcel_escalates_with_its_days() -> None:
    # Cross-border (MY from TH): 14 days; 17 days after shipping it is 3 days late.
    assert reasons([shipped(1, 17)])[1] == ("late", "package_delayed", 3)
    # More than 7 days past: not received.
    assert reasons([shipped(1, 30)])[1] == ("not_received", "not_received", 16)
    # Domestic (TH to TH): 4 days, so 10 days after shipping is already 6 days late.
    assert reasons([shipped(1, 10, country="TH")])[1] == ("late", "package_delayed", 6)


def test_on_schedule_only_while_it_is() -> None:
    # 9 days shipped, expected in 5 days, nothing said for 9 days: an update, on schedule.
    assert reasons([shipped(1, 9)])[1] == ("no_news", "in_transit_update", 9)
    # Expected within two days: a neutral update, never "cleared customs, arriving soon".
    assert reasons([shipped(1, 13)])[1] == ("arriving", "in_transit_update", 1)


def test_a_sent_suggestion_is_not_repeated() -> None:
    orders = [shipped(1, 17)]
    sent = [MessageFacts(1, NOW - timedelta(days=1), "out", "package_delayed")]
    assert 1 not in reasons(orders, sent)
    told = [MessageFacts(1, NOW - timedelta(days=2), "out", "in_transit_update")]
    assert 1 not in reasons([shipped(1, 13)], told)


def test_an_open_case_suppresses_review_requests_and_cheer() -> None:
    delivered = OrderFacts(1, "O1", "shopee", "delivered", "MY", shipped_at=NOW - timedelta(days=12),
                           delivered_at=NOW - timedelta(days=3))  # fmt: skip
    assert reasons([delivered])[1] == ("delivered", "feedback_request", 3)
    case = CaseFacts(1, NOW + timedelta(days=2), "case_propose")
    assert 1 not in reasons([delivered], cases=[case])
    due = CaseFacts(1, NOW - timedelta(days=1), "case_propose")
    assert reasons([delivered], cases=[due])[1] == ("case_due", "case_propose", 1)


def test_marketplaces_without_delivery_status_ask_then_request_a_review() -> None:
    order = shipped(1, 20, marketplace="ebay", country="US")
    assert reasons([order])[1] == ("past_expected", "arrival_check", 6)
    asked = [MessageFacts(1, NOW - timedelta(days=4), "out", "arrival_check")]
    assert reasons([order], asked)[1] == ("delivered", "feedback_request", 4)


def test_grouped_by_reason_in_priority_order() -> None:
    orders = [shipped(1, 1), shipped(2, 1), shipped(3, 30), shipped(4, 17)]
    result = plan(orders, [], [], NOW, SETTINGS)
    assert group_counts(result) == [("not_received", 1), ("late", 1), ("shipped", 2)]
    assert [f.priority for f in result] == sorted(f.priority for f in result)
