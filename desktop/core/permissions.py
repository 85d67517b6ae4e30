"""Private files on POSIX: the data folder is the seller's alone (0700), and the database and
backups hold buyers' names and addresses (0600). Windows keeps the ACLs of the user profile."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
READ_ONLY_FILE = 0o400


def _posix() -> bool:
    return os.name == "posix"


def make_private(path: Path) -> None:
    """A folder 0700, a file 0600 (read-only files stay read-only, for the owner only)."""
    if not _posix():
        return
    with contextlib.suppress(OSError):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            return
        if stat.S_ISDIR(mode):
            os.chmod(path, PRIVATE_DIR)
        elif mode & stat.S_IWUSR:
            os.chmod(path, PRIVATE_FILE)
        else:
            os.chmod(path, READ_ONLY_FILE)


def make_data_private(data_dir: Path, db_file: str) -> None:
    """The data folder, and the database with the files SQLite keeps beside it."""
    make_private(data_dir)
    for path in data_dir.glob(db_file + "*"):
        make_private(path)


def make_read_only_tree(folder: Path) -> None:
    """Stored evidence is never modified: every file under folder read-only (0400 on POSIX)."""
    if not folder.is_dir():
        return
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError):
                os.chmod(path, READ_ONLY_FILE if _posix() else stat.S_IREAD)
