"""What the seller sees when something unexpected goes wrong: a plain message, the details
to copy into a bug report, the logs folder one click away; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


class ErrorDialog(QDialog):
    def __init__(self, details: str, logs: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(tr("Something went wrong"))
        self._details = details
        self._logs = logs
        message = QLabel(
            tr("Seller Desk ran into an unexpected problem. Your data is safe; the work you "
               "were doing may not have finished. If it happens again, send the details and "
               "the logs folder with your report."),
            self,
        )  # fmt: skip
        message.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.logs_button = buttons.addButton(tr("Open logs folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.logs_button.clicked.connect(self.open_logs)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)

    def open_logs(self) -> None:
        self._logs.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._logs)))


def install_error_dialog(logs: Path) -> ExceptHook:
    """Uncaught exceptions (in slots, timers, event handlers) are logged and shown; the app goes
    on. Returns the hook that was replaced."""
    previous = sys.excepthook
    showing: list[ErrorDialog] = []

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("seller-desk").critical("uncaught exception", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None or showing:
            previous(kind, value, tb)  # one dialog at a time; a second error is in the log
            return
        details = f"Seller Desk {__version__}\n" + "".join(traceback.format_exception(kind, value, tb))
        dialog = ErrorDialog(details, logs, QApplication.activeWindow())
        showing.append(dialog)
        dialog.finished.connect(lambda _result: showing.clear())
        dialog.open()

    sys.excepthook = hook
    return previous
