from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.core.models import Order, OrderLine, Shop
from desktop.ui.replies.services import RepliesServices
from desktop.ui.settings_store import Settings

# 02:10 UTC on 1 December 2024: 03:10 at night in Madrid.
NOW = datetime(2024, 12, 1, 2, 10, tzinfo=UTC)


@pytest.fixture
def services(data_dir: Path) -> RepliesServices:
    settings = Settings(data_dir / "settings.ini")
    settings.set("seller/signature", "Lin · Vase Studio")
    settings.set("seller/language", "zh_CN")
    return RepliesServices(settings, now=lambda: NOW)


@pytest.fixture
def make_order(data_dir: Path) -> Callable[..., int]:
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
        return int(order.id)

    return make
