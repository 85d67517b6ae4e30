"""What interrupted work left in the database: a kill after an import committed but before its
journal note was removed leaves the import whole, and the seller must hear that, not 'lost'."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from desktop.core.journal import WorkNote
from desktop.core.paths import DB_FILE_NAME


@dataclass(frozen=True)
class KeptImport:
    created: int
    updated: int
    unchanged: int

    @property
    def orders(self) -> int:
        return self.created + self.updated + self.unchanged


def kept_import(note: WorkNote, data_dir: Path) -> KeptImport | None:
    """The import batch an interrupted import note committed, if it did; None when nothing was."""
    if note.kind != "import":
        return None
    path = data_dir / DB_FILE_NAME
    if not path.is_file():
        return None
    since = (note.started_at - timedelta(seconds=1)).replace(tzinfo=None).isoformat() + "Z"
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(
            "SELECT orders_created, orders_updated, orders_unchanged FROM import_batch "
            "WHERE file_name = ? AND imported_at >= ? ORDER BY id DESC LIMIT 1",
            (note.subject, since),
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return KeptImport(int(row[0]), int(row[1]), int(row[2])) if row else None
