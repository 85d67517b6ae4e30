"""What a new user sees first: what the app does, and two ways to start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("EmptyState", text)


class EmptyStatePage(QWidget):
    import_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(tr("Welcome to Seller Desk"), self)
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        points = QLabel(
            "<ol style='font-size:11pt; line-height:150%'>"
            + "".join(
                f"<li>{text}</li>"
                for text in (
                    tr(
                        "<b>Orders</b>: drop the order export of any marketplace here (Shopee, Lazada, AliExpress, Amazon, eBay, Etsy, TikTok Shop, Shopify, Mercado Libre). Every order, buyer and item, in one fast table."
                    ),
                    tr(
                        "<b>Packing</b>: print checklists and pick lists, scan items at the pack station, and keep photos and videos of the packing as sealed evidence for disputes."
                    ),
                    tr(
                        "<b>Replies</b>: one-click after-sales messages in the buyer's language, with the buyer's local time in view, every message kept as evidence."
                    ),
                )
            )
            + "</ol>",
            self,
        )
        points.setWordWrap(True)
        points.setMinimumWidth(560)
        points.setMaximumWidth(720)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(points)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(tr("Import an export…"), self)
        self.import_button.setDefault(True)
        self.samples_button = QPushButton(tr("Try it with sample orders"), self)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.samples_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hint = QLabel(tr("Tip: you can also drag export files onto this window."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        layout.addStretch(2)
        self.import_button.clicked.connect(self.import_requested)
        self.samples_button.clicked.connect(self.samples_requested)
