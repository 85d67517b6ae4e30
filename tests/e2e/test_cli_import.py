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


def test_header_only_file_is_zero_orders_not_a_failure(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    path = tmp_path / "Unshipped.txt"
    path.write_text("order-id\torder-item-id\tpurchase-date\tquantity-purchased\tquantity-to-ship\tship-service-level\trecipient-name\tship-postal-code\n")
    result = run("--data-dir", data, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "0 orders in this file" in result.stdout


def test_unknown_layout_lists_headers_then_mapping_imports(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    path = tmp_path / "주문내역.csv"
    path.write_text("주문코드,고객,국가,상품,수량,금액\nK-1,이서연,대한민국,머그컵,2,25800\n", encoding="utf-8")
    result = run("--data-dir", data, "import", str(path), "--json")
    assert result.returncode == 1
    failure = json.loads(result.stdout)["files"][0]
    assert failure["error"] == "unknown_layout" and failure["headers"][:2] == ["주문코드", "고객"]
    assert "--mapping" in failure["how_to_map"]
    plain = run("--data-dir", data, "import", str(path))
    assert "주문코드 | 고객 | 국가" in plain.stderr and "--mapping NAME" in plain.stderr

    # A mapping saved (as the window's dialog does), then used by name.
    code = (
        "import sys; from desktop.core.db import open_database; from desktop.core.paths import database_url;"
        "from pathlib import Path; open_database(database_url(Path(sys.argv[1])));"
        "from desktop.core.orders.saved_mappings import save_mapping;"
        "save_mapping('Korean shop', 'other', ['주문코드','고객','국가','상품','수량','금액'],"
        "{'order_id': 0, 'buyer_name': 1, 'country': 2, 'title': 3, 'quantity': 4, 'total': 5})"
    )
    subprocess.run([sys.executable, "-c", code, data], check=True, cwd=REPO, timeout=120)
    other = tmp_path / "columns-moved.csv"
    other.write_text("고객,주문코드,금액,수량,상품,국가\n박지훈,K-2,12900,1,접시,대한민국\n", encoding="utf-8")
    mapped = run("--data-dir", data, "import", str(other), "--mapping", "Korean shop", "--json")
    assert mapped.returncode == 0, mapped.stderr
    report = json.loads(mapped.stdout)["files"][0]
    assert (report["layout"], report["orders_created"]) == ("Korean shop", 1)
    order = json.loads(run("--data-dir", data, "orders", "--json").stdout)[0]
    assert (order["order_id"], order["country"], order["total"], order["currency"]) == ("K-2", "KR", "12900", "KRW")
    missing = run("--data-dir", data, "import", str(other), "--mapping", "Nope", "--json")
    assert missing.returncode == 1 and "Korean shop" in json.loads(missing.stdout)["files"][0]["message"]


def test_mapping_from_a_layout_file(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    layout = tmp_path / "mein-shop.json"
    layout.write_text(json.dumps({
        "name": "Mein Shop", "currency": "EUR", "locale": "de_DE",
        "fields": {"order_id": ["Bestellnummer"], "buyer_name": ["Kunde"], "country": ["Land"],
                   "sku": ["Artikelnummer"], "quantity": ["Menge"], "unit_price": ["Einzelpreis"]},
    }))
    path = tmp_path / "export.csv"
    path.write_text("Bestellnummer;Kunde;Land;Artikelnummer;Menge;Einzelpreis\nB-1;Mia;Deutschland;MUG-1;2;1.234,50\n", encoding="utf-8")
    result = run("--data-dir", data, "import", str(path), "--mapping", str(layout), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["layout"] == "Mein Shop"
    order = json.loads(run("--data-dir", data, "orders", "--json").stdout)[0]
    assert (order["country"], order["currency"], order["total"]) == ("DE", "EUR", "2469.00")
    assert order["items"][0]["unit_price"] == "1234.50"
