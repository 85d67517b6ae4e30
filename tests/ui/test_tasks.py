"""Background tasks survive owners that forget them as soon as they finish."""

from __future__ import annotations

from typing import Any

from desktop.ui.tasks import Task


class Owner:
    """Keeps its task only while it runs, like the backup and export actions do."""

    def __init__(self) -> None:
        self.task: Task | None = None
        self.results: list[Any] = []

    def start(self, number: int) -> None:
        self.task = Task(lambda report, cancelled: [report(0.5, "half"), number][1])  # no parent
        self.task.succeeded.connect(self.results.append)
        self.task.finished.connect(self._finished)
        self.task.start()

    def _finished(self) -> None:
        self.task = None  # the last Python reference goes while the worker may still be in _run


def test_parentless_tasks_dropped_on_finish(qtbot) -> None:  # type: ignore[no-untyped-def]
    owners = [Owner() for _ in range(200)]
    for number, owner in enumerate(owners):
        owner.start(number)
    qtbot.waitUntil(lambda: all(o.task is None for o in owners), timeout=30000)
    qtbot.wait(50)  # let deferred deletions run
    assert sorted(r for o in owners for r in o.results) == list(range(200))
