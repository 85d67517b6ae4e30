from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

MakeOrder = Callable[..., int]


@pytest.fixture
def make_order(order_factory: Any) -> MakeOrder:
    """Insert an order with lines [(sku, title, variant, quantity)]; returns its database id."""
    return order_factory("shopee", "Lucky Cat Store", buyer_name="Ana Pérez", country="ES", currency="EUR")  # type: ignore[no-any-return]
