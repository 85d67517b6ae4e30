"""Orders a command writes while the window is open appear in the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.core.orders.importer import import_file
from desktop.ui.external_changes import ExternalChanges


def _watcher(window) -> ExternalChanges:  # type: ignore[no-untyped-def]
    return window.findChildren(ExternalChanges)[0]


def test_an_import_from_the_command_line_shows_in_the_open_window(qtbot, window_factory, tmp_path: Path, samples: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    window = window_factory(data)
    window.sidebar.select_key("all")
    assert window.model.rowCount() == 0
    watcher = _watcher(window)
    assert not watcher.check()  # nothing happened yet
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "import",
         str(samples / "shopify_orders_export_1.csv")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert watcher.check()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    assert not watcher.check()  # noticed once


def test_the_windows_own_writes_are_not_taken_for_another_programs(qtbot, window_factory, tmp_path: Path, samples: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_factory(tmp_path / "data")
    watcher = _watcher(window)
    import_file(samples / "shopify_orders_export_1.csv")  # as the window's own import does
    assert not watcher.check()
