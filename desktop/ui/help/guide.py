"""Help > Guide: the three everyday tasks in a few lines each, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideDialog", text)


def guide_html() -> str:
    sections = [
        (
            _tr("1. Orders: import and pack"),
            [
                _tr(
                    "Download the order export from each marketplace (Excel or CSV) and drop it on "
                    "the window, or use Import. Importing the same file again only updates orders."
                ),
                _tr(
                    "The views on the left show what to do today: To pack, Shipped, Problems. Type in "
                    "the search box to find an order by number, buyer, SKU, phone or tracking number."
                ),
                _tr(
                    "Print checklists for the orders to pack, then scan each item at the pack station; "
                    "the order is marked packed when everything is in the box."
                ),
            ],
        ),
        (
            _tr("2. Evidence: photos and video while packing"),
            [
                _tr(
                    "At the pack station the camera records the packing. Photos and videos are sealed "
                    "with a checksum and kept with the order."
                ),
                _tr(
                    "When a buyer opens a dispute, make a dispute pack: the order, its evidence and "
                    "the messages in one file for the marketplace."
                ),
            ],
        ),
        (
            _tr("3. Replies: answer buyers in their language"),
            [
                _tr(
                    "Open an order and choose a reply: shipped, delayed, ask for a review, and more. "
                    "The text is filled in with the order's details, in the buyer's language, with "
                    "your translation beside it."
                ),
                _tr(
                    "Copy it into the marketplace's message window. Seller Desk remembers what was "
                    "sent and reminds you to follow up."
                ),
            ],
        ),
        (
            _tr("Keeping your data safe"),
            [
                _tr(
                    "Seller Desk backs itself up every day. In Settings, choose a backup folder on a "
                    "USB disk or a cloud drive. On a new computer, install Seller Desk and use "
                    "File > Restore… to get everything back."
                ),
            ],
        ),
    ]
    parts = []
    for title, paragraphs in sections:
        parts.append(f"<h3>{title}</h3>")
        parts.extend(f"<p>{p}</p>" for p in paragraphs)
    return "".join(parts)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(_tr("Seller Desk guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 600)
