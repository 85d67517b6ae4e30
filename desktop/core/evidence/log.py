"""The evidence log: one JSON line per add, remove, restore and export, never rewritten.
Each line carries the SHA-256 of the line before it, so a deleted or edited line shows."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.models.base import utc_now

GENESIS = "0" * 64


@dataclass
class LogProblem:
    line: int
    reason: str


class EvidenceLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, action: str, **fields: Any) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "at": utc_now().strftime("%Y-%m-%dT%H:%M:%SZ"),
            "action": action,
            **fields,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # The store appends while it holds the database's write lock, so writers take turns;
        # a race all the same shows up as a chain break in `verify` rather than silent loss.
        entry["prev"] = self._last_line_hash()
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        raw = line.encode("utf-8")
        with self.path.open("ab") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        entry["_hash"] = hashlib.sha256(raw).hexdigest()
        return entry

    def drop_uncommitted_tail(
        self, committed: str, unrecorded: Callable[[dict[str, Any]], bool] = lambda entry: False
    ) -> bool:
        """Remove a last line written by a process killed before its transaction committed.

        A writer appends its line, then commits the row and the anchored head together; a kill
        in between leaves one line the database never took. It is recognised by chaining onto
        the anchored head while not being it. Before the database anchored any head (the store's
        first line), the line must also be `unrecorded`: the database holds nothing it records.
        Call with the database's write lock held, so no live writer can be between its append
        and its commit."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return False
        if self._last_line_hash() == committed:
            return False
        with self.path.open("rb") as f:
            data = f.read()
        body = data[:-1] if data.endswith(b"\n") else data
        cut = body.rfind(b"\n") + 1
        try:
            entry = json.loads(data[cut:])
        except ValueError:
            return False
        if not isinstance(entry, dict):
            return False
        if committed:
            leftover = entry.get("prev") == committed
        else:
            leftover = cut == 0 and entry.get("prev") == GENESIS and unrecorded(entry)
        if not leftover:
            return False  # not a crash's leftover: verify reports it
        with self.path.open("r+b") as f:
            f.truncate(cut)
            f.flush()
            os.fsync(f.fileno())
        return True

    def head(self) -> str:
        """The SHA-256 of the last line: what the database and every pack and backup anchor."""
        return self._last_line_hash()

    def lines(self) -> Iterator[tuple[int, str, dict[str, Any] | None]]:
        """(line number, SHA-256 of the line, entry or None when it is not valid JSON)."""
        if not self.path.exists():
            return
        with self.path.open("rb") as f:
            for number, raw in enumerate(f, start=1):
                try:
                    entry = json.loads(raw)
                except ValueError:
                    entry = None
                yield number, hashlib.sha256(raw).hexdigest(), (
                    entry if isinstance(entry, dict) else None
                )

    def entries(self) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with self.path.open("rb") as f:
            for raw in f:
                try:
                    entry = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(entry, dict):
                    yield entry

    def check(self) -> list[LogProblem]:
        """Lines whose `prev` does not match the line before them (edited, removed or inserted)."""
        problems: list[LogProblem] = []
        if not self.path.exists():
            return problems
        previous = GENESIS
        with self.path.open("rb") as f:
            for number, raw in enumerate(f, start=1):
                try:
                    entry = json.loads(raw)
                except ValueError:
                    entry = None
                if not isinstance(entry, dict):
                    problems.append(LogProblem(number, "not a valid log line"))
                    previous = hashlib.sha256(raw).hexdigest()
                    continue
                if entry.get("prev") != previous:
                    problems.append(LogProblem(number, "does not follow the line before it"))
                previous = hashlib.sha256(raw).hexdigest()
        return problems

    def _last_line_hash(self) -> str:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return GENESIS
        with self.path.open("rb") as f:
            size = f.seek(0, os.SEEK_END)
            block = 4096
            data = b""
            while True:
                start = max(0, size - block)
                f.seek(start)
                data = f.read(size - start)
                body = data[:-1] if data.endswith(b"\n") else data
                if b"\n" in body or start == 0:
                    break
                block *= 2
        body = data[:-1] if data.endswith(b"\n") else data
        cut = body.rfind(b"\n")
        last = data[cut + 1 :] if cut >= 0 else data
        return hashlib.sha256(last).hexdigest()
