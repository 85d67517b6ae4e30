"""Orders written by another program on the same data folder (a `seller-desk import` in a
terminal, a scheduled import) appear in the open window within a couple of seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.core.db import changes_seen
from desktop.core.models import database_proxy

POLL_MS = 2000


class ExternalChanges(QObject):
    def __init__(self, on_change: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._last = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        if self._last is not None:
            self._timer.start()

    @staticmethod
    def _read() -> tuple[int, int] | None:
        db = database_proxy.obj
        if db is None or db.is_closed():
            return None
        return changes_seen(db)

    def check(self) -> bool:
        """True when another program's writes were noticed (and on_change was called)."""
        seen = self._read()
        last, self._last = self._last, seen
        if seen is None or last is None or seen[0] == last[0]:
            return False
        if seen[1] != last[1]:
            # This process wrote too (a background import or photo); its own notices covered it.
            return False
        self._on_change()
        return True
