"""Restoring a backup into a data folder. The whole backup is verified first; the files are
unpacked and checked again in a staging folder inside the data folder; only then is the current
data moved aside (kept under backups/replaced-...) and the restored data moved in."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.backup.errors import BackupCancelled, BackupDamaged
from desktop.core.backup.manifest import Manifest, target_of
from desktop.core.backup.snapshot import BACKUPS_DIR, STAGING_PREFIX
from desktop.core.backup.verify import READ_ERRORS, verify_backup
from desktop.core.journal import JOURNAL_DIR, WorkJournal
from desktop.core.logs import LOGS_DIR
from desktop.core.paths import DB_FILE_NAME
from desktop.core.safe_files import fsync_dir, remove_quietly

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
_BLOCK = 1 << 20
_KEPT = frozenset({LOGS_DIR, BACKUPS_DIR, JOURNAL_DIR})


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    # Where the data that was in the folder before went; None when the folder was empty.
    replaced: Path | None


def _never() -> bool:
    return False


def _silent(fraction: float, message: str) -> None:
    return None


def restore_backup(
    archive_path: Path,
    data_dir: Path,
    progress: Progress = _silent,
    cancelled: CancelCheck = _never,
) -> RestoreResult:
    """Replace the data in data_dir by the backup. The database must be closed by the caller.

    Raises BackupDamaged (and changes nothing) when any byte of the backup is wrong."""
    archive_path = Path(archive_path).resolve()
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    manifest = verify_backup(archive_path, lambda f, m: progress(f * 0.45, m), cancelled)
    staging = data_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
    journal = WorkJournal(data_dir)
    with journal.recording("restore", archive_path.name, cleanup=[staging]):
        staging.mkdir()
        _unpack(
            archive_path, manifest, staging, lambda f, m: progress(0.45 + f * 0.45, m), cancelled
        )
        _check_database(staging / DB_FILE_NAME)
        if cancelled():
            raise BackupCancelled()
        progress(0.95, "replacing")
        # From here on there is no cancelling: moving aside and in are renames, quick.
        replaced = _move_aside(data_dir, keep={staging.name, archive_path.name})
        for item in sorted(staging.iterdir()):
            os.replace(item, data_dir / item.name)
        fsync_dir(data_dir)
        remove_quietly(staging)
    progress(1.0, "restored")
    return RestoreResult(manifest=manifest, replaced=replaced)


def _unpack(
    archive_path: Path,
    manifest: Manifest,
    staging: Path,
    progress: Progress,
    cancelled: CancelCheck,
) -> None:
    total = manifest.total_bytes or 1
    done = 0
    try:
        with zipfile.ZipFile(archive_path) as archive:
            for entry in manifest.entries:
                target = target_of(entry.member, staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with archive.open(entry.member) as source, target.open("wb") as sink:
                    while block := source.read(_BLOCK):
                        digest.update(block)
                        sink.write(block)
                        done += len(block)
                        progress(min(0.99, done / total), entry.member)
                        if cancelled():
                            raise BackupCancelled()
                    sink.flush()
                    os.fsync(sink.fileno())
                # Checked again as written: the file may have changed since it was verified.
                if digest.hexdigest() != entry.sha256:
                    raise BackupDamaged(
                        "a file in the backup does not match its checksum", entry.member
                    )
    except READ_ERRORS as error:
        raise BackupDamaged("the backup file is damaged") from error


def _check_database(path: Path) -> None:
    if not path.is_file():
        raise BackupDamaged("the backup holds no database")
    connection = sqlite3.connect(path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise BackupDamaged("the database in the backup is damaged") from error
    finally:
        connection.close()
    if not result or result[0] != "ok":
        raise BackupDamaged("the database in the backup is damaged")


def _move_aside(data_dir: Path, keep: set[str]) -> Path | None:
    """Move the folder's current data into backups/replaced-<time>; nothing is deleted."""
    items = [p for p in sorted(data_dir.iterdir()) if p.name not in _KEPT and p.name not in keep]
    if not items:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = data_dir / BACKUPS_DIR / f"replaced-{stamp}-{uuid.uuid4().hex[:6]}"
    aside.mkdir(parents=True)
    for item in items:
        os.replace(item, aside / item.name)
    return aside
