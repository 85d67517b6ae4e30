"""A seal over the whole archive: the SHA-256 of every byte before it, kept as the zip comment
(the very last bytes of the file). The per-file hashes of the manifest catch a changed file;
the seal also catches a flipped byte in places zip readers never check (headers, timestamps)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from desktop.core.backup.errors import BackupDamaged

SEAL_LENGTH = 64  # hex digits of a SHA-256
PLACEHOLDER = b"0" * SEAL_LENGTH
_BLOCK = 1 << 20


def _digest_of_head(path: Path, length: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        remaining = length
        while remaining > 0:
            block = handle.read(min(_BLOCK, remaining))
            if not block:
                break
            digest.update(block)
            remaining -= len(block)
    return digest.hexdigest()


def write_seal(path: Path) -> None:
    """Replace the placeholder comment the archive was written with by the seal."""
    size = path.stat().st_size
    with path.open("rb+") as handle:
        handle.seek(size - SEAL_LENGTH)
        if handle.read(SEAL_LENGTH) != PLACEHOLDER:
            raise ValueError("archive was not written with the seal placeholder")
    seal = _digest_of_head(path, size - SEAL_LENGTH).encode("ascii")
    with path.open("rb+") as handle:
        handle.seek(size - SEAL_LENGTH)
        handle.write(seal)
        handle.flush()
        os.fsync(handle.fileno())


def check_seal(path: Path) -> None:
    try:
        size = path.stat().st_size
        if size <= SEAL_LENGTH:
            raise BackupDamaged("the file is too short to be a backup")
        with path.open("rb") as handle:
            handle.seek(size - SEAL_LENGTH)
            stored = handle.read(SEAL_LENGTH)
        actual = _digest_of_head(path, size - SEAL_LENGTH)
    except OSError as error:
        raise BackupDamaged("the file cannot be read") from error
    if stored != actual.encode("ascii"):
        raise BackupDamaged("the file was changed or damaged after it was written")
