"""Checking evidence: the store against the database, and a dispute pack against its manifest."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from desktop.core.evidence.pack import FORMAT, MANIFEST, SEAL
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
    # The install's signature: "valid", "broken", "other install" (not checkable here), "none".
    sealed: str = "none"

    @property
    def ok(self) -> bool:
        return not self.problems and not self.error


def verify_pack(path: Path, key: bytes | None = None) -> PackReport:
    """Check a pack against its manifest. Never raises for a damaged or hostile pack: every
    problem is a line of the report (or `error` when the pack cannot be checked at all).

    With the install's seal key, the manifest's signature is checked too: that catches a file
    replaced together with its manifest hash, which no keyless check can."""
    report = PackReport(path)
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError) as error:
        report.error = f"not a readable zip file ({error})"
        return report
    with zf:
        try:
            _check_pack(zf, report, key)
        except _PackRefused as refused:
            report.error = str(refused)
    return report


class _PackRefused(Exception):
    """The pack cannot be checked at all; the reason in plain words."""


_READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError)


def _check_pack(zf: zipfile.ZipFile, report: PackReport, key: bytes | None) -> None:
    infos = zf.infolist()
    names = [info.filename for info in infos]
    for name in names:
        problem = unsafe_name(name)
        if problem:
            report.problems.append((name, problem))
    for name in sorted({n for n in names if names.count(n) > 1}):
        # Extractors disagree on which copy they show: the pack is ambiguous.
        report.problems.append((name, "appears more than once in the zip"))
    for info in infos:
        if stat.S_ISLNK(info.external_attr >> 16):
            report.problems.append((info.filename, "is a symbolic link"))
    manifest = _read_manifest(zf)
    files = manifest.get("files")
    if not isinstance(files, list) or not files:
        raise _PackRefused("the manifest lists no files: an empty or broken dispute pack")
    present = {info.filename for info in infos if not info.is_dir()}
    listed: set[str] = set()
    for entry in files:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise _PackRefused("manifest.json is malformed (a file entry is not a record with a path)")
        name = entry["path"]
        if name in listed:
            report.problems.append((name, "listed twice in the manifest"))
            continue
        listed.add(name)
        report.checked += 1
        problem = unsafe_name(name)
        if problem:
            report.problems.append((name, problem))
            continue
        if name not in present:
            report.problems.append((name, "missing"))
            continue
        size, sha = entry.get("size"), entry.get("sha256")
        if not isinstance(size, int) or not isinstance(sha, str):
            report.problems.append((name, "its manifest entry has no size or checksum"))
            continue
        try:
            digest, actual = _hash_member(zf, name, size)
        except _READ_ERRORS as error:
            # A flipped byte in stored data surfaces as the zip's own CRC or zlib check failing.
            report.problems.append((name, f"damaged ({error})"))
            continue
        if actual != size:
            report.problems.append((name, "size differs"))
        elif digest != sha:
            report.problems.append((name, "altered"))
    for name in sorted(present - listed - {MANIFEST, SEAL}):
        report.problems.append((name, "not in manifest"))
    report.sealed = _check_seal(zf, manifest, key, report)


def _read_manifest(zf: zipfile.ZipFile) -> dict[str, object]:
    try:
        raw = zf.read(MANIFEST)
    except KeyError as error:
        raise _PackRefused("no manifest.json: not a dispute pack") from error
    except _READ_ERRORS as error:
        raise _PackRefused(f"manifest.json is damaged ({error})") from error
    try:
        manifest = json.loads(raw)
    except (ValueError, RecursionError) as error:
        raise _PackRefused("manifest.json is damaged (not valid JSON)") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _PackRefused("manifest.json is not a Seller Desk dispute pack manifest")
    return manifest


def _check_seal(
    zf: zipfile.ZipFile, manifest: dict[str, object], key: bytes | None, report: PackReport
) -> str:
    """"valid", "broken", "other install" (a key not held here) or "none"."""
    from desktop.core.evidence import seal

    try:
        raw = zf.read(SEAL)
    except KeyError:
        return "none"
    except _READ_ERRORS:
        report.problems.append((SEAL, "damaged"))
        return "broken"
    state = seal.check(zf.read(MANIFEST), raw, key)
    if state == "broken":
        report.problems.append((SEAL, "the signature does not match the manifest: changed after sealing"))
    return state


def unsafe_name(name: str) -> str:
    """Why a name inside a zip could write outside the folder it is unpacked to, or ""."""
    if not name or "\x00" in name:
        return "unsafe name (empty or NUL)"
    if "\\" in name:
        return "unsafe name (backslash: a Windows path)"
    if name.startswith("/") or PureWindowsPath(name).drive or ":" in name:
        return "unsafe name (absolute path)"
    parts = name.split("/")
    if any(part in {"..", "."} for part in parts) or "//" in name:
        return "unsafe name (leaves its folder)"
    return ""


def _hash_member(zf: zipfile.ZipFile, name: str, limit: int) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with zf.open(name) as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
            size += len(chunk)
            if size > limit:  # never read a bomb to its end
                break
    return h.hexdigest(), size
