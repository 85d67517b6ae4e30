"""Writing files so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Files being written carry this suffix until they are complete; a backup skips them and the
# start-up recovery removes the ones a killed process left behind.
PARTIAL_SUFFIX = ".partial"


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside folder durable. Windows cannot open folders and needs no such step."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def commit_partial(partial: Path, target: Path) -> None:
    """Move a finished partial file over its target, durably."""
    fsync_file(partial)
    os.replace(partial, target)
    fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    partial = partial_path(target)
    with partial.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)
    fsync_dir(target.parent)


def remove_quietly(path: Path) -> bool:
    """Remove a file or a whole folder; True when something was there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
        return True
    if path.exists() or path.is_symlink():
        path.unlink(missing_ok=True)
        return True
    return False
