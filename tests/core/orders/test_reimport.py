"""A later export updates what the marketplace owns and never what the seller wrote."""

from __future__ import annotations

from pathlib import Path

from desktop.core.models import Order
from desktop.core.orders.importer import import_file


def test_update_keeps_seller_fields(data_dir: Path, samples: Path, tmp_path: Path) -> None:
    source = samples / "amazon_us_order_report_20241130.txt"
    import_file(source)
    order = Order.get(Order.order_id == "114-5474680-7111014")
    order.seller_note = "fragile, double box"
    order.workflow_status = "problem"
    order.save()

    header, *rows = source.read_text(encoding="utf-8").splitlines()
    changed = [r.replace("\tStandard\t", "\tExpedited\t", 1) if r.startswith("114-5474680-7111014") else r for r in rows]
    newer = tmp_path / "amazon_newer.txt"
    newer.write_text("\n".join([header, *changed]) + "\n", encoding="utf-8")
    result = import_file(newer)
    assert result.orders_updated == 1 and result.orders_created == 0
    assert result.orders_unchanged == 99

    order = Order.get(Order.order_id == "114-5474680-7111014")
    assert order.shipping_service == "Expedited"
    assert order.seller_note == "fragile, double box"
    assert order.workflow_status == "problem"
