"""The start-up recovery must not take the note of work this process has just begun."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.journal import JOURNAL_DIR, WorkJournal


def test_recover_keeps_partials_of_live_processes(tmp_path: Path) -> None:
    folder = tmp_path / JOURNAL_DIR
    folder.mkdir()
    ours = folder / f"import-{os.getpid()}-abc123.json.partial"
    dead = folder / "import-999999999-def456.json.partial"
    for path in (ours, dead):
        path.write_bytes(b"{}")
    WorkJournal(tmp_path).recover()
    assert ours.exists()
    assert not dead.exists()
