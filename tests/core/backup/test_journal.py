"""The in-progress journal names interrupted work at the next start and removes its half files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.journal import JOURNAL_DIR, WorkJournal


def test_finished_work_leaves_no_note(tmp_path: Path) -> None:
    journal = WorkJournal(tmp_path)
    with journal.recording("import", "shopee.xlsx"):
        assert [n.subject for n in journal.notes()] == ["shopee.xlsx"]
        # Our own running work is not "interrupted".
        assert journal.interrupted() == []
    assert journal.notes() == []


def test_failed_work_removes_its_half_files(tmp_path: Path) -> None:
    journal = WorkJournal(tmp_path)
    half = tmp_path / "out.zip.partial"
    with pytest.raises(RuntimeError), journal.recording("backup", "out.zip", cleanup=[half]):
        half.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert not half.exists()
    assert journal.notes() == []


def test_work_of_a_dead_process_is_reported_and_cleaned(tmp_path: Path) -> None:
    half = tmp_path / "evidence" / "clip.mp4.partial"
    half.parent.mkdir()
    half.write_bytes(b"half a video")
    script = (
        "import os, sys; from pathlib import Path; from desktop.core.journal import WorkJournal;"
        f"WorkJournal(Path({str(tmp_path)!r})).begin('evidence', 'clip.mp4', [Path({str(half)!r})]);"
        "os._exit(9)"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    (tmp_path / JOURNAL_DIR / "garbage.json").write_text("{not json")

    journal = WorkJournal(tmp_path)
    leftovers = journal.recover()
    assert [(n.kind, n.subject) for n in leftovers] == [("evidence", "clip.mp4")]
    assert json.dumps(leftovers[0].as_json())
    assert not half.exists()
    assert journal.interrupted() == []
