"""The one way to run long work: in the thread pool, with progress, cancel, and the result
delivered on the GUI thread. Workers never touch widgets.

The worker never emits on the Task itself: a Task usually belongs to a dialog or panel that the
seller may close while the work runs, and emitting on a deleted QObject raises in the worker. It
emits on a relay that the application owns until the GUI thread has delivered everything; the
relay forwards to the Task only while the Task exists."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.models import database_proxy

# The work function receives report(fraction 0..1, message) and is_cancelled().
Report = Callable[[float, str], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Report, IsCancelled], Any]

_log = logging.getLogger("seller-desk.tasks")


class Task(QObject):
    """A handle on background work. Connect before start(); signals arrive on the GUI thread.

    Every failure is written to the log with its traceback, whoever listens to `failed`."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None, name: str = "") -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.name = name or getattr(work, "__qualname__", "background work")
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        if self.parent() is None:
            # Without a Qt owner, the caller dropping its last reference when `finished`
            # arrives would destroy this object on whichever thread let go of it last.
            self.setParent(QCoreApplication.instance())
            self.finished.connect(self.deleteLater)
        relay = _Relay()
        relay.progressed.connect(self.progressed)
        relay.succeeded.connect(self.succeeded)
        relay.failed.connect(self.failed)
        relay.finished.connect(self._on_finished)
        relay.finished.connect(relay.deleteLater)  # after the Task has heard it
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self._work, self._cancel, relay, self.name))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def _on_finished(self) -> None:
        self.running = False
        self.finished.emit()


class _Relay(QObject):
    """Lives on the GUI thread, owned by the application, deleted there after `finished`."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())


class _Runner(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event, relay: _Relay, name: str) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._relay = relay
        self._name = name

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._work(relay.progressed.emit, self._cancel.is_set)
        except Exception as error:  # delivered to the GUI, which words it for the user
            _log.error("%s failed", self._name, exc_info=True)
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            relay.failed.emit(error)
        else:
            relay.succeeded.emit(result)
        finally:
            db = database_proxy.obj
            # peewee keeps one connection per thread; a pool thread must not keep one open.
            if db is not None and not db.is_closed():
                db.close()
            relay.finished.emit()


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
