"""Changing the workflow status of many orders, undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.orders.changes import Previous, restore_workflow, set_workflow
from desktop.ui.orders.labels import workflow_label


class SetWorkflowCommand(QUndoCommand):
    def __init__(self, order_ids: list[int], status: str, changed: Callable[[], None]) -> None:
        super().__init__(
            QCoreApplication.translate("Workflow", "Mark {count} orders {status}").format(
                count=len(order_ids), status=workflow_label(status)
            )
        )
        self._ids = list(order_ids)
        self._status = status
        self._previous: dict[int, Previous] = {}
        self._changed = changed

    def redo(self) -> None:
        self._previous = set_workflow(self._ids, self._status)
        self._changed()

    def undo(self) -> None:
        restore_workflow(self._previous)
        self._changed()
