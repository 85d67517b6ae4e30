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


def test_owner_deleted_while_the_work_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dialog closed mid-work deletes its Task; the worker must not emit on the dead object."""
    import threading

    from PySide6.QtCore import QObject

    release = threading.Event()
    done = threading.Event()

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        release.wait(10)
        for step in range(100):
            report(step / 100, "still working")
        done.set()
        return "result"

    owner = QObject()
    task = Task(work, owner)
    task.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(task), timeout=5000)
    release.set()
    qtbot.waitUntil(done.is_set, timeout=5000)
    qtbot.wait(50)  # queued deliveries to the dead Task are dropped, not raised


def _alive(obj: object) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))


def test_a_failure_is_logged_with_its_traceback(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    def broken_work(report, cancelled):  # type: ignore[no-untyped-def]
        raise ValueError("the disk said no")

    errors: list[BaseException] = []
    task = Task(broken_work, name="Back up")
    task.failed.connect(errors.append)
    with caplog.at_level("ERROR", logger="seller-desk.tasks"):
        task.start()
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    record = next(r for r in caplog.records if r.name == "seller-desk.tasks")
    assert "Back up failed" in record.getMessage()
    assert record.exc_info is not None and "the disk said no" in caplog.text
    assert "Traceback" in caplog.text
