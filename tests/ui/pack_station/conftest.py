from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from desktop.core.models import Order, OrderLine, Shop
from desktop.ui.pyside_workarounds import keep_none_alive

keep_none_alive()


@pytest.fixture
def make_order(data_dir: object) -> Callable[..., int]:
    shop = Shop.create(marketplace="shopee", name="Shopee")

    def make(order_id: str, lines: list[tuple[str, str, str, int]], **fields: Any) -> int:
        fields.setdefault("marketplace", "shopee")
        fields.setdefault("total", Decimal("20.00"))
        order = Order.create(order_id=order_id, shop=shop, **fields)
        for position, (sku, title, variant, quantity) in enumerate(lines):
            OrderLine.create(
                order=order,
                position=position,
                sku=sku,
                title=title,
                variant=variant,
                quantity=quantity,
            )
        return int(order.get_id())

    return make
