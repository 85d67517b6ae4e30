"""The form asking for what a message still needs: fill-in fields (a new date, a refund
amount) and any order value the export did not carry."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.replies.catalogue import Catalogue, pick_title
from desktop.ui.replies.words import translate

MULTILINE = {"new_address", "ship_address"}
NO_DATE = QDate(2000, 1, 1)


class FillForm(QWidget):
    """One editor per field; values() gives raw text the core formats for the buyer."""

    changed = Signal()

    def __init__(
        self, catalogue: Catalogue, seller_language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fillForm")
        self._catalogue = catalogue
        self._language = seller_language
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        # Values survive a change of scenario or language on the same order.
        self._kept: dict[str, str] = {}

    def title_of(self, name: str) -> str:
        meta = self._catalogue.placeholders.get(name)
        if meta is not None:
            return pick_title(meta.titles, self._language)
        return name.removeprefix("column:").replace("_", " ")

    def set_fields(self, names: list[str], types: dict[str, str]) -> None:
        """Show editors for these fields, in order; keep what was typed for fields that stay."""
        self._kept.update(self.values())
        if list(self._editors) == names:
            return
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._editors.clear()
        self._labels.clear()
        for name in names:
            editor = self._editor(name, types.get(name, "text"))
            editor.setObjectName(f"fill_{name}")
            label = QLabel(self.title_of(name), self)
            self._labels[name] = label
            self._editors[name] = editor
            self._layout.addRow(label, editor)
        self.setVisible(bool(names))

    def _editor(self, name: str, kind: str) -> QWidget:
        kept = self._kept.get(name, "")
        if kind == "date":
            date_edit = QDateEdit(self)
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("yyyy-MM-dd")
            # The minimum date stands for "not chosen yet", shown as an empty field, so a
            # date is never sent that the seller did not pick.
            date_edit.setMinimumDate(NO_DATE)
            date_edit.setSpecialValueText(translate("Replies", "choose a date"))
            chosen = QDate.fromString(kept, "yyyy-MM-dd") if kept else NO_DATE
            date_edit.setDate(chosen if chosen.isValid() else NO_DATE)
            today = QDate.currentDate()
            date_edit.calendarWidget().setCurrentPage(today.year(), today.month())
            date_edit.dateChanged.connect(lambda _d: self.changed.emit())
            return date_edit
        if kind == "choice":
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItem("", "")
            for choice in self._catalogue.choices.get(name, []):
                combo.addItem(pick_title(choice.titles, self._language), choice.key)
            index = combo.findData(kept)
            if index >= 0:
                combo.setCurrentIndex(index)
            elif kept:
                combo.setEditText(kept)
            combo.lineEdit().setPlaceholderText(
                translate("Replies", "Choose, or type your own words in the buyer's language")
            )
            combo.currentTextChanged.connect(lambda _t: self.changed.emit())
            return combo
        if name in MULTILINE:
            text_edit = QPlainTextEdit(self)
            text_edit.setPlainText(kept)
            text_edit.setFixedHeight(text_edit.fontMetrics().lineSpacing() * 4 + 10)
            text_edit.textChanged.connect(self.changed.emit)
            return text_edit
        line = QLineEdit(self)
        line.setText(kept)
        if kind == "money":
            line.setPlaceholderText(translate("Replies", "Amount, e.g. 5.50"))
        elif kind == "url":
            line.setPlaceholderText("https://")
        line.textChanged.connect(lambda _t: self.changed.emit())
        return line

    def value(self, name: str) -> str:
        editor = self._editors.get(name)
        if isinstance(editor, QDateEdit):
            return "" if editor.date() == NO_DATE else editor.date().toString("yyyy-MM-dd")
        if isinstance(editor, QComboBox):
            index = editor.findText(editor.currentText())
            data = editor.itemData(index) if index >= 0 else None
            return str(data) if data else editor.currentText().strip()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return ""

    def values(self) -> dict[str, str]:
        return {name: self.value(name) for name in self._editors if self.value(name).strip()}

    def set_value(self, name: str, value: str) -> None:
        editor = self._editors.get(name)
        if isinstance(editor, QDateEdit):
            chosen = QDate.fromString(value, "yyyy-MM-dd")
            editor.setDate(chosen if chosen.isValid() else NO_DATE)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index >= 0:
                editor.setCurrentIndex(index)
            else:
                editor.setEditText(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def highlight(self, missing: list[str]) -> None:
        """Mark the fields still empty, so the seller sees what blocks the copy."""
        for name, label in self._labels.items():
            label.setStyleSheet("color: #c0392b; font-weight: bold;" if name in missing else "")

    def forget(self) -> None:
        """A new order: nothing typed for the previous buyer carries over."""
        self._kept.clear()
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._editors.clear()
        self._labels.clear()

    def names(self) -> list[str]:
        return list(self._editors)
