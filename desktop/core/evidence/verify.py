"""Checking evidence: the store against the database, and a dispute pack against its manifest."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.evidence.pack import FORMAT, MANIFEST
from desktop.core.evidence.store import EvidenceStore
from desktop.core.models import EvidenceItem


@dataclass
class StoreReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)  # sha256 listed in the database, no file
    altered: list[str] = field(default_factory=list)  # file whose bytes no longer match its name
    unlisted: list[str] = field(default_factory=list)  # file no item refers to (harmless)
    log_problems: list[str] = field(default_factory=list)
    # sha256 -> "marketplace:order_id name" for wording the report
    labels: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.altered or self.log_problems)


def verify_store(
    store: EvidenceStore, progress: Callable[[int, int], None] | None = None
) -> StoreReport:
    """Re-hash every stored file. Removed items are checked too: they must stay recoverable."""
    report = StoreReport()
    listed: dict[str, list[str]] = {}
    query = EvidenceItem.select(EvidenceItem.sha256, EvidenceItem.original_name, EvidenceItem.order)
    from desktop.core.models import Order

    names = {
        int(o.get_id()): f"{o.marketplace}:{o.order_id}"  # type: ignore[no-untyped-call]
        for o in Order.select(Order.id, Order.marketplace, Order.order_id)  # type: ignore[attr-defined]
        .where(Order.id.in_(EvidenceItem.select(EvidenceItem.order)))  # type: ignore[attr-defined]
    }
    for row in query:
        label = f"{names.get(int(row.order_id), '?')} {row.original_name}"  # type: ignore[attr-defined]
        listed.setdefault(str(row.sha256), []).append(label)
    report.labels = listed
    stored = set(store.blobs.iter_stored())
    total = len(listed)
    for number, sha in enumerate(sorted(listed), start=1):
        if sha not in stored:
            report.missing.append(sha)
        elif store.blobs.hash_file(sha) != sha:
            report.altered.append(sha)
        report.checked += 1
        if progress is not None:
            progress(number, total)
    report.unlisted = sorted(stored - set(listed))
    report.log_problems = [f"line {p.line}: {p.reason}" for p in store.log.check()]
    return report


@dataclass
class PackReport:
    path: Path
    checked: int = 0
    # (name inside the zip, reason): missing, altered, size differs, not in manifest
    problems: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""  # the pack itself cannot be read

    @property
    def ok(self) -> bool:
        return not self.problems and not self.error


def verify_pack(path: Path) -> PackReport:
    report = PackReport(path)
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        report.error = f"not a readable zip file ({error})"
        return report
    with zf:
        try:
            manifest = json.loads(zf.read(MANIFEST))
        except KeyError:
            report.error = "no manifest.json: not a dispute pack"
            return report
        except (ValueError, zipfile.BadZipFile, OSError) as error:
            report.error = f"manifest.json cannot be read ({error})"
            return report
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            report.error = "manifest.json is not a Seller Desk dispute pack manifest"
            return report
        present = {info.filename: info for info in zf.infolist() if not info.is_dir()}
        listed = set()
        for entry in manifest.get("files", []):
            name = str(entry.get("path", ""))
            listed.add(name)
            report.checked += 1
            if name not in present:
                report.problems.append((name, "missing"))
                continue
            try:
                digest, size = _hash_member(zf, name)
            except (zipfile.BadZipFile, OSError, EOFError) as error:
                # A flipped byte in stored data surfaces as the zip's own CRC check failing.
                report.problems.append((name, f"damaged ({error})"))
                continue
            if size != entry.get("size"):
                report.problems.append((name, "size differs"))
            elif digest != entry.get("sha256"):
                report.problems.append((name, "altered"))
        for name in sorted(set(present) - listed - {MANIFEST}):
            report.problems.append((name, "not in manifest"))
    return report


def _hash_member(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with zf.open(name) as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size
