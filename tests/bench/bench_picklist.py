"""Benchmark: a pick list where one SKU is in every order (its row runs over many pages),
side by side with the same number of orders each with its own SKU (one short row each).

Run by hand:  python3 tests/bench/bench_picklist.py [--orders 5000]
Prints seconds and pages per paper size, and checks every order number is in the PDF text."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _populate(count: int, shared: bool) -> list[int]:
    from desktop.core.models import Order, OrderLine, database_proxy

    pks = []
    with database_proxy.atomic():
        for n in range(count):
            order = Order.create(marketplace="shopee", order_id=f"{'S' if shared else 'D'}2411{n:08d}")
            sku = "MUG-BLK" if shared else f"SKU-{n:06d}"
            OrderLine.create(order=order, position=0, sku=sku, title="Black mug", quantity=1)
            pks.append(int(order.get_id()))
    return pks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=5000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop.core.db import open_database
    from desktop.core.paths import database_url
    from desktop.ui.printing.job import PrintJob, write_pdf

    folder = Path(tempfile.mkdtemp(prefix="bench-pick-"))
    open_database(database_url(folder))
    cases = {"one SKU in every order": _populate(args.orders, True),
             "reference: one SKU per order": _populate(args.orders, False)}  # fmt: skip
    print(f"{args.orders} orders")
    for paper in ("a4", "letter", "4x6"):
        for name, pks in cases.items():
            out = folder / f"{paper}-{len(name)}.pdf"
            started = time.perf_counter()
            pages = write_pdf(out, PrintJob("picklist", pks, paper=paper))
            seconds = time.perf_counter() - started
            found = "?"
            if shutil.which("pdftotext"):
                text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
                found = str(len(set(re.findall(r"[SD]2411\d{8}", text))))
            print(f"  {paper:<6} {name:<30} {seconds:6.2f} s  {pages:4d} pages  {found} order numbers")
    del app
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
