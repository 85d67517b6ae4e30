"""Two Seller Desks writing to one data folder wait their turn instead of failing."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # the embedded database file itself

COPIES = 40  # 80 orders each: an import that holds the write lock for a second or two


def cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]


@pytest.fixture
def big_export(tmp_path: Path, samples: Path) -> Path:
    with (samples / "shopify_orders_export_1.csv").open(newline="", encoding="utf-8-sig") as handle:
        header, *rows = list(csv.reader(handle))
    path = tmp_path / "shopify_big.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for copy in range(COPIES):
            for row in rows:
                writer.writerow([f"#{copy:03d}-{row[0].lstrip('#')}", *row[1:]])
    return path


def test_two_imports_at_once_both_land(tmp_path: Path, samples: Path, big_export: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(cli(data, "orders"), check=True, capture_output=True)  # create the database
    first = subprocess.Popen(cli(data, "import", str(big_export), "--json"), stdout=subprocess.PIPE, text=True)
    second = subprocess.run(
        cli(data, "import", str(samples / "ebay_orders_report_Nov-30-2024.csv"), "--json"),
        capture_output=True, text=True, timeout=300,
    )
    out, _ = first.communicate(timeout=300)
    assert first.returncode == 0
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert json.loads(out)["files"][0]["orders_created"] > 0
    assert json.loads(second.stdout)["files"][0]["orders_created"] > 0
    listed = json.loads(subprocess.run(cli(data, "orders", "--json"), capture_output=True, text=True, check=True).stdout)
    marketplaces = {o["marketplace"] for o in listed}
    assert {"shopify", "ebay"} <= marketplaces


def test_a_busy_database_is_explained_not_a_traceback(tmp_path: Path, samples: Path) -> None:
    """A writer that holds the lock longer than the command waits gets a sentence, not a trace."""
    import sqlite3

    data = tmp_path / "data"
    subprocess.run(cli(data, "orders"), check=True, capture_output=True)
    holder = sqlite3.connect(data / "seller-desk.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = subprocess.run(
            [sys.executable, "-c",
             "import desktop.core.db as d, sys; d.COMMAND_BUSY_TIMEOUT_MS = 300; "
             "from desktop.cli import main; sys.exit(main(sys.argv[1:]))",
             "--data-dir", str(data), "import", str(samples / "shopify_orders_export_1.csv")],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 75, result.stderr
    assert "Traceback" not in result.stderr
    assert "busy" in result.stderr
