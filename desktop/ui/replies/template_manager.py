"""Tools > My reply templates: add, edit, duplicate, delete, reorder and categorise templates
in every language; customise a built-in and reset it; import and export to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.replies import custom
from desktop.core.replies.catalogue import VARIANTS
from desktop.core.replies.errors import RepliesError
from desktop.core.replies.library import Entry
from desktop.ui.replies.services import RepliesServices
from desktop.ui.replies.words import error_text, tr, translate

Index = QModelIndex | QPersistentModelIndex
# mode "open" or "save" -> chosen path or None
ChooseFile = Callable[[QWidget, str], Path | None]
Confirm = Callable[[QWidget, str], bool]


def choose_file(parent: QWidget, mode: str) -> Path | None:
    pattern = translate("Replies", "Reply templates (*.json)")
    if mode == "save":
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("Replies", "Export templates"), "reply-templates.json", pattern
        )
    else:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("Replies", "Import templates"), "", pattern
        )
    return Path(name) if name else None


def ask(parent: QWidget, question: str) -> bool:
    return (
        QMessageBox.question(parent, translate("Replies", "Reply templates"), question)
        == QMessageBox.StandardButton.Yes
    )


class TemplateListModel(QAbstractListModel):
    def __init__(self, services: RepliesServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.entries: list[Entry] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = self._services.library.entries(self._services.seller_language())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            group = self._services.library.group_title(
                entry.group, self._services.seller_language()
            )
            marker = " ✎" if entry.customised else ""
            return f"{group or tr('My templates')} — {entry.title}{marker}"
        if role == Qt.ItemDataRole.UserRole:
            return entry.key
        return None

    def row_of(self, key: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.key == key), -1)


class TemplateManager(QDialog):
    templates_changed = Signal()

    def __init__(
        self,
        services: RepliesServices,
        parent: QWidget | None = None,
        chooser: ChooseFile = choose_file,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateManager")
        self.setWindowTitle(translate("Replies", "My reply templates"))
        self.resize(980, 640)
        self.services = services
        self._chooser = chooser
        self._confirm = confirm
        self.key: str | None = None
        # language -> variant -> text, edited but not saved yet
        self._texts: dict[str, dict[str, str]] = {}
        self._language = "en"

        self.model = TemplateListModel(services, self)
        self.list = QListView(self)
        self.list.setObjectName("templateList")
        self.list.setModel(self.model)
        self.title = QLineEdit(self)
        self.title.setObjectName("templateTitle")
        self.category = QComboBox(self)
        self.category.setObjectName("templateCategory")
        self.category.setEditable(True)
        self.shortcut = QLineEdit(self)
        self.shortcut.setObjectName("templateShortcut")
        self.language = QComboBox(self)
        self.language.setObjectName("templateLanguage")
        for code in services.catalogue.languages:
            self.language.addItem(
                f"{services.catalogue.native_names.get(code, code)} ({code})", code
            )
        self.editors = {variant: QPlainTextEdit(self) for variant in VARIANTS}
        for variant, editor in self.editors.items():
            editor.setObjectName(f"templateText_{variant}")
        names = " ".join("{" + name + "}" for name in services.catalogue.placeholders)
        help_label = QLabel(
            translate(
                "Replies",
                "Placeholders: {names}, and {{column:Header}} for any column of the export.",
            ).format(names=names),
            self,
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")
        self.status = QLabel(self)
        self.status.setObjectName("templateStatus")
        self.status.setWordWrap(True)
        self.buttons = {
            name: QPushButton(label, self)
            for name, label in (
                ("new", translate("Replies", "New")),
                ("duplicate", translate("Replies", "Duplicate")),
                ("delete", translate("Replies", "Delete")),
                ("up", translate("Replies", "Move up")),
                ("down", translate("Replies", "Move down")),
                ("save", translate("Replies", "Save")),
                ("reset", translate("Replies", "Reset to built-in")),
                ("import", translate("Replies", "Import…")),
                ("export", translate("Replies", "Export…")),
                ("close", translate("Replies", "Close")),
            )
        }
        for name, button in self.buttons.items():
            button.setObjectName(f"template_{name}")
        form = QFormLayout()
        form.addRow(translate("Replies", "Title"), self.title)
        form.addRow(translate("Replies", "Category"), self.category)
        form.addRow(translate("Replies", "Shortcut"), self.shortcut)
        form.addRow(translate("Replies", "Language"), self.language)
        form.addRow(translate("Replies", "Short"), self.editors["short"])
        form.addRow(translate("Replies", "Warm"), self.editors["warm"])
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(help_label)
        right.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(self.list, 2)
        top.addLayout(right, 3)
        row = QHBoxLayout()
        for name in ("new", "duplicate", "delete", "up", "down"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        for name in ("reset", "save", "import", "export", "close"):
            row.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(row)

        self.list.selectionModel().currentChanged.connect(
            lambda current, _prev: self._select(current)
        )
        self.language.currentIndexChanged.connect(lambda _i: self._switch_language())
        self.buttons["new"].clicked.connect(self.new_template)
        self.buttons["duplicate"].clicked.connect(self.duplicate)
        self.buttons["delete"].clicked.connect(self.delete)
        self.buttons["up"].clicked.connect(lambda: self.move(-1))
        self.buttons["down"].clicked.connect(lambda: self.move(1))
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["reset"].clicked.connect(self.reset)
        self.buttons["import"].clicked.connect(self.import_file)
        self.buttons["export"].clicked.connect(self.export_file)
        self.buttons["close"].clicked.connect(self.accept)
        self.reload()

    # ----- list -------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.model.reload()
        self.category.clear()
        self.category.addItems(["", *custom.categories()])
        row = self.model.row_of(select or self.key or "")
        self.list.setCurrentIndex(self.model.index(max(row, 0), 0))

    def _entry(self) -> Entry | None:
        return next((e for e in self.model.entries if e.key == self.key), None)

    def _select(self, index: QModelIndex) -> None:
        key = self.model.data(index, Qt.ItemDataRole.UserRole)
        self.key = str(key) if key else None
        entry = self._entry()
        if entry is None:
            return
        self._texts = {}
        library = self.services.library
        for language in library.languages(entry.key):
            try:
                self._texts[language] = {v: library.text(entry.key, language, v) for v in VARIANTS}
            except RepliesError:
                continue
        self.title.setText(entry.title)
        self.category.setEditText(entry.group if not entry.builtin else "")
        self.shortcut.setText(entry.shortcut)
        for widget in (
            self.title,
            self.category,
            self.buttons["delete"],
            self.buttons["up"],
            self.buttons["down"],
        ):
            widget.setEnabled(not entry.builtin)
        self.buttons["reset"].setEnabled(entry.customised)
        self._show_language()

    def _keep_edits(self) -> None:
        if self.key is not None:
            self._texts[self._language] = {v: e.toPlainText() for v, e in self.editors.items()}

    def _switch_language(self) -> None:
        self._keep_edits()
        self._show_language()

    def _show_language(self) -> None:
        self._language = str(self.language.currentData() or "en")
        texts = self._texts.get(self._language, {})
        for variant, editor in self.editors.items():
            editor.setPlainText(texts.get(variant, ""))

    # ----- actions -----------------------------------------------------------------------------------
    def _done(self, message: str, select: str | None = None) -> None:
        self.status.setText(message)
        self.reload(select)
        self.templates_changed.emit()

    def _fail(self, error: Exception) -> None:
        self.status.setText(error_text(error))

    def new_template(self) -> None:
        try:
            created = custom.create(
                translate("Replies", "New template"),
                {"en": {"warm": "Hi {buyer_first_name}, "}},
                self.category.currentText(),
            )
        except RepliesError as error:
            self._fail(error)
            return
        self._done(
            translate("Replies", "Template added. Write it in each language you need, then Save."),
            created.key,
        )

    def duplicate(self) -> None:
        if self.key is None:
            return
        try:
            copy = custom.duplicate(
                self.key, self.services.catalogue, self.services.seller_language()
            )
        except RepliesError as error:
            self._fail(error)
            return
        self._done(translate("Replies", "Copied into your own templates."), copy.key)

    def delete(self) -> None:
        entry = self._entry()
        if entry is None or entry.builtin:
            return
        if not self._confirm(
            self, translate("Replies", "Delete the template “{title}”?").format(title=entry.title)
        ):
            return
        custom.delete(entry.key)
        self.key = None
        self._done(translate("Replies", "Template deleted."))

    def move(self, offset: int) -> None:
        entry = self._entry()
        if entry is not None and not entry.builtin:
            custom.move(entry.key, offset)
            self._done("", entry.key)

    def save(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        self._keep_edits()
        try:
            if entry.builtin:
                catalogue = self.services.catalogue
                for language, versions in self._texts.items():
                    for variant, text in versions.items():
                        builtin = catalogue.texts.get(language, {}).get(entry.key, {}).get(variant)
                        if text.strip() and text != builtin:
                            custom.customise_builtin(catalogue, entry.key, language, variant, text)
                if entry.shortcut != self.shortcut.text().strip().lstrip("/"):
                    custom.set_builtin_shortcut(catalogue, entry.key, self.shortcut.text())
            else:
                custom.update(
                    entry.key,
                    title=self.title.text(),
                    texts=self._texts,
                    category=self.category.currentText(),
                    shortcut=self.shortcut.text(),
                )
        except RepliesError as error:
            self._fail(error)
            return
        self._done(translate("Replies", "Saved."), entry.key)

    def reset(self) -> None:
        entry = self._entry()
        if entry is None or not entry.customised:
            return
        if self._confirm(
            self,
            translate("Replies", "Go back to the built-in wording of “{title}”?").format(
                title=entry.title
            ),
        ):
            custom.reset_builtin(entry.key)
            self._done(translate("Replies", "Back to the built-in wording."), entry.key)

    def export_file(self) -> None:
        path = self._chooser(self, "save")
        if path is None:
            return
        try:
            count = custom.export_templates(path)
        except OSError as error:
            self._fail(error)
            return
        self.status.setText(
            translate("Replies", "{n} templates exported to {file}.").format(
                n=count, file=path.name
            )
        )

    def import_file(self) -> None:
        path = self._chooser(self, "open")
        if path is None:
            return
        try:
            count = custom.import_templates(path, self.services.catalogue)
        except (RepliesError, OSError) as error:
            self._fail(error)
            return
        self._done(
            translate("Replies", "{n} templates imported from {file}.").format(
                n=count, file=path.name
            )
        )
