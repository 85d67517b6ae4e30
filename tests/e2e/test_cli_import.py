"""The command line as automation uses it: exit codes and JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=REPO, timeout=300
    )


def test_import_and_list_orders(tmp_path: Path, samples: Path) -> None:
    data = str(tmp_path / "data")
    files = [str(samples / "ebay_orders_report_Nov-30-2024.csv"), str(samples / "mercadolibre_Ventas_MX_2024-11.xlsx")]
    result = run("--data-dir", data, "import", *files, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["files"]
    assert [f["marketplace"] for f in report] == ["ebay", "mercadolibre"]
    ebay = report[0]
    assert (ebay["orders_created"], ebay["items"], ebay["rows_skipped"]) == (61, 91, 2)
    assert set(ebay) >= {"file", "marketplace", "orders_created", "orders_updated", "orders_unchanged", "items", "rows_skipped", "warnings"}

    again = json.loads(run("--data-dir", data, "import", files[0], "--json").stdout)["files"][0]
    assert (again["orders_created"], again["orders_unchanged"]) == (0, 61)

    listed = run("--data-dir", data, "orders", "--marketplace", "mercadolibre", "--search", "2000008881894073", "--json")
    orders = json.loads(listed.stdout)
    assert len(orders) == 1
    order = orders[0]
    assert set(order) >= {
        "marketplace", "order_id", "status", "buyer_name", "buyer_username", "country", "city", "postcode",
        "phone", "tracking_number", "carrier", "currency", "total", "ordered_at", "buyer_note", "items",
    }  # fmt: skip
    assert order["country"] == "MX" and order["total"] == "886" and order["currency"] == "MXN"
    assert order["buyer_username"] is None
    assert {"sku", "title", "variant", "quantity", "unit_price"} <= set(order["items"][0])


def test_failed_file_exits_non_zero_and_changes_nothing(tmp_path: Path, samples: Path) -> None:
    data = str(tmp_path / "data")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = run("--data-dir", data, "import", str(samples / "shopify_orders_export_1.csv"), str(empty), "--json")
    assert result.returncode != 0
    report = json.loads(result.stdout)["files"]
    assert report[0]["orders_created"] == 80
    assert report[1]["error"] == "empty_file" and report[1]["file"] == "empty.csv" and report[1]["message"]
    orders = json.loads(run("--data-dir", data, "orders", "--json").stdout)
    assert len(orders) == 80


def test_data_dir_from_environment(tmp_path: Path, samples: Path) -> None:
    env_dir = tmp_path / "from-env"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "import", str(samples / "amazon_us_order_report_20241130.txt")],
        capture_output=True, text=True, cwd=REPO, timeout=300,
        env={"SELLER_DESK_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (env_dir / "seller-desk.db").exists()
