"""Dispute packs: one zip with everything a marketplace asks for in a dispute, and a manifest
that fingerprints every file so the pack can be checked offline (see verify.verify_pack)."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.evidence import privacy, seal
from desktop.core.evidence.errors import Cancelled
from desktop.core.evidence.store import EvidenceStore, log_head
from desktop.core.evidence.thumbnails import ThumbnailCache
from desktop.core.evidence.timeline import OrderSummary, checklist_text, order_summary
from desktop.core.evidence.upload import UploadLimit, limit_for, photo_copy, video_note
from desktop.core.formula_safety import neutralise_csv
from desktop.core.models import Order, OrderLine
from desktop.core.models.base import utc_now
from desktop.core.orders.queries import order_json
from desktop.core.orders.source_rows import iter_source_rows

MANIFEST = "manifest.json"
# The install's signature over the manifest (see seal.py).
SEAL = "seal.json"
FORMAT = "seller-desk-dispute-pack"
VERSION = 1
# Media is already compressed; deflating it again only costs time.
_STORED_MIMES = ("image/", "video/")


@dataclass
class Renderers:
    """PDF painters from the UI layer (the core has no text-capable PDF engine)."""

    summary_pdf: Callable[[OrderSummary], bytes] | None = None
    checklist_pdf: Callable[[int], bytes | None] | None = None


@dataclass
class PackResult:
    path: Path
    sha256: str
    files: int
    orders: int
    checklist_rendered: bool
    notes: list[str] = field(default_factory=list)


class _Writer:
    """Adds files to the zip, hashing each and remembering it for the manifest."""

    def __init__(self, zf: zipfile.ZipFile, cancelled: Callable[[], bool] | None) -> None:
        self.zf = zf
        self.entries: list[dict[str, Any]] = []
        self.cancelled = cancelled

    def add_bytes(self, name: str, data: bytes, **meta: Any) -> dict[str, Any]:
        compress = zipfile.ZIP_DEFLATED
        if meta.get("mime", "").startswith(_STORED_MIMES):
            compress = zipfile.ZIP_STORED
        self.zf.writestr(_info(name, compress), data)
        return self._entry(name, hashlib.sha256(data).hexdigest(), len(data), meta)

    def add_stream(self, name: str, chunks: Iterable[bytes], **meta: Any) -> dict[str, Any]:
        h = hashlib.sha256()
        size = 0
        with self.zf.open(_info(name, zipfile.ZIP_STORED), "w", force_zip64=True) as out:
            for chunk in chunks:
                if self.cancelled is not None and self.cancelled():
                    raise Cancelled()
                h.update(chunk)
                out.write(chunk)
                size += len(chunk)
        return self._entry(name, h.hexdigest(), size, meta)

    def _entry(self, name: str, sha256: str, size: int, meta: dict[str, Any]) -> dict[str, Any]:
        entry = {"path": name, "sha256": sha256, "size": size, **meta}
        self.entries.append(entry)
        return entry


def _info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=utc_now().timetuple()[:6])
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def build_dispute_pack(
    order_pks: Sequence[int],
    target: Path,
    store: EvidenceStore,
    thumbs: ThumbnailCache,
    renderers: Renderers | None = None,
    *,
    strip_location: bool = True,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    upload_limit: UploadLimit | None = None,
) -> PackResult:
    """Write the pack to `target` (whole or not at all) and log the export.

    Beside each original that is over the marketplace's upload limit goes an upload-ready
    copy under upload/ (both fingerprinted in the manifest); what cannot be made to fit is
    said in upload/NOTES.txt and in the result's notes."""
    renderers = renderers or Renderers()
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    checklist_rendered = True
    notes: list[str] = []
    total = _total_bytes(order_pks, store) or 1
    done = 0
    try:
        with zipfile.ZipFile(part, "w", allowZip64=True) as zf:
            writer = _Writer(zf, cancelled)
            orders_meta: list[dict[str, Any]] = []
            for order_pk in order_pks:
                summary = order_summary(order_pk, store, thumbs)
                folder = _folder_name(summary)
                orders_meta.append(
                    {"marketplace": summary.marketplace, "order_id": summary.order_id, "folder": folder}
                )
                if progress is not None:
                    progress(done / total, summary.order_id)
                _add_order_data(writer, folder, order_pk, summary)
                _add_scan_log(writer, folder, summary)
                if not _add_checklist(writer, folder, order_pk, summary, renderers):
                    checklist_rendered = False
                limit = upload_limit or limit_for(summary.marketplace)
                upload_notes: list[str] = []
                for number, entry in enumerate(summary.evidence, start=1):
                    added = _add_evidence(writer, folder, number, entry.item, store, strip_location)
                    entry.pack_path, entry.sha256 = added["path"], added["sha256"]
                    note = _add_upload_copy(writer, folder, added, entry.item, store, limit, summary)
                    if note:
                        upload_notes.append(note)
                    done += int(entry.item.size)
                    if progress is not None:
                        progress(done / total, summary.order_id)
                if upload_notes:
                    writer.add_bytes(
                        f"{folder}/upload/NOTES.txt",
                        ("\n".join(upload_notes) + "\n").encode(),
                        kind="upload_notes",
                    )
                    notes.extend(f"{summary.order_id}: {n}" for n in upload_notes)
                _add_messages(writer, folder, summary)
                if renderers.summary_pdf is not None:
                    writer.add_bytes(
                        f"{folder}/summary.pdf", renderers.summary_pdf(summary), kind="summary"
                    )
                else:
                    notes.append("summary.pdf not rendered (no PDF renderer)")
            located = [e for e in writer.entries if e.get("kind") in ("photo", "video")]
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": utc_now().strftime("%Y-%m-%dT%H:%M:%SZ"),
                # True only when every copy that had a location was read back without one.
                "location_removed": strip_location and all(e["location_removed"] for e in located),
                # The evidence log's last entry as the database anchored it when packed.
                "evidence_log_head": log_head(),
                "orders": orders_meta,
                "files": writer.entries,
            }
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            zf.writestr(_info(MANIFEST, zipfile.ZIP_DEFLATED), manifest_bytes)
            zf.writestr(
                _info(SEAL, zipfile.ZIP_DEFLATED),
                seal.sign(manifest_bytes, seal.install_key(store.root)),
            )
        with part.open("rb") as f:
            os.fsync(f.fileno())
            f.seek(0)
            digest = hashlib.file_digest(f, "sha256").hexdigest()
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    store.log_export(order_pks, target, digest)
    if progress is not None:
        progress(1.0, "")
    return PackResult(target, digest, len(writer.entries), len(order_pks), checklist_rendered, notes)


def _total_bytes(order_pks: Sequence[int], store: EvidenceStore) -> int:
    return sum(int(item.size) for pk in order_pks for item in store.items(pk))


def _safe(text: str) -> str:
    cleaned = re.sub(r"[^\w.\-]+", "_", text, flags=re.UNICODE).strip("._")
    return cleaned[:80] or "file"


def _folder_name(summary: OrderSummary) -> str:
    return _safe(f"{summary.marketplace}-{summary.order_id}")


def _add_scan_log(writer: _Writer, folder: str, summary: OrderSummary) -> None:
    """Every scan at the pack station for this order, as stored (time, code, result, packer,
    station): what went into the box, scan by scan."""
    rows = [entry.as_json() for entry in summary.scan_log]
    writer.add_bytes(
        f"{folder}/scan_log.json",
        json.dumps(rows, ensure_ascii=False, indent=2).encode(),
        kind="scan_log",
    )
    buffer = io.StringIO()
    out = csv.writer(buffer)
    out.writerow(["at", "code", "result", "message", "packer", "station"])
    for row in rows:
        out.writerow([row["at"], row["code"], row["result"], row["message"], row["packer"], row["station"]])
    writer.add_bytes(
        f"{folder}/scan_log.csv", ("\ufeff" + buffer.getvalue()).encode(), kind="scan_log"
    )


def _add_upload_copy(
    writer: _Writer,
    folder: str,
    added: dict[str, Any],
    item: Any,
    store: EvidenceStore,
    limit: UploadLimit,
    summary: OrderSummary,
) -> str | None:
    """An upload-ready copy of a photo over the limit, or a note of why there is none."""
    size, name = int(added["size"]), str(item.original_name)
    market = summary.marketplace
    if item.kind == "video":
        return video_note(name, size, item.duration_ms, limit, market)
    if item.kind != "photo" or size <= limit.photo_bytes:
        return None
    try:
        copy = photo_copy(store.file_path(item).read_bytes(), limit.photo_bytes)
    except (OSError, ValueError):
        copy = None
    if copy is None:
        return f"{name}: {size / 1048576:.1f} MB and no smaller copy could be made; upload it elsewhere."
    stem = Path(str(added["path"])).stem
    writer.add_bytes(
        f"{folder}/upload/{stem}.jpg", copy, kind="upload_copy", mime="image/jpeg",
        copy_of=added["path"], original_sha256=item.sha256, stage=item.stage,
    )  # fmt: skip
    return None


def _add_order_data(writer: _Writer, folder: str, order_pk: int, summary: OrderSummary) -> None:
    order = Order.get_by_id(order_pk)
    lines = list(OrderLine.select().where(OrderLine.order == order_pk).order_by(OrderLine.position))
    data = order_json(order, lines)
    for name in ("packed_at", "shipped_at", "delivered_at", "paid_at"):
        value = getattr(order, name)
        data[name] = value.isoformat() if value else None
    data.update(
        packed_by=order.packed_by, fragile=order.fragile, seller_note=order.seller_note,
        carrier=order.carrier, shipping_service=order.shipping_service,
        ship_to=list(summary.ship_to), weight=summary.weight,
        items=[{"sku": sku, "title": title, "quantity": q} for sku, title, q in summary.lines],
    )  # fmt: skip
    writer.add_bytes(
        f"{folder}/order.json", json.dumps(data, ensure_ascii=False, indent=2).encode(), kind="order"
    )
    rows = list(iter_source_rows(order_pk))
    if not rows:
        return
    as_json = [
        {"file": file_name, "row": row, "cells": [[h, v] for h, v in cells]}
        for file_name, row, cells in rows
    ]
    writer.add_bytes(
        f"{folder}/export_rows.json",
        json.dumps(as_json, ensure_ascii=False, indent=2).encode(),
        kind="export_rows",
    )
    buffer = io.StringIO()
    out = csv.writer(buffer)
    for file_name, row, cells in rows:
        # Buyers' remarks are in these cells: a "=HYPERLINK(...)" must open as text.
        out.writerow([neutralise_csv(v) for v in ("file", "row", *(h for h, _ in cells))])
        out.writerow([neutralise_csv(v) for v in (file_name, row, *(v for _, v in cells))])
    # A BOM so spreadsheet programs open the CSV as UTF-8 (buyers' names are rarely ASCII).
    writer.add_bytes(
        f"{folder}/export_rows.csv", ("\ufeff" + buffer.getvalue()).encode(), kind="export_rows"
    )


def _add_checklist(
    writer: _Writer, folder: str, order_pk: int, summary: OrderSummary, renderers: Renderers
) -> bool:
    pdf = renderers.checklist_pdf(order_pk) if renderers.checklist_pdf is not None else None
    if pdf:
        writer.add_bytes(f"{folder}/checklist.pdf", pdf, kind="checklist")
        return True
    writer.add_bytes(f"{folder}/checklist.txt", checklist_text(summary).encode(), kind="checklist")
    return False


def _add_evidence(
    writer: _Writer,
    folder: str,
    number: int,
    item: Any,
    store: EvidenceStore,
    strip_location: bool,
) -> dict[str, Any]:
    source = store.file_path(item)
    stem = _safe(Path(str(item.original_name)).stem)
    ext = _extension(str(item.mime), str(item.original_name))
    name = f"{folder}/evidence/{number:02d}-{item.stage}-{stem}{ext}"
    meta = {
        "kind": item.kind,
        "mime": item.mime,
        "stage": item.stage,
        "original_name": item.original_name,
        "original_sha256": item.sha256,
        "captured_at": item.captured_at.isoformat() if item.captured_at else None,
        "captured_from": item.captured_from,
        "note": item.note,
        "location_removed": False,
    }
    meta["had_location"] = bool(item.has_location)
    if item.kind == "photo":
        data = source.read_bytes()
        if strip_location:
            data = privacy.scrub_image(data, str(item.mime))
            # Called location-free only when reading the copy back finds none.
            meta["location_removed"] = privacy.location_left(data, str(item.mime)) is False
        return writer.add_bytes(name, data, **meta)
    patches: list[privacy.Patch] = []
    if strip_location and item.kind == "video" and item.mime in _MP4_MIMES:
        patches = privacy.video_patches(source)
        meta["location_removed"] = not privacy.video_location_left(source, patches)
    elif item.kind == "document":
        meta["location_removed"] = None  # not a photo or clip: no location to speak of
    return writer.add_stream(name, privacy.patched_chunks(source, patches), **meta)


_MP4_MIMES = ("video/mp4", "video/quicktime", "video/3gpp")


def _extension(mime: str, name: str) -> str:
    known = {
        "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif",
        "image/bmp": ".bmp", "image/tiff": ".tif", "video/mp4": ".mp4", "video/quicktime": ".mov",
        "video/3gpp": ".3gp", "video/x-matroska": ".mkv", "video/webm": ".webm",
        "video/x-msvideo": ".avi", "application/pdf": ".pdf",
    }  # fmt: skip
    return known.get(mime) or Path(name).suffix.lower()


def _add_messages(writer: _Writer, folder: str, summary: OrderSummary) -> None:
    if not summary.messages:
        return
    rows = [{"at": m.at.isoformat() if m.at else None, "text": m.text, **m.fields} for m in summary.messages]
    writer.add_bytes(
        f"{folder}/messages.json",
        json.dumps(rows, ensure_ascii=False, indent=2).encode(),
        kind="messages",
    )
