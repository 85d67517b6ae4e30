"""PySide6 6.12 on Python 3.11 drops references to None and True: the app must survive it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
from desktop.ui.pyside_workarounds import keep_none_alive
keep_none_alive()
from PySide6.QtCore import QObject, Signal

class Ticker(QObject):
    ticked = Signal(int)

ticker = Ticker()
for number in range(50_000):
    ticker.ticked.emit(number)          # returns True without a reference
    ticker.setObjectName("tick")        # returns None without a reference
print("alive")
"""


def test_many_void_calls_and_emits_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
