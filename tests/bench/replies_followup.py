"""Benchmark (run by hand): the daily follow-up plan over 100,000 orders with a message log
and open cases, the sidebar's Today predicate, and preparing one message. Prints figures side
by side with a reference measured in the same run (reading the same orders' columns alone);
asserts nothing.

    python3 tests/bench/replies_followup.py
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.core.db import open_database
from desktop.core.models import Order, Shop
from desktop.core.models.base import database_proxy
from desktop.core.models.replies import Message
from desktop.core.replies import cases
from desktop.core.replies.catalogue import load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.followup import (
    PlanSettings,
    due_predicate,
    group_counts,
    load_facts,
    plan,
    plan_for,
)
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions

ORDERS = 100_000
MESSAGES = 60_000
DAY = date(2024, 12, 2)
NOW = datetime(2024, 12, 2, 9, tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _ms(began: float) -> str:
    return f"{(time.perf_counter() - began) * 1000:.0f} ms"


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    open_database(f"sqlite:///{folder / 'bench.db'}")
    shop = Shop.create(marketplace="ebay", name="Bench")
    rng = random.Random(7)
    start = datetime(2024, 9, 1, tzinfo=UTC)
    rows = []
    for n in range(ORDERS):
        ordered = start + timedelta(minutes=rng.randrange(0, 92 * 24 * 60))
        status = rng.choice(["to_pack", "shipped", "shipped", "delivered", "closed"])
        shipped = ordered + timedelta(days=2) if status != "to_pack" else None
        delivered = (
            shipped + timedelta(days=12) if shipped and status in {"delivered", "closed"} else None
        )
        rows.append({
            "shop": shop.id, "marketplace": rng.choice(["ebay", "shopee", "aliexpress"]),
            "order_id": f"B{n:07d}", "buyer_name": "Ana Lopez",
            "country": rng.choice(["ES", "US", "TH", "MY"]), "workflow_status": status, "ordered_at": _stamp(ordered),
            "paid_at": _stamp(ordered), "shipped_at": _stamp(shipped) if shipped else None,
            "delivered_at": _stamp(delivered) if delivered else None, "tracking_number": f"LZ{n:09d}CN",
            "carrier": "Correos",
        })  # fmt: skip
    with database_proxy.atomic():
        for chunk in range(0, len(rows), 2000):
            Order.insert_many(rows[chunk : chunk + 2000]).execute()
        messages = []
        for _ in range(MESSAGES):
            messages.append({
                "order": rng.randrange(1, ORDERS + 1), "at": _stamp(start + timedelta(minutes=rng.randrange(0, 92 * 24 * 60))),
                "direction": rng.choice(["in", "out"]), "text": "x",
                "scenario_key": rng.choice(["", "in_transit_update", "shipped_tracking"]),
            })  # fmt: skip
        for chunk in range(0, len(messages), 2000):
            Message.insert_many(messages[chunk : chunk + 2000]).execute()
    for pk in range(1, ORDERS, 500):
        cases.open_case(pk, "damaged_item", now=NOW - timedelta(days=1))
    print(f"{ORDERS} orders, {MESSAGES} messages, {ORDERS // 500} open cases")

    began = time.perf_counter()
    reference = list(Order.select(Order.id, Order.workflow_status, Order.shipped_at).tuples())
    print(f"reference: read 3 columns of {len(reference)} orders: {_ms(began)}")
    began = time.perf_counter()
    facts = load_facts()
    print(f"load_facts (worker thread in the window): {_ms(began)}")
    began = time.perf_counter()
    items = plan(*facts, NOW, PlanSettings())
    print(f"plan() pure function: {len(items)} follow-ups in {_ms(began)}")
    print("  by reason:", ", ".join(f"{reason} {count}" for reason, count in group_counts(items)))
    began = time.perf_counter()
    narrowed = plan_for(NOW, PlanSettings())
    print(f"plan_for (the window's plan: SQL narrows, the rules decide): {len(narrowed)} in {_ms(began)}"
          f"{'' if narrowed == items else '  DIFFERS from the plan of every active order'}")  # fmt: skip
    began = time.perf_counter()
    plan_for(NOW, PlanSettings(), order_ids=[items[0].order_pk])
    print(f"plan_for one order (composer suggestion): {_ms(began)}")
    began = time.perf_counter()
    count = Order.select().where(due_predicate(DAY)).count()
    print(f"due_predicate count (sidebar): {count} in {_ms(began)}")
    inside = {o.id for o in Order.select(Order.id).where(due_predicate(DAY))}
    print(
        f"  plan orders inside the sidebar's Today: {sum(f.order_pk in inside for f in items)} of {len(items)}"
    )
    outside = group_counts(f for f in items if f.order_pk not in inside)
    if outside:
        print("  outside:", outside)

    catalogue = load_catalogue()
    composer = Composer(catalogue, Library(catalogue), ValueOptions(signature="Bench"))
    pk = Order.select(Order.id).where(Order.workflow_status == "shipped").first().id
    began = time.perf_counter()
    for _ in range(100):
        composer.draft(pk, "logistics_inquiry", "es")
    print(f"draft one message: {(time.perf_counter() - began) * 10:.1f} ms each")


if __name__ == "__main__":
    main()
