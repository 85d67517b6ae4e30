"""Benchmark: a 100,000-order Shopee-like xlsx (about 118,000 lines, 54 columns).

Reports, in one run, the time python-calamine alone takes to read the file and the time and
peak memory of a full `seller-desk import`. Target: import within 2x the raw read, peak
memory under 600 MB.   Run:  python3 tests/bench/bench_import.py [ORDERS]

The raw read runs in a child process like the import does (interpreter start included), once
before and once after the import; the faster of the two is the reference, so that a machine
busy with other work at one moment skews the ratio less. Peak memory of each child is its own
(ru_maxrss read in the child). CPU seconds of both are printed too: on a shared machine
they are steadier than wall time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from shopee_like import cached_export

RAW_READ = """
import json, resource, sys, time
started = time.perf_counter()
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "rows": len(rows) - 1, "columns": len(rows[0]),
                  "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}))
"""

IMPORT = """
import json, resource, sys, time
started = time.perf_counter()
from desktop.cli import main
code = main(["--data-dir", sys.argv[2], "import", sys.argv[1]])
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - started, "code": code,
                  "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}))
"""


def _child(script: str, *args: str) -> tuple[dict[str, float], str]:
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise SystemExit(result.stderr[-2000:])
    return json.loads(lines[-1]), "\n".join(lines[:-1])


def main() -> None:
    orders = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = cached_export(orders)
    first, _ = _child(RAW_READ, str(path))
    with tempfile.TemporaryDirectory() as data_dir:
        imported, output = _child(IMPORT, str(path), data_dir)
        again, _ = _child(IMPORT, str(path), data_dir)
    second, _ = _child(RAW_READ, str(path))
    raw = min(first["seconds"], second["seconds"])
    print(output.splitlines()[0] if output else "")
    print(f"python-calamine read alone: {raw:.2f} s ({first['seconds']:.2f} / {second['seconds']:.2f}; "
          f"{int(first['rows'])} rows x {int(first['columns'])} columns), peak {first['peak_mb']:.0f} MB")
    print(f"full seller-desk import:    {imported['seconds']:.2f} s = {imported['seconds'] / raw:.2f}x the raw read (target <= 2x)")
    raw_cpu = min(first["cpu"], second["cpu"])
    # CPU seconds suffer less than wall time when other work shares the machine.
    print(f"CPU time: raw read {raw_cpu:.2f} s, import {imported['cpu']:.2f} s = {imported['cpu'] / raw_cpu:.2f}x")
    print(f"peak memory of the import:  {imported['peak_mb']:.0f} MB (target < 600 MB)")
    print(f"re-import of the same file (all unchanged): {again['seconds']:.2f} s, peak {again['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
