"""Back up now…, Restore…, the daily backup and the start-up report, as the seller sees them."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.backup.rotation import auto_backups
from desktop.core.journal import WorkJournal
from desktop.core.models import Order
from desktop.ui.backup_actions import AutoBackup, BackupFeature
from desktop.ui.context import AppContext
from desktop.ui.interrupted_work import report_interrupted
from desktop.ui.settings_store import Settings


def _feature(data_dir: Path, changed: list[int]) -> BackupFeature:
    ctx = AppContext(data_dir=data_dir, settings=Settings(data_dir / "settings.ini"))
    ctx.notices.changed.connect(lambda changes: changed.append(1) if changes.is_everything else None)
    return BackupFeature(ctx)


def test_back_up_then_restore_over_changed_data(qtbot, imported: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    changed: list[int] = []
    feature = _feature(imported, changed)
    orders = Order.select().count()
    actions = {a.objectName(): a for a in feature.actions(feature._ctx)}
    assert actions["backupNow"].property("toolbar") is True
    assert actions["restoreBackup"].property("menu") == "File"

    target = tmp_path / "backup.zip"
    assert feature.back_up_now(target) is not None
    # The task may finish before a signal could be connected: wait on the state instead.
    qtbot.waitUntil(lambda: feature.task is None, timeout=20000)
    assert target.exists()
    assert "backup.zip" in feature.last_message.text()

    Order.delete().where(Order.marketplace == "ebay").execute()
    assert Order.select().count() < orders
    assert feature.restore(target, confirm=False) is not None
    qtbot.waitUntil(lambda: feature.task is None, timeout=20000)
    assert Order.select().count() == orders
    assert changed == [1]
    assert "backups" in feature.last_message.text()


def test_a_damaged_backup_is_refused_with_a_clear_message(
    qtbot, imported: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    feature = _feature(imported, [])
    target = tmp_path / "backup.zip"
    feature.back_up_now(target)
    qtbot.waitUntil(lambda: feature.task is None, timeout=20000)
    data = bytearray(target.read_bytes())
    data[len(data) // 3] ^= 0xFF
    target.write_bytes(bytes(data))
    orders = Order.select().count()
    feature.restore(target, confirm=False)
    qtbot.waitUntil(lambda: feature.task is None, timeout=20000)
    assert "damaged" in feature.last_message.text()
    assert Order.select().count() == orders


def test_daily_backup_when_due_and_rotated(qtbot, imported: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(imported / "settings.ini")
    settings.set("backup/keep", 2)
    clock = [datetime(2024, 11, 28, 20, 0)]
    auto = AutoBackup(imported, settings, now=lambda: clock[0])
    for _ in range(3):
        assert auto.check_now() is not None
        qtbot.waitUntil(lambda: auto.task is None, timeout=20000)
        assert auto.check_now() is None  # not due again within the day
        clock[0] += timedelta(days=1)
    assert [when.day for when, _ in auto_backups(imported / "backups")] == [29, 30]


def test_start_reports_what_a_kill_interrupted(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    script = (
        "import os; from pathlib import Path; from desktop.core.journal import WorkJournal;"
        f"WorkJournal(Path({str(tmp_path)!r})).begin('import', 'shopee_my_orders.xlsx'); os._exit(9)"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    box = report_interrupted(tmp_path, None)
    assert box is not None
    qtbot.addWidget(box)
    assert "shopee_my_orders.xlsx" in box.informativeText()
    assert WorkJournal(tmp_path).notes() == []
    assert report_interrupted(tmp_path, None) is None
