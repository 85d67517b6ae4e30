"""The in-progress journal: long work writes a small note before it starts and removes it when it
ends, so that after a crash or a kill the next start can say what was interrupted and remove the
half-written files the work had announced."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.safe_files import PARTIAL_SUFFIX, atomic_write_bytes, fsync_dir, remove_quietly

JOURNAL_DIR = "in-progress"
MOVES_SUFFIX = ".moves"


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
        # Plans finish_moves() completed during the last recover(), for the caller to report.
        self.finished: list[WorkNote] = []

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

    def begin_moves(
        self,
        kind: str,
        subject: str,
        moves: Sequence[tuple[Path, Path]],
        emptied: Sequence[Path] = (),
    ) -> Path:
        """Write, durably, a plan of renames about to be made; returns the plan's path.

        After a kill at any step, finish_moves() makes the remaining renames, so the work ends
        complete (a restore swap: the restored data in place, the old data aside), never half.
        `emptied` are folders the moves empty, removed at the end if they are empty then."""
        self._folder.mkdir(parents=True, exist_ok=True)
        plan = self._folder / f"{kind}-{os.getpid()}-{uuid.uuid4().hex[:12]}{MOVES_SUFFIX}"
        payload = {
            "kind": kind,
            "subject": subject,
            "pid": os.getpid(),
            "started_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "moves": [[str(a), str(b)] for a, b in moves],
            "emptied": [str(p) for p in emptied],
        }
        atomic_write_bytes(plan, json.dumps(payload, ensure_ascii=False).encode())
        return plan

    def end_moves(self, plan: Path) -> None:
        plan.unlink(missing_ok=True)

    def finish_moves(self) -> list[WorkNote]:
        """Complete the renames of interrupted plans (their process is gone); the plans' notes.

        Call before the database is opened: a swap killed half-way may have moved it aside."""
        finished: list[WorkNote] = []
        if not self._folder.is_dir():
            return finished
        for plan in sorted(self._folder.glob(f"*{MOVES_SUFFIX}")):
            try:
                data = json.loads(plan.read_text(encoding="utf-8"))
                moves = [(Path(a), Path(b)) for a, b in data["moves"]]
                pid = int(data["pid"])
            except (OSError, ValueError, KeyError, TypeError):
                continue  # written atomically, so an unreadable plan is not ours
            if process_alive(pid):
                continue
            _replay_moves(moves)
            for folder in data.get("emptied", []):
                with contextlib.suppress(OSError):
                    Path(folder).rmdir()  # only when empty: never remove what was not moved
            started = datetime.strptime(data["started_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            finished.append(
                WorkNote(str(data["kind"]), str(data["subject"]), started, pid, (), plan)
            )
            plan.unlink(missing_ok=True)
        return finished

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
        """Remove what interrupted work left behind; return the notes so the caller can say so.

        Interrupted rename plans are completed first: their staged files are the only good copy
        and must not be cleaned up as leftovers."""
        self.finished = self.finish_moves()
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


def _replay_moves(moves: Sequence[tuple[Path, Path]]) -> None:
    """Make the renames of the plan not yet made, in order.

    The renames are made one after the other, so the plan resumes after the last one done (its
    source gone, its target there); a later rename may reuse an earlier one's source path (the
    restored database moves in where the old one moved out), so earlier ones are never redone."""
    start = 0
    for index in range(len(moves) - 1, -1, -1):
        source, target = moves[index]
        if not (source.exists() or source.is_symlink()) and (target.exists() or target.is_symlink()):
            start = index + 1
            break
    for source, target in moves[start:]:
        if not (source.exists() or source.is_symlink()):
            continue  # already moved (or it never existed)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() or target.is_symlink():
            # Something appeared where the plan moves to: keep it beside, never overwrite it.
            target.rename(target.with_name(f"{target.name}.found-{uuid.uuid4().hex[:6]}"))
        os.replace(source, target)
        fsync_dir(target.parent)


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
