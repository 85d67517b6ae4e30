from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.evidence.store import EvidenceStore, pk
from desktop.core.models import Order, Shop


@pytest.fixture
def store(data_dir: Path) -> EvidenceStore:
    return EvidenceStore(data_dir)


@pytest.fixture
def order_pk(data_dir: Path) -> int:
    shop = Shop.create(marketplace="shopee", name="Lucky Cat Store")
    order = Order.create(
        marketplace="shopee", order_id="2411290AB7K", shop=shop, buyer_name="李小龙", country="MY",
        currency="MYR", total="88.50",
    )  # fmt: skip
    return pk(order)


@pytest.fixture
def other_order_pk(data_dir: Path) -> int:
    return pk(Order.create(marketplace="ebay", order_id="12-34567-89012"))
