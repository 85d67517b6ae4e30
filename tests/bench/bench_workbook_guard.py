"""Benchmark: what the pre-parse safety scan of an xlsx costs, beside the parse itself.

Run:  python3 tests/bench/bench_workbook_guard.py [ORDERS]   (default 100,000 orders)"""

from __future__ import annotations

import sys
import time
import zipfile
from pathlib import Path

from python_calamine import CalamineWorkbook

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[2]))
from shopee_like import cached_export

from desktop.core.orders.workbook_guard import check_xlsx


def main() -> None:
    orders = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = cached_export(orders)
    started = time.perf_counter()
    with zipfile.ZipFile(path) as archive:
        check_xlsx(archive)
    scan = time.perf_counter() - started
    started = time.perf_counter()
    CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    parse = time.perf_counter() - started
    print(f"{path.name} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"safety scan: {scan:.2f} s   calamine parse (reference): {parse:.2f} s   ratio {scan / parse:.2f}")


if __name__ == "__main__":
    main()
