"""A backup restores to the same database rows and the same files, and leaves out what is not data."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core.backup.errors import BackupCancelled
from desktop.core.backup.restore import restore_backup
from desktop.core.backup.snapshot import create_backup
from desktop.core.backup.verify import verify_backup
from desktop.core.db import close_database
from desktop.core.models import Order
from desktop.core.paths import DB_FILE_NAME

from .conftest import table_dump, tree_hashes

pytestmark = pytest.mark.sqlite_only  # the embedded database file itself


def _data_files(folder: Path) -> dict[str, str]:
    skipped = ("logs/", "backups/", "in-progress/")
    return {
        k: v
        for k, v in tree_hashes(folder).items()
        if not k.startswith(skipped)
        and not k.startswith(DB_FILE_NAME)
        and not k.endswith(".partial")
    }


def test_restore_on_a_fresh_folder_gives_back_every_row_and_file(
    full_data_dir: Path, tmp_path: Path
) -> None:
    orders = Order.select().count()
    assert orders > 500
    result = create_backup(full_data_dir, tmp_path / "out" / "backup.zip")
    assert result.manifest.counts["orders"] == orders
    members = set(zipfile.ZipFile(result.path).namelist())
    assert "files/evidence/ab/ab12cd.jpg" in members
    assert "files/evidence/照片 1.txt" in members
    assert not any(m.startswith(("files/logs", "files/backups")) for m in members)
    assert not any(m.endswith((".partial", "-wal", "-shm")) for m in members)
    assert not list((tmp_path / "out").glob("*.partial"))

    expected_rows = table_dump(full_data_dir / DB_FILE_NAME)
    expected_files = _data_files(full_data_dir)
    close_database()

    fresh = tmp_path / "fresh"
    restored = restore_backup(result.path, fresh)
    assert restored.replaced is None
    assert table_dump(fresh / DB_FILE_NAME) == expected_rows
    assert _data_files(fresh) == expected_files
    assert not [p for p in fresh.iterdir() if p.name.startswith(".restore-")]


def test_restore_over_existing_data_keeps_the_old_data_aside(
    full_data_dir: Path, tmp_path: Path
) -> None:
    backup = create_backup(full_data_dir, tmp_path / "b.zip").path
    close_database()
    target = tmp_path / "target"
    target.mkdir()
    (target / DB_FILE_NAME).write_bytes(b"the old database")
    (target / "evidence").mkdir()
    (target / "evidence" / "mine.jpg").write_bytes(b"old photo")
    (target / "logs").mkdir()
    (target / "logs" / "keep.log").write_text("stays")

    result = restore_backup(backup, target)
    assert result.replaced is not None and result.replaced.parent == target / "backups"
    assert (result.replaced / DB_FILE_NAME).read_bytes() == b"the old database"
    assert (result.replaced / "evidence" / "mine.jpg").read_bytes() == b"old photo"
    assert (target / "logs" / "keep.log").read_text() == "stays"
    assert (target / "evidence" / "ab" / "ab12cd.jpg").exists()


def test_verify_returns_the_manifest(full_data_dir: Path, tmp_path: Path) -> None:
    backup = create_backup(full_data_dir, tmp_path / "b.zip").path
    manifest = verify_backup(backup)
    assert manifest.counts["orders"] == Order.select().count()
    assert {e.member for e in manifest.entries} >= {"database/seller-desk.db"}


def test_cancelled_backup_leaves_no_file(full_data_dir: Path, tmp_path: Path) -> None:
    calls = 0

    def cancel_soon() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(BackupCancelled):
        create_backup(full_data_dir, tmp_path / "b.zip", cancelled=cancel_soon)
    assert not list(tmp_path.glob("b.zip*"))
    assert not list((full_data_dir / "in-progress").glob("*.json"))


def test_lock_files_of_a_running_app_are_not_backed_up(full_data_dir: Path) -> None:
    from desktop.core.backup.snapshot import data_files

    (full_data_dir / "settings.ini.lock").write_text("1")  # QSettings while it writes
    (full_data_dir / "window.lock").write_text("1")  # the open window
    names = {str(relative) for _path, relative in data_files(full_data_dir)}
    assert "settings.ini.lock" not in names and "window.lock" not in names
