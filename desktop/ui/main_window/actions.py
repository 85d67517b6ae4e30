"""One registry of actions: menus, the toolbar and shortcuts are all built from it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QStyle, QToolBar, QWidget

MENUS = (
    ("File", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("Orders", QT_TRANSLATE_NOOP("Menus", "&Orders")),
    ("View", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("Tools", QT_TRANSLATE_NOOP("Menus", "&Tools")),
    ("Help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)


class ActionRegistry(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._actions: dict[str, QAction] = {}

    def add(
        self,
        name: str,
        text: str,
        handler: Callable[[], object] | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        menu: str = "Orders",
        toolbar: bool = False,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self._parent)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._parent.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setProperty("menu", menu)
        action.setProperty("toolbar", toolbar)
        if handler is not None:
            action.triggered.connect(lambda checked=False: handler())
        self._parent.addAction(action)  # shortcuts work even when no menu shows the action
        self._actions[name] = action
        return action

    def adopt(self, actions: Iterable[QAction]) -> None:
        """Actions built by feature areas."""
        for action in actions:
            name = action.objectName() or action.text()
            self._parent.addAction(action)
            self._actions[name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def get(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def build_menus(
        self, bar: QMenuBar, extra: dict[str, list[QAction | str]] | None = None
    ) -> None:
        menus = {
            key: bar.addMenu(QCoreApplication.translate("Menus", title)) for key, title in MENUS
        }
        for action in self._actions.values():
            key = action.property("menu") or "Tools"
            if key != "hidden":
                menus.get(key, menus["Tools"]).addAction(action)
        for key, items in (extra or {}).items():
            menu = menus[key]
            for item in items:
                if item == "-":
                    menu.addSeparator()
                elif isinstance(item, QAction):
                    menu.addAction(item)

    def build_toolbar(self, toolbar: QToolBar, order: list[str]) -> None:
        names = [n for n in order if n in self._actions]
        names += [n for n, a in self._actions.items() if a.property("toolbar") and n not in names]
        for name in names:
            toolbar.addAction(self._actions[name])
