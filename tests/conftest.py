"""Shared fixtures: a fresh database per test, the shared samples, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt must not pick up a developer's settings or translations during tests.
os.environ.setdefault("SELLER_DESK_TEST", "1")

REPO = Path(__file__).resolve().parents[1]


def _find_samples() -> Path:
    for candidate in (REPO.parent / "shared" / "samples", REPO / "resources" / "samples"):
        if candidate.is_dir() and any(candidate.glob("*.xlsx")):
            return candidate
    raise RuntimeError("shared sample exports not found")


SAMPLES = _find_samples()


@pytest.fixture
def samples() -> Path:
    return SAMPLES


# Set to a PostgreSQL URL (as .ci/run does) to run the same tests against a server database:
# every test then starts on an empty schema, and commands the tests start use it too.
SERVER_URL = os.environ.get("SELLER_DESK_TEST_DATABASE_URL", "")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: reads or writes the SQLite file itself")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not SERVER_URL:
        return
    skip = pytest.mark.skip(reason="about the embedded SQLite file, not a server database")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


def _empty_server_database(url: str) -> None:
    import peewee
    from playhouse.db_url import connect

    server = connect(url)
    try:
        server.execute_sql("DROP SCHEMA public CASCADE")
        server.execute_sql("CREATE SCHEMA public")
    except peewee.DatabaseError:
        server.rollback()
        raise
    finally:
        server.close()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty data folder with its database open."""
    from desktop.core.db import close_database, open_database
    from desktop.core.paths import ENV_DATABASE_URL, database_url

    folder = tmp_path / "data"
    folder.mkdir()
    if SERVER_URL:
        _empty_server_database(SERVER_URL)
        monkeypatch.setenv(ENV_DATABASE_URL, SERVER_URL)
    open_database(database_url(folder))
    yield folder
    close_database()


@pytest.fixture
def db(data_dir: Path) -> Path:
    return data_dir


@pytest.fixture
def imported(data_dir: Path) -> Path:
    """A data folder holding every shared sample."""
    from desktop.core.orders.importer import import_file

    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in {".xlsx", ".csv", ".txt"}:
            import_file(path)
    return data_dir


@pytest.fixture
def order_factory(data_dir: Path):  # type: ignore[no-untyped-def]
    """order_factory(marketplace, shop name, **defaults) -> make(order_id, lines, **fields) -> pk.

    Lines are (sku, title, variant, quantity) tuples.
    """
    from decimal import Decimal

    from desktop.core.models import Order, OrderLine, Shop

    def factory(marketplace: str, shop_name: str, **defaults: object):  # type: ignore[no-untyped-def]
        shop = Shop.create(marketplace=marketplace, name=shop_name)

        def make(order_id: str, lines: list[tuple[str, str, str, int]], **fields: object) -> int:
            values = {"marketplace": marketplace, "total": Decimal("20.00"), **defaults, **fields}
            order = Order.create(order_id=order_id, shop=shop, **values)
            for position, (sku, title, variant, quantity) in enumerate(lines):
                OrderLine.create(
                    order=order, position=position, sku=sku, title=title, variant=variant, quantity=quantity
                )
            return int(order.get_id())

        return make

    return factory


@pytest.fixture
def make_vase_order(data_dir: Path):  # type: ignore[no-untyped-def]
    """make(**fields) -> pk: a shipped eBay order of a Spanish buyer, two blue vases."""
    from datetime import UTC, datetime

    from desktop.core.models import Order, OrderLine, Shop

    def make(**fields: object) -> int:
        shop = Shop.get_or_none(Shop.name == "Vase Studio") or Shop.create(marketplace="ebay", name="Vase Studio")
        values: dict[str, object] = {
            "marketplace": "ebay", "order_id": f"12-{Order.select().count():05d}-00001", "shop": shop,
            "buyer_name": "Javier Martínez Ruiz", "country": "ES", "region": "Madrid", "city": "Madrid",
            "address1": "Calle de Alcalá 42", "postcode": "28014", "currency": "EUR", "total": "39.90",
            "carrier": "Correos", "tracking_number": "LZ123456789CN",
            "shipped_at": datetime(2024, 11, 20, 8, 0, tzinfo=UTC), "workflow_status": "shipped",
            "quantity_total": 2,
        }  # fmt: skip
        values.update(fields)
        order = Order.create(**values)
        OrderLine.create(order=order, position=1, title="Ceramic vase", variant="Blue", quantity=2, sku="VASE-B")
        return int(order.id)

    return make


@pytest.fixture
def many_orders_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    """many_orders_file(count) -> path: the Amazon sample's rows again and again under new order
    ids, one row per order (a file as large as a test needs)."""
    header, *rows = (SAMPLES / "amazon_us_order_report_20241130.txt").read_text(encoding="utf-8").splitlines()

    def make(count: int) -> Path:
        lines = [header]
        for number in range(count):
            cells = rows[number % len(rows)].split("\t")
            cells[0] = f"114-{number:07d}-0000000"
            lines.append("\t".join(cells))
        path = tmp_path / f"amazon_{count}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return make


@pytest.fixture
def order_indexes():  # type: ignore[no-untyped-def]
    """order_indexes() -> the order table's indexes as SQLite's catalogue holds them."""
    from desktop.core.models import database_proxy

    def read() -> set[tuple[str, str]]:
        rows = database_proxy.obj.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL"
        ).fetchall()
        return set(rows)

    return read
