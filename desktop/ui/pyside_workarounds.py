"""Work around defects of the installed PySide6 that would otherwise crash the process.

PySide6 6.12.0 on Python 3.11 returns None from every void method (painter.setPen,
font.setBold, ...) without taking a reference to it: each call drops None's reference count by
one, and after a few thousand calls Python aborts with "none_dealloc: deallocating None".
Python 3.12+ made None immortal, which hides the defect there. Until the bindings are fixed,
give None the same near-infinite count that Python 3.12 gives it."""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # a trillion void calls


def keep_none_alive() -> None:
    """Idempotent; a no-op where None is already immortal or the layout is not the usual one.

    The same defect hits True: SignalInstance.emit() returns it without a reference, so every
    emit from Python code costs True one reference (1,000 emits abort the interpreter with
    "bool_dealloc"). True and False get the same headroom as None.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal singletons, or a debug build whose object header differs
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM // 2:
            count.value += _HEADROOM
