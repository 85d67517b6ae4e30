"""Restoring a backup into a data folder. The whole backup is verified first; the files are
unpacked and checked again in a staging folder inside the data folder; only then is the current
data moved aside (kept under backups/replaced-...) and the restored data moved in."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.backup.errors import BackupCancelled, BackupDamaged, BackupNoSpace
from desktop.core.backup.manifest import Manifest, target_of
from desktop.core.backup.snapshot import BACKUPS_DIR, STAGING_PREFIX
from desktop.core.backup.verify import READ_ERRORS, verify_backup
from desktop.core.journal import JOURNAL_DIR, WorkJournal, WorkNote
from desktop.core.logs import LOGS_DIR
from desktop.core.paths import DB_FILE_NAME
from desktop.core.safe_files import fsync_dir, remove_quietly

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
_BLOCK = 1 << 20
_KEPT = frozenset({LOGS_DIR, BACKUPS_DIR, JOURNAL_DIR})
KILL_ENV = "SELLER_DESK_KILL_AT"
# Room left free beyond the restored bytes: SQLite's WAL and the app's own writes.
SPARE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    # Where the data that was in the folder before went; None when the folder was empty.
    replaced: Path | None


def _never() -> bool:
    return False


def _silent(fraction: float, message: str) -> None:
    return None


@dataclass(frozen=True)
class PreparedRestore:
    """A verified backup unpacked and checked beside the data, waiting to be swapped in."""

    data_dir: Path
    archive: Path
    staging: Path
    manifest: Manifest
    note: WorkNote


def prepare_restore(
    archive_path: Path,
    data_dir: Path,
    progress: Progress = _silent,
    cancelled: CancelCheck = _never,
) -> PreparedRestore:
    """Verify every byte, unpack into a staging folder and check the database there.

    The data in the folder is not touched, so this can run while the app works on it.
    Raises BackupDamaged when any byte of the backup is wrong."""
    archive_path = Path(archive_path).resolve()
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    manifest = verify_backup(archive_path, lambda f, m: progress(f * 0.5, m), cancelled)
    free = shutil.disk_usage(data_dir).free
    if free < manifest.total_bytes + SPARE_BYTES:
        raise BackupNoSpace(
            f"{_mb(manifest.total_bytes + SPARE_BYTES)} needed, {_mb(free)} free in {data_dir}"
        )
    staging = data_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
    journal = WorkJournal(data_dir)
    note = journal.begin("restore", archive_path.name, cleanup=[staging])
    try:
        staging.mkdir()
        _unpack(archive_path, manifest, staging, lambda f, m: progress(0.5 + f * 0.5, m), cancelled)
        _check_database(staging / DB_FILE_NAME)
        _kill_point("unpacked")
    except BaseException:
        journal.end(note, clean=True)
        raise
    return PreparedRestore(data_dir, archive_path, staging, manifest, note)


def commit_restore(prepared: PreparedRestore) -> RestoreResult:
    """Swap the prepared data in. The database must be closed: these are renames, quick.

    The renames are planned in the journal first; a kill at any step is completed by the next
    start (WorkJournal.finish_moves), so the folder ends with the restored data, whole, and the
    old data aside, whole."""
    data_dir = prepared.data_dir
    journal = WorkJournal(data_dir)
    keep = {prepared.staging.name, prepared.archive.name}
    current = [p for p in sorted(data_dir.iterdir()) if p.name not in _KEPT and p.name not in keep]
    replaced: Path | None = None
    moves: list[tuple[Path, Path]] = []
    if current:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        replaced = data_dir / BACKUPS_DIR / f"replaced-{stamp}-{uuid.uuid4().hex[:6]}"
        moves += [(item, replaced / item.name) for item in current]
    moves += [(item, data_dir / item.name) for item in sorted(prepared.staging.iterdir())]
    plan = journal.begin_moves("restore", prepared.archive.name, moves, emptied=[prepared.staging])
    _kill_point("planned")
    # The staging folder is now the plan's to finish, not a leftover to remove.
    journal.end(prepared.note)
    _kill_point("noted")
    for step, (source, target) in enumerate(moves):
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        _kill_point(f"move-{step}")
    fsync_dir(data_dir)
    if replaced is not None:
        fsync_dir(replaced)
    _kill_point("moved")
    remove_quietly(prepared.staging)
    journal.end_moves(plan)
    _harden(data_dir)
    return RestoreResult(manifest=prepared.manifest, replaced=replaced)


def _kill_point(step: str) -> None:
    """Tests kill the process here (SELLER_DESK_KILL_AT=restore:STEP) to prove recovery."""
    if os.environ.get(KILL_ENV) == f"restore:{step}":
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def _harden(data_dir: Path) -> None:
    """Restored evidence is read-only again, and the data private to its owner."""
    from desktop.core.permissions import make_private, make_read_only_tree

    make_private(data_dir)
    make_read_only_tree(data_dir / "evidence" / "objects")


def discard_restore(prepared: PreparedRestore) -> None:
    WorkJournal(prepared.data_dir).end(prepared.note, clean=True)


def restore_backup(
    archive_path: Path,
    data_dir: Path,
    progress: Progress = _silent,
    cancelled: CancelCheck = _never,
) -> RestoreResult:
    """Replace the data in data_dir by the backup. The database must be closed by the caller.

    Raises BackupDamaged (and changes nothing) when any byte of the backup is wrong."""
    prepared = prepare_restore(archive_path, data_dir, progress, cancelled)
    result = commit_restore(prepared)
    progress(1.0, "restored")
    return result


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


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
                written = 0
                with archive.open(entry.member) as source, target.open("wb") as sink:
                    while block := source.read(_BLOCK):
                        written += len(block)
                        if written > entry.size:  # never write more than the manifest promised
                            raise BackupDamaged("a file in the backup is larger than listed", entry.member)
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


