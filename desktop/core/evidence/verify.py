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
    report.log_problems += check_log_against_database(store)
    return report


def check_log_against_database(store: EvidenceStore) -> list[str]:
    """The log and the items table must tell the same story, both ways, up to the anchored head.

    Catches deleted or appended lines (the head the database holds no longer ends the log),
    a deleted item row (its add line has no row), a row with no add line, and a row repointed
    at other bytes (its sha256 differs from the one logged when it was added)."""
    from desktop.core.evidence.store import log_head

    problems: list[str] = []
    head = log_head()
    seen_head = not head
    state: dict[int, tuple[str, bool, int]] = {}  # item -> (sha256, removed, line)
    for number, digest, entry in store.log.lines():
        if seen_head and head:
            problems.append(f"line {number}: not anchored in the database (added afterwards)")
        if entry is not None:
            _replay(entry, number, state)
        if digest == head:
            seen_head = True
    if not seen_head:
        problems.append(
            "the log does not end with the entry the database last recorded "
            "(lines were removed or rewritten)"
        )
    rows = {
        int(row.id): (str(row.sha256), row.removed_at is not None, str(row.original_name))
        for row in EvidenceItem.select(
            EvidenceItem.id, EvidenceItem.sha256, EvidenceItem.removed_at, EvidenceItem.original_name
        )  # type: ignore[attr-defined]
    }
    for item, (sha, removed, name) in sorted(rows.items()):
        logged = state.get(item)
        if logged is None:
            problems.append(f"item {item} ({name}): in the database but never added in the log")
        elif logged[0] != sha:
            problems.append(
                f"item {item} ({name}): its file differs from the one the log recorded "
                f"(log {logged[0][:12]}, database {sha[:12]})"
            )
        elif logged[1] != removed:
            state_word = "removed" if removed else "present"
            problems.append(f"item {item} ({name}): {state_word} in the database, not in the log")
    for item, (sha, _removed, line) in sorted(state.items()):
        if item not in rows:
            problems.append(f"line {line}: item {item} ({sha[:12]}) is missing from the database")
    return problems


def _replay(entry: dict[str, object], line: int, state: dict[int, tuple[str, bool, int]]) -> None:
    action, item, sha = entry.get("action"), entry.get("item"), entry.get("sha256")
    if not isinstance(item, int) or not isinstance(sha, str):
        return
    if action == "add":
        state[item] = (sha, False, line)
    elif action in {"remove", "restore"} and item in state:
        state[item] = (state[item][0], action == "remove", state[item][2])


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
