"""Checking a backup completely before anything is replaced: the seal, the manifest, every
member's size and SHA-256, and that no member name could escape the folder it is restored to."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from desktop.core.backup.errors import BackupCancelled, BackupDamaged, BackupTooNew
from desktop.core.backup.manifest import MANIFEST_MEMBER, Manifest, target_of
from desktop.core.backup.seal import check_seal
from desktop.core.db import SCHEMA_VERSION

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
_BLOCK = 1 << 20
# What a damaged zip raises from deep inside zipfile and zlib.
READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError)


def _never() -> bool:
    return False


def _silent(fraction: float, message: str) -> None:
    return None


def read_manifest(archive: zipfile.ZipFile) -> Manifest:
    try:
        raw = archive.read(MANIFEST_MEMBER)
    except KeyError as error:
        raise BackupDamaged("not a Seller Desk backup (no manifest)") from error
    except READ_ERRORS as error:
        raise BackupDamaged("the manifest is damaged") from error
    return Manifest.from_bytes(raw)


def verify_backup(
    path: Path, progress: Progress = _silent, cancelled: CancelCheck = _never
) -> Manifest:
    """The backup's manifest, once every byte has been checked; BackupDamaged otherwise."""
    path = Path(path)
    progress(0.0, "seal")
    check_seal(path)
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = read_manifest(archive)
            if manifest.schema_version > SCHEMA_VERSION:
                raise BackupTooNew(
                    f"made by a newer Seller Desk (database schema {manifest.schema_version}; "
                    f"this one reads up to {SCHEMA_VERSION}): update first"
                )
            _check_members(archive, manifest)
            total = manifest.total_bytes or 1
            done = 0
            for entry in manifest.entries:
                digest = hashlib.sha256()
                size = 0
                with archive.open(entry.member) as member:
                    while block := member.read(_BLOCK):
                        digest.update(block)
                        size += len(block)
                        if size > entry.size:  # a bomb: stop reading at what was promised
                            raise BackupDamaged(
                                "a file in the backup is larger than listed", entry.member
                            )
                        done += len(block)
                        progress(min(0.99, done / total), entry.member)
                        if cancelled():
                            raise BackupCancelled()
                if size != entry.size or digest.hexdigest() != entry.sha256:
                    raise BackupDamaged(
                        "a file in the backup does not match its checksum", entry.member
                    )
    except READ_ERRORS as error:
        raise BackupDamaged("the backup file is damaged") from error
    progress(1.0, "verified")
    return manifest


def _check_members(archive: zipfile.ZipFile, manifest: Manifest) -> None:
    names = archive.namelist()
    if len(names) != len(set(names)):
        raise BackupDamaged("the backup holds a file twice")
    listed = [e.member for e in manifest.entries]
    if len(listed) != len(set(listed)):
        raise BackupDamaged("the manifest lists a file twice")
    if set(names) != {*listed, MANIFEST_MEMBER}:
        raise BackupDamaged("the backup's files do not match its manifest")
    probe = Path("/nonexistent-restore-root")
    for member in listed:
        target_of(member, probe)  # raises on a name that would leave the folder
