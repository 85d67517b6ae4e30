"""Making a backup while the app runs: a consistent database snapshot (VACUUM INTO reads one
committed state, even during an import) and every other file of the data folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from desktop import __version__
from desktop.core.backup.errors import BackupCancelled, BackupNoSpace, BackupUnsupported
from desktop.core.backup.manifest import (
    DATABASE_MEMBER,
    MANIFEST_MEMBER,
    Entry,
    HashingWriter,
    Manifest,
    member_for,
)
from desktop.core.backup.seal import PLACEHOLDER, write_seal
from desktop.core.journal import JOURNAL_DIR, WorkJournal
from desktop.core.logs import LOGS_DIR
from desktop.core.paths import DB_FILE_NAME
from desktop.core.safe_files import PARTIAL_SUFFIX, commit_partial, partial_path, remove_quietly

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]

BACKUPS_DIR = "backups"
# Folders of the data folder that are not data: logs, the backups themselves, work notes.
SKIPPED_DIRS = frozenset({LOGS_DIR, BACKUPS_DIR, JOURNAL_DIR})
# Half-written files: ours (.partial), the evidence store's (.part), and the usual .tmp.
# Work files and the lock files of a running Seller Desk (its window, its settings being
# written): they come and go while a backup reads the folder, and belong to no restored state.
SKIPPED_SUFFIXES = (PARTIAL_SUFFIX, ".part", ".tmp", ".lock")
STAGING_PREFIX = ".restore-"
# Already compressed: deflating them again costs time and saves nothing.
STORED_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".heic", ".gif", ".mp4", ".mov", ".m4v", ".webm",
     ".mkv", ".avi", ".zip", ".gz", ".pdf", ".xlsx", ".docx"}
)  # fmt: skip
_BLOCK = 1 << 20
# Room left free beyond the backup itself.
SPARE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _never() -> bool:
    return False


def _silent(fraction: float, message: str) -> None:
    return None


def is_database_file(name: str) -> bool:
    """The live database and what SQLite keeps beside it, including pre-migration copies."""
    stem = DB_FILE_NAME.removesuffix(".db")
    return name.startswith(DB_FILE_NAME) or (name.startswith(stem + ".") and name.endswith(".bak"))


def data_files(data_dir: Path) -> Iterator[tuple[Path, PurePosixPath]]:
    """Every file that belongs in a backup, with its path relative to the data folder."""
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(data_dir)
        top = relative.parts[0]
        if top in SKIPPED_DIRS or top.startswith(STAGING_PREFIX):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        if len(relative.parts) == 1 and is_database_file(path.name):
            continue
        if path.name.endswith(SKIPPED_SUFFIXES):
            continue
        yield path, PurePosixPath(relative.as_posix())


def snapshot_database(source: Path, target: Path) -> tuple[int, dict[str, int]]:
    """Copy one committed state of the database to target; (schema version, rows per table)."""
    if not source.is_file():
        raise BackupUnsupported(f"no database at {source}")
    connection = sqlite3.connect(source, timeout=30)
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()
    snapshot = sqlite3.connect(target)
    try:
        tables = [
            row[0]
            for row in snapshot.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {
            t: int(snapshot.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables
        }
        version = 0
        if "meta" in tables:
            row = snapshot.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else 0
    finally:
        snapshot.close()
    return version, counts


def create_backup(
    data_dir: Path,
    out: Path,
    progress: Progress = _silent,
    cancelled: CancelCheck = _never,
) -> BackupResult:
    """Write a sealed backup of data_dir to out. Nothing is left at out unless it is complete."""
    data_dir = Path(data_dir)
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(out)
    snapshot = out.with_name(out.name + ".db" + PARTIAL_SUFFIX)
    journal = WorkJournal(data_dir)
    with journal.recording("backup", out.name, cleanup=[partial, snapshot]):
        progress(0.0, "database")
        files = list(data_files(data_dir))
        _check_space(out.parent, data_dir / DB_FILE_NAME, files)
        version, counts = snapshot_database(data_dir / DB_FILE_NAME, snapshot)
        log_head = _meta_value(snapshot, "evidence_log_head")
        if cancelled():
            raise BackupCancelled()
        total = snapshot.stat().st_size + sum(p.stat().st_size for p, _ in files) or 1
        done = 0
        entries: list[Entry] = []

        def copied(count: int, message: str) -> None:
            nonlocal done
            done += count
            progress(min(0.99, done / total), message)
            if cancelled():
                raise BackupCancelled()

        _create_private(partial)
        with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
            entries.append(_add(archive, snapshot, DATABASE_MEMBER, zipfile.ZIP_DEFLATED, copied))
            for path, relative in files:
                method = zipfile.ZIP_STORED if already_compressed(path) else zipfile.ZIP_DEFLATED
                try:
                    entries.append(_add(archive, path, member_for(relative), method, copied))
                except FileNotFoundError:
                    continue  # removed while we were working: not part of this backup
            manifest = Manifest(
                created_at=datetime.now(UTC).replace(microsecond=0),
                app_version=__version__,
                schema_version=version,
                counts=counts,
                entries=tuple(entries),
                evidence_log_head=log_head,
            )
            archive.writestr(MANIFEST_MEMBER, manifest.to_bytes(), zipfile.ZIP_DEFLATED)
            archive.comment = PLACEHOLDER
        remove_quietly(snapshot)
        write_seal(partial)
        commit_partial(partial, out)
    progress(1.0, "done")
    return BackupResult(path=out, manifest=manifest)


# How already-compressed files begin: stored evidence objects are named by their hash and
# have no extension, so their first bytes tell what they are.
_COMPRESSED_MAGIC = (
    b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\x1aE\xdf\xa3",
    b"%PDF", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf",
)  # fmt: skip


def already_compressed(path: Path) -> bool:
    """Media and archives: deflating them again costs time and saves nothing."""
    if path.suffix.lower() in STORED_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    if head.startswith(_COMPRESSED_MAGIC):
        return True
    if head[4:8] == b"ftyp":  # MP4, MOV, HEIC, 3GP
        return True
    return head[:4] == b"RIFF" and head[8:12] in {b"WEBP", b"AVI "}


def _check_space(folder: Path, database: Path, files: list[tuple[Path, PurePosixPath]]) -> None:
    needed = SPARE_BYTES + sum(_size(p) for p, _ in files)
    needed += 2 * _size(database)  # the snapshot beside the archive, and its copy inside
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise BackupNoSpace(
            f"{needed / 1024 / 1024:,.0f} MB needed, {free / 1024 / 1024:,.0f} MB free in {folder}"
        )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _meta_value(database: Path, key: str) -> str:
    connection = sqlite3.connect(database)
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return ""
    finally:
        connection.close()
    return str(row[0]) if row else ""


def _create_private(path: Path) -> None:
    """An empty file only its owner can read: a backup holds every buyer's address."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def _add(
    archive: zipfile.ZipFile,
    path: Path,
    member: str,
    method: int,
    copied: Callable[[int, str], None],
) -> Entry:
    # Zip cannot hold times before 1980; the manifest, not the timestamp, is what counts.
    stamp = max(datetime.fromtimestamp(path.stat().st_mtime), datetime(1980, 1, 1))
    info = zipfile.ZipInfo(member, date_time=stamp.timetuple()[:6])
    info.compress_type = method
    hashing = HashingWriter()
    with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
        for block in iter(lambda: source.read(_BLOCK), b""):
            hashing.update(block)
            target.write(block)
            copied(len(block), member)
    return hashing.entry(member)
