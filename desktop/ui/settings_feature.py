"""File > Settings… (Ctrl+,) for the main window, and the start-up report of interrupted work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.notices import Changed, OrderChanges
from desktop.ui.context import AppContext
from desktop.ui.interrupted_work import report_interrupted
from desktop.ui.settings_dialog import Devices, SettingsDialog
from desktop.ui.settings_store import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsMenu", text)


def system_cameras() -> list[tuple[str, str]]:
    from PySide6.QtMultimedia import QMediaDevices

    return [
        (bytes(d.id().data()).decode(errors="replace"), d.description())
        for d in QMediaDevices.videoInputs()
    ]


def system_printers() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class SettingsFeature:
    def __init__(
        self,
        ctx: AppContext,
        devices: Devices | None = None,
        app_settings: Callable[[], Settings] = Settings,
    ) -> None:
        self._ctx = ctx
        # The user-level settings (not the data folder's), made only when the dialog opens.
        self._app_settings = app_settings
        self._devices = devices or Devices(cameras=system_cameras, printers=system_printers)
        self.dialog: SettingsDialog | None = None
        self._reported = False

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        return []

    def actions(self, ctx: AppContext) -> list[QAction]:
        window = ctx.window
        if window is not None and not self._reported:
            # The window asks for actions once it exists; report after it is shown, on top of it.
            self._reported = True
            QTimer.singleShot(0, window, lambda: report_interrupted(ctx.data_dir, window))
        action = QAction(_tr("Settings…"), ctx.window)
        action.setObjectName("openSettings")
        action.setShortcut(QKeySequence("Ctrl+,"))
        action.setMenuRole(QAction.MenuRole.PreferencesRole)
        action.setProperty("menu", "File")
        action.triggered.connect(lambda: self.open())
        return [action]

    def open(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self._ctx.settings,
            self._ctx.data_dir,
            self._devices,
            self._ctx.window,
            self._app_settings(),
        )
        # Shop names show in the table; the seller's day decides Today and the counts.
        dialog.accepted.connect(
            lambda: self._ctx.notices.publish(
                OrderChanges(None, frozenset({Changed.SHOPS, Changed.CASE}), source=self)
            )
        )
        dialog.open()
        self.dialog = dialog
        return dialog
