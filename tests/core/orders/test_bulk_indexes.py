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


def test_a_large_first_import_ends_with_every_index(data_dir: Path, many_orders_file, order_indexes) -> None:  # type: ignore[no-untyped-def]
    before = order_indexes()
    assert len(before) > 10
    result = import_file(many_orders_file(ORDERS))
    assert result.orders_created == ORDERS
    assert order_indexes() == before
    # The rebuilt indexes answer like the ones written order by order.
    newest = Order.select(Order.order_id).order_by(Order.ordered_at.desc(), Order.id.desc()).first()
    assert newest is not None
    assert database_proxy.obj.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_large_import_that_fails_leaves_the_table_as_it_was(data_dir: Path, samples: Path, many_orders_file, order_indexes) -> None:  # type: ignore[no-untyped-def]
    import_file(samples / "amazon_us_order_report_20241130.txt")
    before, stored = order_indexes(), Order.select().count()
    writing: list[bool] = []

    def progress(_fraction: float, stage: str) -> None:
        if stage == "writing":
            writing.append(True)

    # Cancelled after the first chunk was written, with the indexes set aside.
    with pytest.raises(Cancelled):
        import_file(
            many_orders_file(6 * ORDERS), progress=progress, cancelled=lambda: len(writing) > 1
        )
    assert order_indexes() == before
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
