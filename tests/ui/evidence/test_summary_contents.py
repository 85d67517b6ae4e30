"""The dispute summary PDF says where the parcel went, what was in it and what was scanned."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.evidence.store import EvidenceStore
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.evidence.timeline import order_summary
from desktop.core.models import Order, OrderLine
from desktop.core.packing.bench import PackBench
from desktop.ui.evidence.pdf import summary_pdf


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_summary_has_address_items_packer_and_scan_log(qapp, data_dir: Path, order_pk: int, tmp_path: Path) -> None:
    Order.update(
        address1="12 Jalan Bukit Bintang", city="Kuala Lumpur", postcode="55100",
        carrier="SPX Express", tracking_number="SPXMY0001",
    ).where(Order.id == order_pk).execute()  # fmt: skip
    OrderLine.create(order=order_pk, position=0, sku="MUG-RED", title="Ceramic mug", quantity=1)
    bench = PackBench(packer="Mei", station="bench-1", clock=lambda: datetime(2024, 12, 2, 8, 0, tzinfo=UTC))
    for code in ("SPXMY0001", "PLATE-9", "MUG-RED", "CAT-MUG-01", "CAT-MUG-01", "SPXMY0001"):
        bench.scan(code)
    store = EvidenceStore(data_dir)
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(summary_pdf(order_summary(order_pk, store, ThumbnailCache(tmp_path / "t"))))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    for wanted in (
        "12 Jalan Bukit Bintang", "55100 Kuala Lumpur", "Ceramic mug", "SPX Express",
        "SPXMY0001", "by Mei", "Pack station scan log", "PLATE-9", "wrong", "label", "bench-1",
    ):  # fmt: skip
        assert wanted in text, wanted
