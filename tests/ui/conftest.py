from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.db import close_database


@pytest.fixture
def window_factory(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """Builds the real main window for a data folder, the way the app does at start."""
    from desktop.app import build_main_window

    windows = []

    def build(data_dir: Path | None = None):  # type: ignore[no-untyped-def]
        window = build_main_window(data_dir or tmp_path / "data")
        qtbot.addWidget(window)
        window.importer.show_summary = False
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()
    close_database()


@pytest.fixture
def full_window(window_factory, samples: Path):  # type: ignore[no-untyped-def]
    from desktop.core.orders.importer import import_file

    window = window_factory()
    for path in sorted(samples.iterdir()):
        if path.suffix in {".xlsx", ".csv", ".txt"}:
            import_file(path)
    window.sidebar.select_key("all")
    window.reload()
    return window
