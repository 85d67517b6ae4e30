from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.core.models import Order, OrderLine, Shop
from desktop.core.replies.catalogue import Catalogue, load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.keys import pk_of
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def composer(data_dir: Path, catalogue: Catalogue) -> Composer:
    return Composer(catalogue, Library(catalogue), ValueOptions(signature="Lin · Vase Studio"))


@pytest.fixture
def make_order(data_dir: Path) -> Any:
    def make(**fields: Any) -> int:
        shop = Shop.get_or_none(Shop.name == "Vase Studio") or Shop.create(
            marketplace="ebay", name="Vase Studio"
        )
        values: dict[str, Any] = {
            "marketplace": "ebay",
            "order_id": f"12-{Order.select().count():05d}-00001",
            "shop": shop,
            "buyer_name": "Javier Martínez Ruiz",
            "country": "ES",
            "region": "Madrid",
            "city": "Madrid",
            "address1": "Calle de Alcalá 42",
            "postcode": "28014",
            "currency": "EUR",
            "total": "39.90",
            "carrier": "Correos",
            "tracking_number": "LZ123456789CN",
            "shipped_at": datetime(2024, 11, 20, 8, 0, tzinfo=UTC),
            "workflow_status": "shipped",
            "quantity_total": 2,
        }
        values.update(fields)
        order = Order.create(**values)
        OrderLine.create(
            order=order, position=1, title="Ceramic vase", variant="Blue", quantity=2, sku="VASE-B"
        )
        return pk_of(order)

    return make
