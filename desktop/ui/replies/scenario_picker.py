"""Scenario buttons grouped by stage, with a search box that also takes /shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.replies.library import Entry, Library
from desktop.ui.replies.eliding_button import ElidingButton
from desktop.ui.replies.words import translate

COLUMNS = 2


class ScenarioPicker(QWidget):
    scenario_chosen = Signal(str)

    def __init__(
        self, library: Library, seller_language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioPicker")
        self._library = library
        self._language = seller_language
        self.search = QLineEdit(self)
        self.search.setObjectName("scenarioSearch")
        self.search.setPlaceholderText(translate("Replies", "Search scenarios, or type /shortcut"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_from_search)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self._boxes: list[tuple[QGroupBox, list[str]]] = []
        self._entries: dict[str, Entry] = {}

        self._inner = QWidget()
        self._inner_layout = QVBoxLayout(self._inner)
        self._inner_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(scroll, 1)
        self.rebuild()

    def rebuild(self) -> None:
        """Rebuild the buttons (after the seller edits her templates)."""
        for button in self.buttons.values():
            self._group.removeButton(button)
        while self._inner_layout.count():
            item = self._inner_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        self._boxes.clear()
        entries = self._library.entries(self._language)
        self._entries = {e.key: e for e in entries}
        groups: dict[str, list[Entry]] = {}
        for entry in entries:
            groups.setdefault(entry.group or translate("Replies", "My templates"), []).append(entry)
        for group, members in groups.items():
            # A group title is text, not a mnemonic: "Cancel & return" keeps its ampersand.
            title = self._library.group_title(group, self._language).replace("&", "&&")
            box = QGroupBox(title, self._inner)
            grid = QGridLayout(box)
            grid.setContentsMargins(4, 4, 4, 4)
            grid.setSpacing(3)
            for index, entry in enumerate(members):
                button = ElidingButton(entry.title.replace("&", "&&"), box)
                button.setObjectName(f"scenario_{entry.key}")
                button.setCheckable(True)
                # Long titles end in "…" in a narrow column; the tooltip holds all of it.
                button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                button.setToolTip(
                    f"{entry.title}  /{entry.shortcut}" if entry.shortcut else entry.title
                )
                button.clicked.connect(
                    lambda _checked=False, key=entry.key: self.scenario_chosen.emit(key)
                )
                self._group.addButton(button)
                self.buttons[entry.key] = button
                grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self._inner_layout.addWidget(box)
            self._boxes.append((box, [m.key for m in members]))
        self._inner_layout.addStretch(1)
        self._filter(self.search.text())

    def set_unfit(self, reasons: dict[str, str]) -> None:
        """Dim the scenarios whose words are not true for this order, saying why; they stay
        clickable (the seller may know better), and copying one still asks."""
        for key, button in self.buttons.items():
            reason = reasons.get(key)
            title = button.text().replace("&&", "&")
            shortcut = self._entries[key].shortcut if key in self._entries else ""
            tip = f"{title}  /{shortcut}" if shortcut else title
            button.setToolTip(f"{tip}\n⚠ {reason}" if reason else tip)
            button.setStyleSheet("color: #999; font-style: italic;" if reason else "")
            button.setProperty("unfit", bool(reason))

    def mark(self, key: str | None) -> None:
        button = self.buttons.get(key or "")
        if button is not None:
            button.setChecked(True)
        else:
            checked = self._group.checkedButton()
            if checked is not None:
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)

    def _matches(self, entry: Entry, words: list[str]) -> bool:
        haystack = " ".join((entry.title, entry.key, entry.shortcut)).casefold()
        if not entry.key.startswith("my:"):
            haystack += (
                " "
                + " ".join(self._library.catalogue.scenario(entry.key).titles.values()).casefold()
            )
        return all(word in haystack for word in words)

    def visible_keys(self) -> list[str]:
        return [key for key, button in self.buttons.items() if not button.isHidden()]

    def _filter(self, text: str) -> None:
        words = text.strip().lstrip("/").casefold().split()
        for box, keys in self._boxes:
            shown = 0
            for key in keys:
                visible = self._matches(self._entries[key], words)
                self.buttons[key].setHidden(not visible)
                shown += visible
            box.setHidden(shown == 0)

    def _choose_from_search(self) -> None:
        text = self.search.text().strip()
        key = self._library.find_shortcut(text) if text.startswith("/") else None
        if key is None:
            visible = self.visible_keys()
            key = visible[0] if len(visible) == 1 or (visible and text) else None
        if key is not None:
            self.search.clear()
            self.scenario_chosen.emit(key)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.search.clear()
        super().keyPressEvent(event)
