"""Unfilled {placeholders} stand out in the message editor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.core.replies.placeholders import PLACEHOLDER


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Unfilled {placeholders} stand out in red until the seller gives their value."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(255, 205, 205))
        self._format.setForeground(QColor(160, 0, 0))

    def highlightBlock(self, text: str) -> None:
        for match in PLACEHOLDER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
