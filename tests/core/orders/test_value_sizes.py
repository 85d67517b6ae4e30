"""A value longer than its column keeps skips its order with the reason (a server database
refuses it; SQLite would store it): never a failed file, never a value cut short."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.core.models import Order
from desktop.core.orders.importer import import_file


def test_an_overlong_value_skips_only_its_order(data_dir: Path, samples: Path, tmp_path: Path) -> None:
    with (samples / "shopify_orders_export_1.csv").open(newline="", encoding="utf-8-sig") as handle:
        header, *rows = list(csv.reader(handle))
    tracking = header.index("Tracking Number") if "Tracking Number" in header else None
    column = tracking if tracking is not None else header.index("Shipping Method")
    first = rows[0][0]
    for row in rows:
        if row[0] == first:
            row[column] = "X" * 5000
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    result = import_file(path)
    assert any("characters long" in reason for _row, reason in result.skipped)
    assert not Order.select().where(Order.order_id == first).exists()
    assert Order.select().count() == len({r[0] for r in rows}) - 1


def _with_long_cell(samples: Path, tmp_path: Path, column_name: str) -> tuple[Path, str, int]:
    with (samples / "shopify_orders_export_1.csv").open(newline="", encoding="utf-8-sig") as handle:
        header, *rows = list(csv.reader(handle))
    column = header.index(column_name)
    first = rows[0][0]
    rows[0][column] = "Y" * 300
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path, first, len({r[0] for r in rows})


def test_an_overlong_status_or_line_sku_skips_only_its_order(data_dir: Path, samples: Path, tmp_path: Path) -> None:
    # The status is stored under another name than it is read with, and the SKU sits on a line:
    # both are held to their column's size like the order's own texts.
    for column_name, field_words in (("Fulfillment Status", "marketplace status"), ("Lineitem sku", "sku")):
        path, first, orders = _with_long_cell(samples, tmp_path, column_name)
        Order.delete().execute()
        result = import_file(path)
        assert any(f"the {field_words} is 300 characters long" in reason for _row, reason in result.skipped), result.skipped
        assert not Order.select().where(Order.order_id == first).exists()
        assert Order.select().count() == orders - 1
