"""Work around a reference-count bug in PySide6 6.12.0: SignalInstance.emit() returns True
without taking a reference, so every emit from Python code takes one reference from the
interpreter's True. Python 3.11 does not make True immortal; after enough emits (a camera
sends 30 frames a second) True is freed and the interpreter aborts with
"Fatal Python error: bool_dealloc".

install() checks for the bug with one emit and, only when it is present, wraps emit to give
the reference back. It is idempotent and harmless on fixed versions and on Python >= 3.12
(where True is immortal and the probe sees no change)."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_MARK = "_seller_desk_emit_fix"


class _Probe(QObject):
    ping = Signal()


def bug_present() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def install() -> bool:
    """True when the workaround is (now or already) active."""
    if getattr(SignalInstance.emit, _MARK, False):
        return True
    if not bug_present():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            incref(result)
        return result

    setattr(emit, _MARK, True)
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
