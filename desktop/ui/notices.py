"""The one channel for typed change notices (desktop.core.notices) inside the window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from desktop.core.notices import Changed, OrderChanges


class ChangeNotices(QObject):
    """Operations publish what they changed; panels connect `changed` and look at the notice."""

    changed = Signal(object)  # OrderChanges

    def publish(self, changes: OrderChanges) -> None:
        self.changed.emit(changes)

    def orders(self, order_ids: Iterable[int], *fields: Changed, source: object | None = None) -> None:
        self.publish(OrderChanges.of(order_ids, *fields, source=source))

    def everything(self, source: object | None = None) -> None:
        self.publish(OrderChanges.everything(source))
