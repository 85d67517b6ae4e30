"""A data folder with orders, evidence-like files and the clutter a backup must leave out."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest


def tree_hashes(folder: Path) -> dict[str, str]:
    """Every file under folder -> SHA-256, to show that nothing changed."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def table_dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(db_path)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        connection.close()


@pytest.fixture
def full_data_dir(imported: Path) -> Path:
    evidence = imported / "evidence" / "ab"
    evidence.mkdir(parents=True)
    (evidence / "ab12cd.jpg").write_bytes(bytes(range(256)) * 40)
    (evidence / "ab99ff.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" * 500)
    (imported / "evidence" / "照片 1.txt").write_text("非 ASCII 名字", encoding="utf-8")
    (imported / "settings.ini").write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    # Left out of every backup: logs, earlier backups, half-written files.
    (imported / "logs").mkdir()
    (imported / "logs" / "seller-desk.log").write_text("log\n")
    (imported / "backups").mkdir()
    (imported / "backups" / "old.zip").write_bytes(b"old")
    (imported / "evidence" / "ab" / "new.jpg.partial").write_bytes(b"half")
    return imported
