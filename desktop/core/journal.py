"""The in-progress journal: long work writes a small note before it starts and removes it when it
ends, so that after a crash or a kill the next start can say what was interrupted and remove the
half-written files the work had announced."""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.safe_files import PARTIAL_SUFFIX, atomic_write_bytes, remove_quietly

JOURNAL_DIR = "in-progress"


@dataclass(frozen=True)
class WorkNote:
    kind: str  # import, backup, restore, evidence...
    subject: str  # what the work was about, in the user's terms (a file name)
    started_at: datetime
    pid: int
    cleanup: tuple[str, ...]  # files or folders to remove when the work did not finish
    note_path: Path

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "started_at": self.started_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cleanup": list(self.cleanup),
        }


class WorkJournal:
    def __init__(self, data_dir: Path) -> None:
        self._folder = Path(data_dir) / JOURNAL_DIR

    def begin(self, kind: str, subject: str, cleanup: Iterable[Path] = ()) -> WorkNote:
        self._folder.mkdir(parents=True, exist_ok=True)
        note = WorkNote(
            kind=kind,
            subject=subject,
            started_at=datetime.now(UTC).replace(microsecond=0),
            pid=os.getpid(),
            cleanup=tuple(str(Path(p).resolve()) for p in cleanup),
            note_path=self._folder / f"{kind}-{os.getpid()}-{uuid.uuid4().hex[:12]}.json",
        )
        payload = {**note.as_json(), "pid": note.pid}
        # Durable before the work starts: a kill one instruction later must still find it.
        atomic_write_bytes(note.note_path, json.dumps(payload, ensure_ascii=False).encode())
        return note

    def end(self, note: WorkNote, *, clean: bool = False) -> None:
        if clean:
            for name in note.cleanup:
                remove_quietly(Path(name))
        note.note_path.unlink(missing_ok=True)

    @contextmanager
    def recording(
        self, kind: str, subject: str, cleanup: Iterable[Path] = ()
    ) -> Iterator[WorkNote]:
        """Journal the work in the with-block; an exception also removes its half-written files."""
        note = self.begin(kind, subject, cleanup)
        try:
            yield note
        except BaseException:
            self.end(note, clean=True)
            raise
        self.end(note)

    def notes(self) -> list[WorkNote]:
        if not self._folder.is_dir():
            return []
        found = []
        for path in sorted(self._folder.glob("*.json")):
            note = _read_note(path)
            if note is not None:
                found.append(note)
        return found

    def interrupted(self) -> list[WorkNote]:
        """Work whose process is gone without finishing."""
        return [n for n in self.notes() if not process_alive(n.pid)]

    def recover(self) -> list[WorkNote]:
        """Remove what interrupted work left behind; return the notes so the caller can say so."""
        leftovers = self.interrupted()
        for note in leftovers:
            self.end(note, clean=True)
        if self._folder.is_dir():
            for stale in self._folder.glob(f"*{PARTIAL_SUFFIX}"):
                # A note still being written by a live process (this one, importing right at
                # start) is not a leftover: its name carries the writer's pid.
                pid = _pid_in_name(stale.name)
                if pid <= 0 or not process_alive(pid):
                    stale.unlink(missing_ok=True)
        return leftovers


def _pid_in_name(name: str) -> int:
    """kind-PID-random.json.partial -> PID; 0 (never alive) when the name has no pid."""
    parts = name.split("-")
    return int(parts[1]) if len(parts) >= 3 and parts[1].isdigit() else 0


def _read_note(path: Path) -> WorkNote | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return WorkNote(
            kind=str(data["kind"]),
            subject=str(data["subject"]),
            started_at=datetime.strptime(data["started_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=UTC
            ),
            pid=int(data["pid"]),
            cleanup=tuple(str(p) for p in data.get("cleanup", [])),
            note_path=path,
        )
    except (OSError, ValueError, KeyError, TypeError):
        # A note is written atomically, so an unreadable one is not ours; leave it alone.
        return None


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
