"""The install's seal on dispute packs: an HMAC-SHA256 of the pack's manifest with a key only
this install holds (evidence/seal.key, private to the seller).

What it proves: a pack whose seal checks with this key was written by this install (or by
someone holding its data folder or a backup of it) and not changed since, file by file,
since the manifest lists every file's SHA-256. What it cannot prove: anything to a person
without the key; a keyless hash proves integrity against accidents only."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from desktop.core.safe_files import atomic_write_bytes

KEY_FILE = "seal.key"
ALGORITHM = "HMAC-SHA256"


def key_path(evidence_root: Path) -> Path:
    return evidence_root / KEY_FILE


def load_key(evidence_root: Path) -> bytes | None:
    try:
        text = key_path(evidence_root).read_text(encoding="ascii").strip()
        return bytes.fromhex(text) if len(text) == 64 else None
    except (OSError, ValueError):
        return None


def install_key(evidence_root: Path) -> bytes:
    """The install's key, made on first use (32 random bytes, readable by the owner only)."""
    existing = load_key(evidence_root)
    if existing is not None:
        return existing
    key = secrets.token_bytes(32)
    evidence_root.mkdir(parents=True, exist_ok=True)
    path = key_path(evidence_root)
    atomic_write_bytes(path, key.hex().encode("ascii"))
    if os.name == "posix":
        os.chmod(path, 0o600)
    return key


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"seller-desk seal key\0" + key).hexdigest()[:16]


def sign(manifest: bytes, key: bytes) -> bytes:
    mac = hmac.new(key, manifest, hashlib.sha256).hexdigest()
    payload = {
        "algorithm": ALGORITHM,
        "key_id": key_id(key),
        "manifest_sha256": hashlib.sha256(manifest).hexdigest(),
        "mac": mac,
    }
    return json.dumps(payload, indent=1).encode("ascii")


def check(manifest: bytes, raw_seal: bytes, key: bytes | None) -> str:
    """"valid", "broken" (the manifest changed after sealing, or a damaged seal) or
    "other install" (the seal is by a key not held here: only its holder can check it)."""
    try:
        data = json.loads(raw_seal)
        if not isinstance(data, dict) or data.get("algorithm") != ALGORITHM:
            return "broken"
        signed_by, mac = str(data["key_id"]), str(data["mac"])
    except (ValueError, KeyError, TypeError):
        return "broken"
    if key is None or signed_by != key_id(key):
        return "other install"
    expected = hmac.new(key, manifest, hashlib.sha256).hexdigest()
    return "valid" if hmac.compare_digest(expected, mac) else "broken"
