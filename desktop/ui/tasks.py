"""The one way to run long work: in the thread pool, with progress, cancel, and the result
delivered on the GUI thread. Workers never touch widgets."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.models import database_proxy

# The work function receives report(fraction 0..1, message) and is_cancelled().
Report = Callable[[float, str], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Report, IsCancelled], Any]


class Task(QObject):
    """A handle on background work. Connect before start(); signals arrive on the GUI thread."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        if self.parent() is None:
            # Without a Qt owner, the caller dropping its last reference when `finished`
            # arrives would destroy this object while the worker is still leaving _run (or
            # from the worker thread): a crash. The application owns it until the GUI thread
            # deletes it after `finished`.
            self.setParent(QCoreApplication.instance())
            self.finished.connect(self.deleteLater)
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except Exception as error:  # delivered to the GUI, which words it for the user
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            db = database_proxy.obj
            # peewee keeps one connection per thread; a pool thread must not keep one open.
            if db is not None and not db.is_closed():
                db.close()
            self.running = False
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_with_progress(
    work: Work,
    title: str,
    parent: QWidget | None,
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    finished: Callable[[], None] | None = None,
    name: str = "taskProgress",
) -> Task:
    """Run work as a Task behind a cancellable progress dialog (shown after 0.4 s): the one
    way long work looks in this app. `failed` also hears a cancelled task (task.cancelled)."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 1000, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(400)
    task = Task(work, parent)
    dialog.canceled.connect(task.cancel)
    task.progressed.connect(lambda fraction, _m: dialog.setValue(int(fraction * 1000)))
    task.succeeded.connect(done)
    task.failed.connect(failed)
    task.finished.connect(dialog.reset)
    task.finished.connect(dialog.deleteLater)
    # Connected before start: a quick task can finish before the next line runs.
    if finished is not None:
        task.finished.connect(finished)
    task.start()
    return task
