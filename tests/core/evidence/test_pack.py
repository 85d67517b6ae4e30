"""Dispute packs: contents, manifest, GPS removed from copies, and offline verification."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.core.evidence.pack import Renderers, build_dispute_pack
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.evidence.verify import verify_pack, verify_store
from desktop.core.models import Order
from tests.core.evidence.media import has_gps, mp4, photo


def _pack(store, order_pks, target: Path, renderers: Renderers | None = None, **kw):
    return build_dispute_pack(order_pks, target, store, ThumbnailCache(store.root / "thumbs"), renderers, **kw)


@pytest.fixture
def evidence(store, order_pk, tmp_path: Path):
    store.add(order_pk, photo(tmp_path / "inner.jpg", gps=True), "inner_packing")
    store.add(order_pk, photo(tmp_path / "outer.jpg", color="gray"), "outer_packing")
    store.add(order_pk, mp4(tmp_path / "packing.mp4", location=True), "contents")
    return store


def test_pack_holds_order_files_and_a_manifest(evidence, order_pk, tmp_path: Path) -> None:
    seen = []
    renderers = Renderers(summary_pdf=lambda s: seen.append(s) or b"%PDF-1.4 summary\n%%EOF")
    result = _pack(evidence, [order_pk], tmp_path / "out" / "pack.zip", renderers)
    with zipfile.ZipFile(result.path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        order = json.loads(zf.read("shopee-2411290AB7K/order.json"))
    folder = "shopee-2411290AB7K"
    assert {f"{folder}/order.json", f"{folder}/checklist.txt", f"{folder}/summary.pdf"} <= names
    evidence_names = sorted(n for n in names if "/evidence/" in n)
    assert evidence_names == [
        f"{folder}/evidence/01-contents-packing.mp4",
        f"{folder}/evidence/02-inner_packing-inner.jpg",
        f"{folder}/evidence/03-outer_packing-outer.jpg",
    ]
    assert {e["path"] for e in manifest["files"]} == names - {"manifest.json", "seal.json"}
    assert all(len(e["sha256"]) == 64 and e["size"] > 0 for e in manifest["files"])
    assert order["order_id"] == "2411290AB7K" and order["buyer_name"] == "李小龙"
    assert [e.kind for e in seen[0].events] == ["evidence"] * 3
    assert not result.checklist_rendered
    assert [e["action"] for e in evidence.log.entries()][-1] == "export"
    assert not list((tmp_path / "out").glob("*.part"))


def test_gps_is_removed_from_pack_copies_and_kept_in_originals(evidence, order_pk, tmp_path: Path) -> None:
    result = _pack(evidence, [order_pk], tmp_path / "pack.zip")
    with zipfile.ZipFile(result.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        inner = zf.read("shopee-2411290AB7K/evidence/02-inner_packing-inner.jpg")
        clip = zf.read("shopee-2411290AB7K/evidence/01-contents-packing.mp4")
    item = next(i for i in evidence.items(order_pk) if i.original_name == "inner.jpg")
    original = evidence.file_path(item)
    assert has_gps(original) and not has_gps(inner)
    assert b"+31.2340+121.4560" in evidence.file_path(evidence.items(order_pk)[0]).read_bytes()
    assert b"+31.2340+121.4560" not in clip and b"\xa9xyz" not in clip
    entry = next(e for e in manifest["files"] if e["path"].endswith("inner.jpg"))
    assert entry["location_removed"] and entry["original_sha256"] == item.sha256
    assert verify_store(evidence).ok  # the originals were not touched

    kept = _pack(evidence, [order_pk], tmp_path / "kept.zip", strip_location=False)
    with zipfile.ZipFile(kept.path) as zf:
        assert has_gps(zf.read("shopee-2411290AB7K/evidence/02-inner_packing-inner.jpg"))


def test_export_rows_come_from_the_import(imported: Path, tmp_path: Path) -> None:
    from desktop.core.evidence.store import EvidenceStore, pk

    order = Order.select().where(Order.marketplace == "shopee").first()
    store = EvidenceStore(imported)
    result = _pack(store, [pk(order)], tmp_path / "p.zip")
    with zipfile.ZipFile(result.path) as zf:
        folder = f"shopee-{order.order_id}"
        rows = json.loads(zf.read(f"{folder}/export_rows.json"))
        text = zf.read(f"{folder}/export_rows.csv").decode("utf-8-sig")
    assert rows and rows[0]["file"].endswith(".xlsx")
    assert order.order_id in text


def test_verify_pack_passes_an_intact_pack_and_names_a_flipped_file(evidence, order_pk, tmp_path: Path) -> None:
    result = _pack(evidence, [order_pk], tmp_path / "pack.zip")
    assert verify_pack(result.path).ok
    data = bytearray(result.path.read_bytes())
    with zipfile.ZipFile(result.path) as zf:
        info = zf.getinfo("shopee-2411290AB7K/evidence/03-outer_packing-outer.jpg")
    # The member is stored uncompressed: flip a byte in the middle of its data.
    data[info.header_offset + 30 + len(info.filename) + info.file_size // 2] ^= 0x01
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    report = verify_pack(damaged)
    assert not report.ok
    assert [name for name, _ in report.problems] == [info.filename]


def test_verify_pack_notices_a_substituted_and_an_extra_file(evidence, order_pk, tmp_path: Path) -> None:
    result = _pack(evidence, [order_pk], tmp_path / "pack.zip")
    rebuilt = tmp_path / "rebuilt.zip"
    with zipfile.ZipFile(result.path) as src, zipfile.ZipFile(rebuilt, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("order.json"):
                data = data.replace(b"88.50", b"98.50")
            dst.writestr(info, data)
        dst.writestr("shopee-2411290AB7K/evidence/99-extra.jpg", b"x")
    problems = dict(verify_pack(rebuilt).problems)
    assert problems == {
        "shopee-2411290AB7K/order.json": "altered",
        "shopee-2411290AB7K/evidence/99-extra.jpg": "not in manifest",
    }
    assert verify_pack(tmp_path / "nothing.zip").error


def test_verify_store_reports_a_flipped_byte_and_a_missing_file(evidence, order_pk) -> None:
    items = evidence.items(order_pk)
    assert verify_store(evidence).ok
    altered = evidence.file_path(items[1])
    altered.chmod(0o644)
    data = bytearray(altered.read_bytes())
    data[len(data) // 2] ^= 0x10
    altered.write_bytes(bytes(data))
    evidence.file_path(items[2]).unlink()
    report = verify_store(evidence)
    assert not report.ok
    assert report.altered == [items[1].sha256]
    assert report.missing == [items[2].sha256]
    assert report.labels[items[1].sha256] == ["shopee:2411290AB7K inner.jpg"]


def test_messages_are_in_the_pack_and_the_timeline(store, order_pk, tmp_path: Path) -> None:
    from desktop.core.evidence.messages import _message_model

    model = _message_model()
    if model is None:
        pytest.skip("no message log in this build")
    fields = model._meta.fields
    values = {"order": order_pk, "text": "Your parcel shipped today"}
    if "direction" in fields:
        values["direction"] = "out"
    model.create(**values)
    seen = []
    result = _pack(store, [order_pk], tmp_path / "p.zip", Renderers(summary_pdf=lambda s: seen.append(s) or b"%PDF"))
    with zipfile.ZipFile(result.path) as zf:
        messages = json.loads(zf.read("shopee-2411290AB7K/messages.json"))
    assert [m["text"] for m in messages] == ["Your parcel shipped today"]
    assert [e.kind for e in seen[0].events] == ["message"]
