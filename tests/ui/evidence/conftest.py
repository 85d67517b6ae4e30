"""Qt Multimedia's FFmpeg backend logs hardware probing at warning level on machines without
a GPU; those lines say nothing about our code."""

from __future__ import annotations

import pytest

MULTIMEDIA_NOISE = (
    r"Couldn't (resolve|load) va",
    r"No HW decoder found",
    r"No RHI backend",
    r"Using Qt multimedia with FFmpeg",
    r"Recording new media with muxer",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/evidence" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE))


@pytest.fixture
def order_pk(data_dir):
    from desktop.core.evidence.store import pk
    from desktop.core.models import Order, OrderLine, Shop

    shop = Shop.create(marketplace="shopee", name="Lucky Cat Store")
    order = Order.create(
        marketplace="shopee", order_id="2411290AB7K", shop=shop, buyer_name="李小龙", country="MY",
        currency="MYR", total="88.50", fragile=True,
    )  # fmt: skip
    OrderLine.create(order=order, position=1, sku="CAT-MUG-01", title="Lucky cat mug", quantity=2)
    return pk(order)
