from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def make_order(order_factory: Any) -> Callable[..., int]:
    return order_factory("lazada", "Lazada")  # type: ignore[no-any-return]
