"""One registry of actions: menus, the toolbar and shortcuts are all built from it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QStyle, QToolBar, QWidget

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
        self._menus: dict[str, QMenu] = {}

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
        self, bar: QMenuBar, extra: dict[str, list[QAction | QMenu | str]] | None = None
    ) -> dict[str, QMenu]:
        """The menus by key ("File", "Orders"...), never by position. The registry keeps the
        Python references: a QMenu held only by C++ can be collected while Qt still uses it."""
        menus = {
            key: bar.addMenu(QCoreApplication.translate("Menus", title)) for key, title in MENUS
        }
        self._menus = menus
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
                elif isinstance(item, QMenu):
                    menu.addMenu(item)
        return menus

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def build_toolbar(self, toolbar: QToolBar, order: Iterable[str]) -> None:
        """Exactly the listed actions, in that order (those a headless build lacks are skipped)."""
        for name in order:
            action = self._actions.get(name)
            if action is not None:
                toolbar.addAction(action)
