"""Benchmark (run by hand): the daily follow-up plan and the Today predicate over 100,000
orders, and preparing one message. Prints figures; asserts nothing.

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
from desktop.core.replies.catalogue import load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.followup import due_order_ids, due_predicate, plan_for
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions

ORDERS = 100_000
DAY = date(2024, 12, 2)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


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
            "shop": shop.id, "marketplace": "ebay", "order_id": f"B{n:07d}", "buyer_name": "Ana Lopez",
            "country": "ES", "workflow_status": status, "ordered_at": _stamp(ordered),
            "paid_at": _stamp(ordered), "shipped_at": _stamp(shipped) if shipped else None,
            "delivered_at": _stamp(delivered) if delivered else None, "tracking_number": f"LZ{n:09d}CN",
            "carrier": "Correos", "has_open_case": n % 500 == 0,
            "follow_up_at": _stamp(datetime(2024, 12, 1, tzinfo=UTC)) if n % 500 == 0 else None,
        })  # fmt: skip
    began = time.perf_counter()
    with database_proxy.atomic():
        for chunk in range(0, len(rows), 2000):
            Order.insert_many(rows[chunk : chunk + 2000]).execute()
    print(f"insert {ORDERS} orders: {time.perf_counter() - began:.1f} s")

    began = time.perf_counter()
    plan = plan_for(DAY)
    print(f"plan_for: {len(plan)} follow-ups in {(time.perf_counter() - began) * 1000:.0f} ms")
    began = time.perf_counter()
    ids = due_order_ids(DAY)
    print(f"due_order_ids: {len(ids)} in {(time.perf_counter() - began) * 1000:.0f} ms")
    began = time.perf_counter()
    count = Order.select().where(due_predicate(DAY)).count()
    print(
        f"due_predicate count (sidebar): {count} in {(time.perf_counter() - began) * 1000:.0f} ms"
    )

    catalogue = load_catalogue()
    composer = Composer(catalogue, Library(catalogue), ValueOptions(signature="Bench"))
    pk = Order.select(Order.id).where(Order.workflow_status == "shipped").first().id
    began = time.perf_counter()
    for _ in range(100):
        composer.draft(pk, "logistics_inquiry", "es")
    print(f"draft one message: {(time.perf_counter() - began) * 10:.1f} ms each")
    began = time.perf_counter()
    load_catalogue()
    print(
        f"load catalogue ({len(catalogue.languages)} languages): {(time.perf_counter() - began) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
