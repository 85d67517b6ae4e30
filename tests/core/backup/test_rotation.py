"""Automatic backups: due once a day, the newest few kept, the seller's own backups untouched."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.backup.rotation import auto_backup_path, auto_backups, is_due, rotate


def test_due_when_none_or_a_day_old(tmp_path: Path) -> None:
    now = datetime(2024, 11, 30, 21, 0)
    assert is_due(tmp_path / "missing", now)
    auto_backup_path(tmp_path, now - timedelta(hours=5)).write_bytes(b"x")
    assert not is_due(tmp_path, now)
    assert is_due(tmp_path, now + timedelta(hours=19))


def test_rotation_keeps_the_newest_and_never_touches_manual_backups(tmp_path: Path) -> None:
    start = datetime(2024, 11, 1, 20, 0)
    for day in range(10):
        auto_backup_path(tmp_path, start + timedelta(days=day)).write_bytes(b"x")
    manual = tmp_path / "before-moving.zip"
    manual.write_bytes(b"mine")
    removed = rotate(tmp_path, keep=7)
    assert len(removed) == 3
    kept = [when for when, _ in auto_backups(tmp_path)]
    assert kept == [start + timedelta(days=d) for d in range(3, 10)]
    assert manual.exists()
    assert rotate(tmp_path, keep=0) and len(auto_backups(tmp_path)) == 1
