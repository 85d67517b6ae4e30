"""Evidence waiting to be attached: a recording or photo whose attach failed (the database was
locked by an import, the disk was full) is kept here, on disk beside the store, and attached
later. A file leaves this folder only after the store holds it and its row and log line are
committed, so a failure at any moment keeps the seller's clip."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.evidence.store import Added, EvidenceStore
from desktop.core.safe_files import atomic_write_bytes, fsync_dir

PENDING_FOLDER = "pending"
_TIME = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class Pending:
    """One file not yet attached, and what it is to be attached as."""

    path: Path
    order_pk: int
    stage: str
    origin: str
    name: str
    captured_at: datetime | None
    queued_at: datetime
    last_error: str

    @property
    def note_path(self) -> Path:
        return self.path.with_name(self.path.name + ".json")


class PendingQueue:
    def __init__(self, store: EvidenceStore) -> None:
        self.store = store
        self.folder = store.root / PENDING_FOLDER

    def enqueue(
        self,
        source: Path,
        order_pk: int,
        stage: str,
        *,
        origin: str = "camera",
        name: str | None = None,
        captured_at: datetime | None = None,
        error: str = "",
    ) -> Pending:
        """Move `source` into the queue (a rename when it is on the same disk), with its note."""
        self.folder.mkdir(parents=True, exist_ok=True)
        key = uuid.uuid4().hex[:16]
        target = self.folder / f"{key}{source.suffix.lower()}"
        entry = Pending(
            path=target,
            order_pk=order_pk,
            stage=stage,
            origin=origin,
            name=name or source.name,
            captured_at=captured_at,
            queued_at=datetime.now(UTC).replace(microsecond=0),
            last_error=error,
        )
        # The note first: a kill between the two steps leaves a note without a file (ignored),
        # never a file nobody knows the order of.
        self._write_note(entry)
        try:
            os.replace(source, target)
        except OSError:
            import shutil

            shutil.copy2(source, target)
            with target.open("rb+") as handle:
                os.fsync(handle.fileno())
            source.unlink()
        fsync_dir(self.folder)
        return entry

    def items(self, order_pk: int | None = None) -> list[Pending]:
        """Everything waiting, oldest first; only one order's when order_pk is given."""
        if not self.folder.is_dir():
            return []
        found = []
        for note in sorted(self.folder.glob("*.json")):
            entry = _read(note)
            if entry is None or not entry.path.is_file():
                continue
            if order_pk is None or entry.order_pk == order_pk:
                found.append(entry)
        return sorted(found, key=lambda e: (e.queued_at, e.path.name))

    def attach(self, entry: Pending) -> Added:
        """Attach one waiting file; it is removed only once the store has committed it."""
        try:
            added = self.store.add(
                entry.order_pk,
                entry.path,
                entry.stage,
                origin=entry.origin,
                name=entry.name,
                captured_at=entry.captured_at,
            )
        except Exception as error:
            self._write_note(_with_error(entry, _error_text(error)))
            raise
        self._remove(entry)
        return added

    def attach_all(
        self, on_error: Callable[[Pending, BaseException], None] | None = None
    ) -> tuple[list[Added], list[Pending]]:
        """Try every waiting file once: (attached, still waiting)."""
        attached: list[Added] = []
        waiting: list[Pending] = []
        for entry in self.items():
            try:
                attached.append(self.attach(entry))
            # A locked database, a full disk, an order that is gone: the file stays queued.
            except Exception as error:
                waiting.append(entry)
                if on_error is not None:
                    on_error(entry, error)
        return attached, waiting

    def _remove(self, entry: Pending) -> None:
        with contextlib.suppress(FileNotFoundError):
            entry.path.unlink()
        with contextlib.suppress(FileNotFoundError):
            entry.note_path.unlink()

    def _write_note(self, entry: Pending) -> None:
        payload = {
            "order": entry.order_pk,
            "stage": entry.stage,
            "origin": entry.origin,
            "name": entry.name,
            "captured_at": entry.captured_at.astimezone(UTC).strftime(_TIME)
            if entry.captured_at
            else None,
            "queued_at": entry.queued_at.strftime(_TIME),
            "last_error": entry.last_error,
        }
        atomic_write_bytes(entry.note_path, json.dumps(payload, ensure_ascii=False).encode())


def _with_error(entry: Pending, error: str) -> Pending:
    return Pending(
        entry.path,
        entry.order_pk,
        entry.stage,
        entry.origin,
        entry.name,
        entry.captured_at,
        entry.queued_at,
        error,
    )


def _error_text(error: BaseException) -> str:
    return (str(error) or type(error).__name__)[:300]


def _read(note: Path) -> Pending | None:
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        captured = data.get("captured_at")
        return Pending(
            path=note.with_name(note.name.removesuffix(".json")),
            order_pk=int(data["order"]),
            stage=str(data["stage"]),
            origin=str(data.get("origin", "camera")),
            name=str(data.get("name", "")),
            captured_at=datetime.strptime(captured, _TIME).replace(tzinfo=UTC) if captured else None,
            queued_at=datetime.strptime(data["queued_at"], _TIME).replace(tzinfo=UTC),
            last_error=str(data.get("last_error", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
