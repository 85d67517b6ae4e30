"""The manifest inside a backup, and how archive member names map to files on disk."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.core.backup.errors import BackupDamaged, BackupTooNew
from desktop.core.paths import DB_FILE_NAME

FORMAT = "seller-desk-backup"
FORMAT_VERSION = 1
MANIFEST_MEMBER = "manifest.json"
DATABASE_MEMBER = f"database/{DB_FILE_NAME}"
FILES_PREFIX = "files/"
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# The app's own folders in the data folder: never data, never restored (a member there would
# collide with the restore's own journal and staging).
WORKING_FOLDERS = frozenset({"in-progress", "backups", "logs"})


@dataclass(frozen=True)
class Entry:
    member: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    app_version: str
    schema_version: int
    # Rows per table in the snapshot, so a restore can say what it brought back.
    counts: dict[str, int]
    entries: tuple[Entry, ...] = field(default=())
    # The evidence log's head as the database anchored it when the backup was made.
    evidence_log_head: str = ""

    @property
    def total_bytes(self) -> int:
        return sum(e.size for e in self.entries)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at.astimezone(UTC).strftime(_TIME_FORMAT),
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "counts": self.counts,
            "evidence_log_head": self.evidence_log_head,
            "entries": [
                {"member": e.member, "size": e.size, "sha256": e.sha256} for e in self.entries
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            data: dict[str, Any] = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise BackupDamaged("not a Seller Desk backup")
            if int(data["format_version"]) > FORMAT_VERSION:
                raise BackupTooNew(f"backup format {data['format_version']}")
            entries = tuple(
                Entry(member=str(e["member"]), size=int(e["size"]), sha256=str(e["sha256"]))
                for e in data["entries"]
            )
            return cls(
                created_at=datetime.strptime(data["created_at"], _TIME_FORMAT).replace(tzinfo=UTC),
                app_version=str(data["app_version"]),
                schema_version=int(data["schema_version"]),
                counts={str(k): int(v) for k, v in data["counts"].items()},
                entries=entries,
                evidence_log_head=str(data.get("evidence_log_head") or ""),
            )
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise BackupDamaged("the manifest cannot be read") from error


def member_for(relative: PurePosixPath) -> str:
    return FILES_PREFIX + relative.as_posix()


def target_of(member: str, root: Path) -> Path:
    """Where a member goes under root. Refuses any name that could land outside root."""
    if member == DATABASE_MEMBER:
        return root / DB_FILE_NAME
    if not member.startswith(FILES_PREFIX):
        raise BackupDamaged("unexpected entry", member)
    relative = member[len(FILES_PREFIX) :]
    parts = PurePosixPath(relative).parts
    if (
        not relative
        or "\\" in relative
        or "\x00" in relative
        or relative.startswith("/")
        or ":" in relative  # a Windows drive or an NTFS stream
        or any(part in {"", ".", ".."} for part in parts)
        or relative != "/".join(parts)  # "a//b", trailing slash
    ):
        raise BackupDamaged("unsafe path in the backup", member)
    if parts[0] in WORKING_FOLDERS or parts[0].startswith(".restore-"):
        raise BackupDamaged("the backup holds the app's own working folders", member)
    if len(parts) == 1 and parts[0].startswith(DB_FILE_NAME):
        raise BackupDamaged("the backup holds a second database", member)
    target = root.joinpath(*parts)
    resolved_root = root.resolve()
    if not target.resolve().is_relative_to(resolved_root):
        raise BackupDamaged("unsafe path in the backup", member)
    return target


class HashingWriter:
    """Counts and hashes the bytes written through it, so a file is read only once."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def update(self, block: bytes) -> None:
        self.digest.update(block)
        self.size += len(block)

    def entry(self, member: str) -> Entry:
        return Entry(member=member, size=self.size, sha256=self.digest.hexdigest())
