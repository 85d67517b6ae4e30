"""Automatic backups: when one is due, what it is called, and which old ones to remove."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.backup.snapshot import BACKUPS_DIR

AUTO_PREFIX = "seller-desk-auto-"
SUFFIX = ".zip"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(rf"^{AUTO_PREFIX}(\d{{8}}-\d{{6}}){re.escape(SUFFIX)}$")
# A little under a day, so the hourly check does not push each day's backup an hour later.
INTERVAL = timedelta(hours=23)


def backups_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_DIR


def auto_backup_path(folder: Path, now: datetime) -> Path:
    return folder / f"{AUTO_PREFIX}{now.strftime(_STAMP)}{SUFFIX}"


def auto_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """Automatic backups in folder, oldest first (local times, from their names)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            found.append((datetime.strptime(match.group(1), _STAMP), path))
    return sorted(found)


def is_due(folder: Path, now: datetime) -> bool:
    existing = auto_backups(folder)
    return not existing or now - existing[-1][0] >= INTERVAL


def rotate(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` automatic backups; backups the seller made are never touched."""
    existing = auto_backups(folder)
    doomed = [path for _, path in existing[: max(0, len(existing) - max(1, keep))]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
