"""Help > About Seller Desk: the version and where the data and logs are."""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.logs import logs_folder
from desktop.core.paths import shipped_folder


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def _path_label(path: Path) -> QLabel:
    label = QLabel(str(path))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        open_url: Callable[[QUrl], object],
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_tr("About Seller Desk"))
        title = QLabel(f"<h2>Seller Desk {__version__}</h2>")
        title.setObjectName("aboutTitle")
        blurb = QLabel(
            _tr("The order desk for one-person cross-border sellers: every marketplace's orders "
                "in one table, packing evidence, and replies in the buyer's language.")
        )  # fmt: skip
        blurb.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("Version"), QLabel(__version__))
        form.addRow(_tr("Data folder"), _path_label(data_dir))
        form.addRow(_tr("Logs"), _path_label(logs_folder(data_dir)))
        runtime = (
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}"
        )
        form.addRow(_tr("Built with"), QLabel(runtime))
        licences = QLabel(
            _tr("Seller Desk is proprietary software. It includes open-source components under "
                "their own licences: Qt and PySide6 (LGPL-3.0), FFmpeg (LGPL-2.1), peewee, "
                "openpyxl, calamine, Pillow, platformdirs, charset-normalizer, pycountry, tzdata, "
                "segno, python-barcode, Babel and psycopg2.")
        )  # fmt: skip
        licences.setObjectName("aboutLicences")
        licences.setWordWrap(True)
        form.addRow(_tr("Licences"), licences)
        open_data = QPushButton(_tr("Open data folder"))
        open_data.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(data_dir))))
        open_logs = QPushButton(_tr("Open logs folder"))
        open_logs.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(logs_folder(data_dir)))))
        open_licences = QPushButton(_tr("Licence texts"))
        open_licences.setObjectName("openLicences")
        licence_folder = shipped_folder("resources") / "licenses"
        open_licences.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(licence_folder))))
        row = QHBoxLayout()
        row.addWidget(open_data)
        row.addWidget(open_logs)
        row.addWidget(open_licences)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        header = QHBoxLayout()
        if icon is not None and not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            header.addWidget(picture)
        header.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)
