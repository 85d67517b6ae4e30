"""The Help menu's actions for the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.logs import logs_folder
from desktop.ui.context import AppContext
from desktop.ui.help.about import AboutDialog
from desktop.ui.help.guide import GuideDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


class HelpFeature:
    def __init__(
        self, ctx: AppContext, open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
    ) -> None:
        self._ctx = ctx
        self._open_url = open_url
        self.dialog: QWidget | None = None

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        return []

    def actions(self, ctx: AppContext) -> list[QAction]:
        guide = QAction(_tr("Guide"), ctx.window)
        guide.setObjectName("helpGuide")
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(lambda: self.show_guide())
        logs = QAction(_tr("Open logs folder"), ctx.window)
        logs.setObjectName("openLogsFolder")
        logs.setToolTip(_tr("The log files to attach to a bug report"))
        logs.triggered.connect(lambda: self.open_logs())
        about = QAction(_tr("About Seller Desk"), ctx.window)
        about.setObjectName("helpAbout")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: self.show_about())
        for action in (guide, logs, about):
            action.setProperty("menu", "Help")
        return [guide, logs, about]

    def show_guide(self) -> GuideDialog:
        dialog = GuideDialog(self._ctx.window)
        dialog.show()
        self.dialog = dialog
        return dialog

    def show_about(self) -> AboutDialog:
        icon = self._ctx.window.windowIcon() if self._ctx.window is not None else None
        dialog = AboutDialog(self._ctx.data_dir, self._open_url, icon, self._ctx.window)
        dialog.show()
        self.dialog = dialog
        return dialog

    def open_logs(self) -> None:
        folder = logs_folder(self._ctx.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        self._open_url(QUrl.fromLocalFile(str(folder)))
