"""The main window carries Settings…, Back up now…, Restore… and the Help actions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def test_actions_are_in_the_window(window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    for name in (
        "openSettings",
        "backupNow",
        "restoreBackup",
        "helpGuide",
        "helpAbout",
        "openLogsFolder",
    ):
        assert name in actions, name
    assert actions["openSettings"].shortcut() == QKeySequence("Ctrl+,")
    assert actions["openSettings"].property("menu") == "File"
    assert actions["backupNow"].property("toolbar") is True
    assert actions["helpAbout"].property("menu") == "Help"
