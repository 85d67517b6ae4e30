"""Benchmark: the main window over 100,000 orders.

Reports launch to first painted table, time per search keystroke (median and worst; target
median < 50 ms), sort by buyer and by total (target < 150 ms), resident memory (< 400 MB).
Run:  QT_QPA_PLATFORM=offscreen python3 tests/bench/bench_table.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from shopee_like import generate

CACHE = Path(tempfile.gettempdir()) / "seller-desk-bench"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def prepared_data_dir(orders: int) -> Path:
    data_dir = CACHE / f"table_{orders}"
    if (data_dir / "seller-desk.db").exists():
        return data_dir
    export = CACHE / f"shopee_{orders}.xlsx"
    if not export.exists():
        CACHE.mkdir(exist_ok=True)
        generate(export, orders)
    shutil.rmtree(data_dir, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "import", str(export)], check=True)
    return data_dir


def main() -> None:
    orders = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data_dir = prepared_data_dir(orders)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop.app import build_main_window
    from desktop.ui.orders.columns import COLUMNS

    started = time.perf_counter()
    window = build_main_window(data_dir)
    window.sidebar.select_key("all")
    window.show()
    app.processEvents()
    window.table.viewport().grab()  # forces the first paint of the visible rows
    launch = time.perf_counter() - started
    print(f"orders in view: {window.model.rowCount()}")
    print(f"launch to first painted table: {launch * 1000:.0f} ms")

    timings = []
    for query in ("Wong Jun", "黄佩琪", "SPXMY12", "ณัฐพล", "user9999"):
        for length in range(1, len(query) + 1):
            window.search_bar.search.setText(query[:length])
            started = time.perf_counter()
            window.search_bar._now()  # what the debounce timer fires
            window.table.viewport().grab()
            timings.append(time.perf_counter() - started)
        window.search_bar.search.setText("")
        window.search_bar._now()
    print(
        f"search per keystroke: median {statistics.median(timings) * 1000:.1f} ms, "
        f"worst {max(timings) * 1000:.1f} ms over {len(timings)} keystrokes (target median < 50 ms)"
    )
    for key in ("buyer", "total"):
        column = next(i for i, c in enumerate(COLUMNS) if c.key == key)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            started = time.perf_counter()
            window.model.sort(column, order)
            window.table.viewport().grab()
            print(f"sort by {key} {order.name}: {(time.perf_counter() - started) * 1000:.0f} ms (target < 150 ms)")
    print(f"resident memory: {rss_mb():.0f} MB (target < 400 MB)")
    window.close()


if __name__ == "__main__":
    main()
