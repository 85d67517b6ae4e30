"""A large first import builds the order table's indexes after writing its orders: the table
ends with exactly the indexes it had, and an import that fails on the way leaves them too."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from desktop.core.models import Order, database_proxy
from desktop.core.orders import bulk_indexes
from desktop.core.orders.errors import Cancelled
from desktop.core.orders.importer import import_file

pytestmark = pytest.mark.sqlite_only  # SQLite's own catalogue; PostgreSQL keeps its indexes

ORDERS = bulk_indexes.MIN_NEW_ORDERS + 500


def _indexes() -> set[tuple[str, str]]:
    rows = database_proxy.obj.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL"
    ).fetchall()
    return set(rows)


def _many_orders(samples: Path, tmp_path: Path, count: int) -> Path:
    """The Amazon sample's rows again and again under new order ids, one row per order."""
    header, *rows = (samples / "amazon_us_order_report_20241130.txt").read_text(encoding="utf-8").splitlines()
    lines = [header]
    for number in range(count):
        cells = rows[number % len(rows)].split("\t")
        cells[0] = f"114-{number:07d}-0000000"
        lines.append("\t".join(cells))
    path = tmp_path / f"amazon_{count}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_large_first_import_ends_with_every_index(data_dir: Path, samples: Path, tmp_path: Path) -> None:
    before = _indexes()
    assert len(before) > 10
    result = import_file(_many_orders(samples, tmp_path, ORDERS))
    assert result.orders_created == ORDERS
    assert _indexes() == before
    # The rebuilt indexes answer like the ones written order by order.
    newest = Order.select(Order.order_id).order_by(Order.ordered_at.desc(), Order.id.desc()).first()
    assert newest is not None
    assert database_proxy.obj.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_large_import_that_fails_leaves_the_table_as_it_was(data_dir: Path, samples: Path, tmp_path: Path) -> None:
    import_file(samples / "amazon_us_order_report_20241130.txt")
    before, stored = _indexes(), Order.select().count()
    writing: list[bool] = []

    def progress(_fraction: float, stage: str) -> None:
        if stage == "writing":
            writing.append(True)

    # Cancelled after the first chunk was written, with the indexes set aside.
    with pytest.raises(Cancelled):
        import_file(
            _many_orders(samples, tmp_path, 6 * ORDERS), progress=progress, cancelled=lambda: len(writing) > 1
        )
    assert _indexes() == before
    assert Order.select().count() == stored


def test_only_a_large_import_into_a_smaller_table_rebuilds() -> None:
    sqlite = peewee.SqliteDatabase(":memory:")
    least = bulk_indexes.MIN_NEW_ORDERS
    assert bulk_indexes.worth_setting_aside(sqlite, least, 0)
    assert bulk_indexes.worth_setting_aside(sqlite, least, least)
    assert not bulk_indexes.worth_setting_aside(sqlite, least - 1, 0)
    assert not bulk_indexes.worth_setting_aside(sqlite, least, least + 1)
    # A server database would lock readers out while its indexes are away.
    assert not bulk_indexes.worth_setting_aside(peewee.PostgresqlDatabase("x"), 10 * least, 0)
