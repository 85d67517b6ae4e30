"""File > Back up now… / Restore…, and the automatic daily backup (checked at start and hourly)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.backup.errors import BackupCancelled, BackupDamaged, BackupNoSpace, BackupTooNew
from desktop.core.backup.restore import (
    PreparedRestore,
    commit_restore,
    discard_restore,
    prepare_restore,
)
from desktop.core.backup.rotation import auto_backup_path, backups_folder, is_due, rotate
from desktop.core.backup.snapshot import BackupResult, create_backup
from desktop.core.db import close_database, open_database
from desktop.core.paths import DB_FILE_NAME, database_url
from desktop.ui.context import AppContext
from desktop.ui.settings_store import Settings
from desktop.ui.tasks import Task, run_with_progress

log = logging.getLogger(__name__)
HOUR_MS = 60 * 60 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backup", text)


def backup_target_folder(data_dir: Path, settings: Settings) -> Path:
    chosen = str(settings.get("backup/folder") or "")
    return Path(chosen) if chosen else backups_folder(data_dir)


def sqlite_in(data_dir: Path) -> bool:
    return database_url(data_dir) == f"sqlite:///{(data_dir / DB_FILE_NAME).as_posix()}"


def error_text(error: BaseException) -> str:
    if isinstance(error, BackupDamaged):
        return _tr("This backup is damaged or was changed after it was made, so nothing was restored. "
                   "Try another backup.")  # fmt: skip
    if isinstance(error, BackupTooNew):
        return _tr(
            "This backup was made by a newer Seller Desk. Update Seller Desk, then restore it."
        )
    if isinstance(error, BackupNoSpace):
        return _tr("There is not enough free disk space ({reason}). Nothing was changed.").format(
            reason=str(error)
        )
    if isinstance(error, OSError):
        return _tr("The file could not be written or read: {reason}").format(
            reason=error.strerror or str(error)
        )
    return _tr("Something went wrong: {reason}").format(reason=str(error))


class AutoBackup(QObject):
    """Makes the daily backup when one is due: at start and then once an hour."""

    backed_up = Signal(object)  # BackupResult

    def __init__(self, data_dir: Path, settings: Settings, parent: QObject | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:  # fmt: skip
        super().__init__(parent)
        self._data_dir = data_dir
        self._settings = settings
        self._now = now
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self, first_check_ms: int = 30_000) -> None:
        # The first check waits a little so it never slows the start itself.
        QTimer.singleShot(first_check_ms, self, self.check_now)
        self.timer.start()

    def check_now(self) -> Task | None:
        if self.task is not None or not self._settings.get("backup/daily"):
            return None
        window = self.parent()
        if isinstance(window, QWidget) and not window.isVisible():
            return None  # the window was closed; the app is on its way out
        if not sqlite_in(self._data_dir):
            return None
        folder = backup_target_folder(self._data_dir, self._settings)
        now = self._now()
        if not is_due(folder, now):
            return None
        keep = int(self._settings.get("backup/keep"))
        data_dir = self._data_dir

        def work(
            report: Callable[[float, str], None], cancelled: Callable[[], bool]
        ) -> BackupResult:
            result = create_backup(data_dir, auto_backup_path(folder, now), report, cancelled)
            rotate(folder, keep)
            return result

        self.task = Task(work, self)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(lambda e: log.error("automatic backup failed: %s", e))
        self.task.finished.connect(self._finished)
        self.task.start()
        return self.task

    def _succeeded(self, result: BackupResult) -> None:
        log.info("automatic backup written to %s", result.path)
        self.backed_up.emit(result)

    def _finished(self) -> None:
        self.task = None


class BackupFeature:
    """Back up now…, Restore… and the automatic backup, for the main window."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.auto = AutoBackup(ctx.data_dir, ctx.settings)
        self.task: Task | None = None
        self.last_message: QMessageBox | None = None

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        return []

    def actions(self, ctx: AppContext) -> list[QAction]:
        # The window adopts the actions once it exists: the moment to start the daily check.
        if ctx.window is not None and not self.auto.timer.isActive():
            self.auto.setParent(ctx.window)
            self.auto.start()
        backup = QAction(_tr("Back up now…"), ctx.window)
        backup.setObjectName("backupNow")
        backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup.setToolTip(_tr("Save every order, photo, video and message to one backup file"))
        backup.setProperty("menu", "File")
        backup.setProperty("toolbar", True)
        backup.triggered.connect(lambda: self.back_up_now())
        restore = QAction(_tr("Restore…"), ctx.window)
        restore.setObjectName("restoreBackup")
        restore.setProperty("menu", "File")
        restore.triggered.connect(lambda: self.restore())
        return [backup, restore]

    def _inform(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(
            icon, _tr("Backup"), text, QMessageBox.StandardButton.Ok, self._ctx.window
        )
        box.setObjectName("backupMessage")
        box.setModal(False)
        box.show()
        self.last_message = box

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, BackupCancelled):
            return
        log.error("backup or restore failed: %s", error)
        self._inform(error_text(error), QMessageBox.Icon.Warning)

    def back_up_now(self, target: Path | None = None) -> Task | None:
        if self.task is not None:
            return None
        if not sqlite_in(self._ctx.data_dir):
            self._inform(
                _tr("Backups work on the database in the data folder only."),
                QMessageBox.Icon.Warning,
            )
            return None
        if target is None:
            folder = backup_target_folder(self._ctx.data_dir, self._ctx.settings)
            folder.mkdir(parents=True, exist_ok=True)
            suggested = folder / f"seller-desk-{datetime.now():%Y%m%d-%H%M}.zip"
            chosen, _ = QFileDialog.getSaveFileName(
                self._ctx.window,
                _tr("Back up to"),
                str(suggested),
                _tr("Seller Desk backup (*.zip)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        data_dir = self._ctx.data_dir

        def work(
            report: Callable[[float, str], None], cancelled: Callable[[], bool]
        ) -> BackupResult:
            return create_backup(data_dir, target, report, cancelled)

        def done(result: BackupResult) -> None:
            self._inform(
                _tr("Backed up {orders} orders and {files} files to {path}.").format(
                    orders=result.manifest.counts.get("orders", 0),
                    files=len(result.manifest.entries) - 1,
                    path=str(result.path),
                )
            )

        self.task = run_with_progress(
            work, _tr("Backing up…"), self._ctx.window, done, self._failed, self._task_done
        )
        return self.task

    def _task_done(self) -> None:
        self.task = None

    def restore(self, source: Path | None = None, confirm: bool = True) -> Task | None:
        if self.task is not None:
            return None
        if source is None:
            folder = backup_target_folder(self._ctx.data_dir, self._ctx.settings)
            chosen, _ = QFileDialog.getOpenFileName(
                self._ctx.window,
                _tr("Restore from"),
                str(folder),
                _tr("Seller Desk backup (*.zip)"),
            )
            if not chosen:
                return None
            source = Path(chosen)
        data_dir = self._ctx.data_dir

        def work(
            report: Callable[[float, str], None], cancelled: Callable[[], bool]
        ) -> PreparedRestore:
            return prepare_restore(source, data_dir, report, cancelled)

        def prepared(ready: PreparedRestore) -> None:
            if confirm and not self._confirm(ready):
                discard_restore(ready)
                return
            self._swap(ready)

        self.task = run_with_progress(
            work,
            _tr("Checking the backup…"),
            self._ctx.window,
            prepared,
            self._failed,
            self._task_done,
        )
        return self.task

    def _confirm(self, ready: PreparedRestore) -> bool:
        made = ready.manifest.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self._ctx.window,
            _tr("Restore"),
            _tr("The backup of {date} is complete and checked: {orders} orders and {files} files.\n\n"
                "Restore it now? The data Seller Desk holds now is moved to the backups folder, "
                "not deleted.").format(
                date=made,
                orders=ready.manifest.counts.get("orders", 0),
                files=len(ready.manifest.entries) - 1,
            ),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _swap(self, ready: PreparedRestore) -> None:
        # Renames only, on the GUI thread, so nothing queries the database while it is away.
        close_database()
        try:
            result = commit_restore(ready)
        finally:
            open_database(database_url(self._ctx.data_dir))
        self._ctx.notices.everything(source=self)
        text = _tr("Restored {orders} orders and {files} files.").format(
            orders=result.manifest.counts.get("orders", 0), files=len(result.manifest.entries) - 1
        )
        if result.replaced is not None:
            text += "\n" + _tr("The data that was there before is kept in {folder}.").format(
                folder=str(result.replaced)
            )
        self._inform(text)
