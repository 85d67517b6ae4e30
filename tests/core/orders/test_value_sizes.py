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
