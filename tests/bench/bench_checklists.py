"""Benchmark: 1,000 packing checklists to one PDF (target: under 20 s), and peak memory.

Run by hand:  python3 tests/bench/bench_checklists.py [--orders 1000] [--size 4x6|a4|letter] [--per-page N]
Builds a throwaway database of synthetic orders in several scripts, then times write_pdf."""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

NAMES = ("王雅婷", "ปิยะพงษ์ บุญมา", "高橋 結衣", "강서연", "Дмитрий Кузнецов", "نورة الشهري", "דוד פרץ", "Κώστας Ιωάννου", "अमित कुमार", "Ana Pérez")
COUNTRIES = ("TW", "TH", "JP", "KR", "RU", "SA", "IL", "GR", "IN", "ES")


def _populate(count: int) -> list[int]:
    from desktop.core.models import Order, OrderLine, Shop, database_proxy

    shop = Shop.create(marketplace="shopee", name="Bench Shop")
    pks: list[int] = []
    with database_proxy.atomic():
        for i in range(count):
            order = Order.create(
                marketplace="shopee", order_id=f"2411{i:010d}", shop=shop, buyer_name=NAMES[i % 10],
                country=COUNTRIES[i % 10], currency="USD", total=Decimal(20 + i % 200),
                tracking_number=f"SPX{i:09d}", carrier="SPX Express", fragile=i % 7 == 0,
                buyer_note="请不要放发票" if i % 5 == 0 else None,
            )  # fmt: skip
            for position in range(1 + i % 4):
                OrderLine.create(
                    order=order, position=position, sku=f"SKU-{(i + position) % 50:03d}",
                    title="Stainless Steel Insulated Tumbler 600ml with Straw & Lid", variant="Color:Cream",
                    quantity=1 + (i + position) % 3,
                )  # fmt: skip
            pks.append(int(order.get_id()))
    return pks


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--size", default="4x6")
    parser.add_argument("--per-page", type=int, default=1)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from desktop.core.db import open_database
    from desktop.core.paths import database_url
    from desktop.ui.printing.job import PrintJob, write_pdf

    app = QGuiApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        open_database(database_url(Path(folder)))
        pks = _populate(args.orders)
        out = Path(folder) / "checklists.pdf"
        for kind in ("checklists", "picklist", "packing_lists"):
            start = time.perf_counter()
            pages = write_pdf(out, PrintJob(kind, pks, args.size, args.per_page))
            seconds = time.perf_counter() - start
            # Timed without tracemalloc (it slows Python code by a third); the heap peak is a
            # second run of the same job.
            tracemalloc.start()
            write_pdf(out, PrintJob(kind, pks, args.size, args.per_page))
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(
                f"{kind:<14} {len(pks)} orders, {args.size} x{args.per_page}: {seconds:6.2f} s, {pages} pages, "
                f"{out.stat().st_size / 1e6:5.1f} MB PDF, peak Python heap {peak / 1e6:6.1f} MB, "
                f"process peak RSS so far {_rss_mb():.0f} MB"
            )
    del app


if __name__ == "__main__":
    main()
