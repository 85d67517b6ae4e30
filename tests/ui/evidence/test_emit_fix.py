"""Signals emitted per camera frame must not wear out Python's True (PySide6 6.12.0 bug)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop.ui.evidence.emit_fix import install


class _Emitter(QObject):
    frame = Signal(int)


def test_ten_thousand_emits_leave_true_alone(qapp) -> None:
    install()
    emitter = _Emitter()
    seen: list[int] = []
    emitter.frame.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(10_000):
        emitter.frame.emit(i)
    assert len(seen) == 10_000
    assert sys.getrefcount(True) >= before - 5
