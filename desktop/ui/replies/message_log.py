"""The conversation log of one order, as a table: time, who, language, text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.core.models.replies import Message
from desktop.core.replies import log
from desktop.ui.replies.words import direction_text, translate

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("time", "who", "language", "text")


class MessageLogModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Message] = []

    def load(self, order_pk: int | None) -> None:
        self.beginResetModel()
        self._rows = log.messages(order_pk) if order_pk is not None else []
        self.endResetModel()

    def message_at(self, row: int) -> Message | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            translate("Replies", "Time"),
            translate("Replies", "Who"),
            translate("Replies", "Language"),
            translate("Replies", "Message"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        message = self.message_at(index.row())
        if message is None or not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return message.at.astimezone().strftime("%Y-%m-%d %H:%M")
            if column == "who":
                return direction_text(message.direction)
            if column == "language":
                return message.language
            # One line per message keeps the log scannable; the tooltip holds all of it.
            return " ⏎ ".join(line for line in message.text.splitlines() if line.strip())
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return message.text + (f"\n\n— {message.seller_text}" if message.seller_text else "")
        if role == Qt.ItemDataRole.BackgroundRole and message.direction == log.IN:
            return QBrush(QColor(240, 244, 250))
        return None


class MessageLogView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageLog")
        self.log_model = MessageLogModel(self)
        self.setModel(self.log_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def load(self, order_pk: int | None) -> None:
        self.log_model.load(order_pk)
        self.scrollToBottom()

    def selected_message(self) -> Message | None:
        rows = self.selectionModel().selectedRows()
        return self.log_model.message_at(rows[0].row()) if rows else None
