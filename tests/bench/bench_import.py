"""Benchmark: a 100,000-order Shopee-like xlsx (about 118,000 lines, 54 columns).

Reports, in one run, the time python-calamine alone takes to read the file and the time and
peak memory of a full `seller-desk import`. Target: import within 2x the raw read, peak
memory under 600 MB.   Run:  python3 tests/bench/bench_import.py [ORDERS]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from python_calamine import CalamineWorkbook

sys.path.insert(0, str(Path(__file__).parent))
from shopee_like import generate

CACHE = Path(tempfile.gettempdir()) / "seller-desk-bench"


def main() -> None:
    orders = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"shopee_{orders}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        lines = generate(path, orders)
        print(f"generated {path.name}: {orders} orders, {lines} lines in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    raw = time.perf_counter() - started
    print(f"python-calamine read alone: {raw:.2f} s ({len(rows) - 1} rows x {len(rows[0])} columns)")
    del rows
    with tempfile.TemporaryDirectory() as data_dir:
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", data_dir, "import", str(path)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        full = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(result.stdout.strip().splitlines()[0] if result.stdout else result.stderr[-500:])
        print(f"full seller-desk import: {full:.2f} s = {full / raw:.2f}x the raw read (target <= 2x)")
        print(f"peak memory of the import process: {peak_mb:.0f} MB (target < 600 MB)")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", data_dir, "import", str(path)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        print(f"re-import of the same file (all unchanged): {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
