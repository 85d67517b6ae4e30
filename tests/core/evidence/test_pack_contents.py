"""What a dispute pack carries: address, items, carrier, packer, scan log, weight, and copies
that fit the marketplace's upload limits beside the untouched originals."""

from __future__ import annotations

import json
import random
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from desktop.core.evidence.pack import build_dispute_pack
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.evidence.timeline import checklist_text, order_summary
from desktop.core.evidence.upload import SHOPEE, UploadLimit, limit_for
from desktop.core.evidence.verify import verify_pack
from desktop.core.models import Order, OrderLine
from desktop.core.packing.bench import PackBench
from tests.core.evidence.media import mp4

FOLDER = "shopee-2411290AB7K"


def _noisy_photo(path: Path, size: tuple[int, int] = (1600, 1200)) -> Path:
    rng = random.Random(7)
    image = Image.new("RGB", size)
    image.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(size[0] * size[1])])
    image.save(path, "PNG")
    return path


def _packed(order_pk: int) -> None:
    Order.update(
        address1="12 Jalan Bukit Bintang", city="Kuala Lumpur", postcode="55100",
        carrier="SPX Express", tracking_number="SPXMY0001",
    ).where(Order.id == order_pk).execute()  # fmt: skip
    OrderLine.create(order=order_pk, position=0, sku="MUG-RED", title="Ceramic mug", variant="Red", quantity=2)
    bench = PackBench(packer="Mei", station="bench-1", clock=lambda: datetime(2024, 12, 2, 8, 0, tzinfo=UTC))
    for code in ("2411290AB7K", "MUG-RED", "PLATE", "MUG-RED", "SPXMY0001"):
        bench.scan(code)


def test_pack_carries_scan_log_address_items_carrier_and_packer(
    store, order_pk: int, tmp_path: Path
) -> None:
    _packed(order_pk)
    summary = order_summary(order_pk, store, ThumbnailCache(store.root / "thumbs"))
    assert summary.ship_to == ("李小龙", "12 Jalan Bukit Bintang", "55100 Kuala Lumpur", "Malaysia")
    assert summary.packed_by == "Mei" and summary.tracking == "SPXMY0001"
    assert [e.result for e in summary.scan_log] == [
        "opened", "accepted", "wrong", "accepted", "completed", "label",
    ]  # fmt: skip
    assert summary.weight is None  # no export said: unknown, never 0
    text = checklist_text(summary)
    assert "Ship to: 李小龙, 12 Jalan Bukit Bintang" in text and "wrong PLATE" in text
    result = build_dispute_pack([order_pk], tmp_path / "pack.zip", store, ThumbnailCache(store.root / "t"))
    with zipfile.ZipFile(result.path) as zf:
        log = json.loads(zf.read(f"{FOLDER}/scan_log.json"))
        csv_text = zf.read(f"{FOLDER}/scan_log.csv").decode("utf-8-sig")
        order = json.loads(zf.read(f"{FOLDER}/order.json"))
    assert [row["result"] for row in log][:3] == ["opened", "accepted", "wrong"]
    assert {row["packer"] for row in log} == {"Mei"} and log[0]["station"] == "bench-1"
    assert "PLATE" in csv_text
    assert order["ship_to"][1] == "12 Jalan Bukit Bintang" and order["weight"] is None
    assert order["items"] == [{"sku": "MUG-RED", "title": "Ceramic mug / Red", "quantity": 2}]
    assert order["packed_by"] == "Mei" and order["carrier"] == "SPX Express"
    assert verify_pack(result.path).ok


def test_photos_over_the_limit_get_an_upload_copy_and_long_videos_a_note(
    store, order_pk: int, tmp_path: Path
) -> None:
    big = store.add(order_pk, _noisy_photo(tmp_path / "big.png"), "contents").item
    store.add(order_pk, mp4(tmp_path / "packing.mp4", seconds=90), "outer_packing")
    assert big.size > 2_000_000
    limit = UploadLimit(photo_bytes=400_000, video_bytes=30 * 1024 * 1024, video_seconds=60, verified=True)
    result = build_dispute_pack(
        [order_pk], tmp_path / "pack.zip", store, ThumbnailCache(store.root / "t"), upload_limit=limit
    )
    with zipfile.ZipFile(result.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
        notes = zf.read(f"{FOLDER}/upload/NOTES.txt").decode()
        by_path = {e["path"]: e for e in manifest["files"]}
        copies = [e for e in manifest["files"] if e.get("kind") == "upload_copy"]
        assert len(copies) == 1
        copy = copies[0]
        assert copy["size"] <= 400_000 and zf.read(copy["path"])[:3] == b"\xff\xd8\xff"
        original = by_path[copy["copy_of"]]
        assert original["size"] == big.size and original["original_sha256"] == big.sha256
    assert any("/evidence/" in n and n.endswith(".png") for n in names)  # the original stays
    assert "90 s" in notes and "60 s" in notes
    assert any("90 s" in n for n in result.notes)
    assert verify_pack(result.path).ok  # the manifest seals originals and copies alike
    assert limit_for("shopee") is SHOPEE and SHOPEE.photo_bytes == 10 * 1024 * 1024
