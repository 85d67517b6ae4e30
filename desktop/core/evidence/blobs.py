"""Content-addressed files: each stored once under its SHA-256, written whole or not at all,
then never modified (read-only on disk)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.evidence.errors import Cancelled, FileChanged, FileMissing, NoSpace
from desktop.core.safe_files import fsync_dir

CHUNK = 4 * 1024 * 1024
# A temporary copy without a writer's pid in its name is left alone for this long.
STALE_SECONDS = 6 * 3600
# Progress receives bytes copied so far; returning is the only way it can act (it may raise).
Progress = Callable[[int], None]


@dataclass
class Staged:
    """A hashed, fsynced copy in the store's temporary folder, not yet committed."""

    path: Path
    sha256: str
    size: int


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.tmp = root / "tmp"

    def path_for(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def stage(
        self,
        source: Path,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Staged:
        """Copy `source` into the temporary folder while hashing it, in one read.

        Hashing runs on a helper thread while the main thread writes (both release the GIL),
        so a copy costs about as much as the slower of the two, not their sum.
        """
        name = source.name
        try:
            src = source.open("rb")
        except FileNotFoundError as error:
            raise FileMissing(name) from error
        except OSError as error:
            raise FileMissing(name, error.strerror or str(error)) from error
        self.tmp.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = _mkstemp(self.tmp)
        tmp = Path(tmp_name)
        try:
            # Held while copying: a clean-up in another process sees the copy is alive.
            _lock(fd)
            with src, os.fdopen(fd, "wb") as out:
                before = os.fstat(src.fileno())
                if not stat.S_ISREG(before.st_mode):
                    raise FileMissing(name, "not a regular file")
                digest, copied = _copy_hashing(src, out, progress, cancelled)
                out.flush()
                os.fsync(out.fileno())
                after = os.fstat(src.fileno())
            if (
                copied != before.st_size
                or after.st_size != before.st_size
                or after.st_mtime_ns != before.st_mtime_ns
                or not source.exists()
            ):
                raise FileChanged(name, f"read {copied} of {before.st_size} bytes")
            return Staged(tmp, digest, copied)
        except OSError as error:
            _unlink(tmp)
            if error.errno == 28:  # ENOSPC
                raise NoSpace(name) from error
            raise FileChanged(name, error.strerror or str(error)) from error
        except BaseException:
            _unlink(tmp)
            raise

    def commit(self, staged: Staged) -> bool:
        """Move a staged copy to its address. False when those bytes were already stored."""
        final = self.path_for(staged.sha256)
        if final.is_file():
            _unlink(staged.path)
            return False
        final.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(staged.path, stat.S_IRUSR)  # never modified, and private to the seller
        os.replace(staged.path, final)
        fsync_dir(final.parent)
        return True

    def discard(self, staged: Staged) -> None:
        _unlink(staged.path)

    def forget(self, sha256: str) -> None:
        """Undo a commit that nothing refers to (a database write failed after it)."""
        path = self.path_for(sha256)
        with contextlib.suppress(OSError):
            os.chmod(path, 0o644)
        _unlink(path)

    def hash_file(self, sha256: str) -> str:
        with self.path_for(sha256).open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()

    def iter_stored(self) -> Iterator[str]:
        if not self.objects.is_dir():
            return
        for folder in sorted(self.objects.iterdir()):
            if folder.is_dir():
                for path in sorted(folder.iterdir()):
                    yield path.name

    def clean_tmp(self, min_age_seconds: float = STALE_SECONDS) -> list[Path]:
        """Remove leftovers of copies interrupted by a crash or power cut; the removed paths.

        A copy another process is still making is never touched: its name carries its
        writer's pid, it is locked while written, and a recent file is left alone anyway."""
        removed: list[Path] = []
        if not self.tmp.is_dir():
            return removed
        now = time.time()
        for path in self.tmp.iterdir():
            if _is_stale(path, now, min_age_seconds):
                _unlink(path)
                removed.append(path)
        return removed

    def partial_copies(self) -> list[Path]:
        """Half-written copies left in the temporary folder (live ones included)."""
        return sorted(self.tmp.glob("*.part")) if self.tmp.is_dir() else []


def _copy_hashing(
    src: io.BufferedReader,
    out: BinaryIO,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[str, int]:
    h = hashlib.sha256()
    buffers = [bytearray(CHUNK), bytearray(CHUNK)]
    ready = threading.Semaphore(0)
    done = threading.Semaphore(0)
    pending: list[memoryview | None] = []
    errors: list[BaseException] = []

    def hasher() -> None:
        while True:
            ready.acquire()
            view = pending.pop(0)
            if view is None:
                return
            try:
                h.update(view)
            except BaseException as error:  # pragma: no cover - hashlib does not fail
                errors.append(error)
            finally:
                done.release()

    worker = threading.Thread(target=hasher, name="evidence-hash", daemon=True)
    worker.start()
    copied = 0
    turn = 0
    in_flight = False
    try:
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            buffer = buffers[turn]
            n = src.readinto(buffer)
            if not n:
                break
            view = memoryview(buffer)[:n]
            if in_flight:
                done.acquire()  # the hasher has finished with the other buffer
            pending.append(view)
            ready.release()
            in_flight = True
            out.write(view)
            copied += n
            turn ^= 1
            if progress is not None:
                progress(copied)
    finally:
        if in_flight:
            done.acquire()
        pending.append(None)
        ready.release()
        worker.join()
    if errors:
        raise errors[0]
    return h.hexdigest(), copied


def _mkstemp(folder: Path) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(prefix=f"incoming-{os.getpid()}-", suffix=".part", dir=folder)


def _pid_of(name: str) -> int:
    """incoming-PID-random.part -> PID; 0 for names without one (older versions)."""
    parts = name.split("-")
    return int(parts[1]) if len(parts) >= 3 and parts[1].isdigit() else 0


def _is_stale(path: Path, now: float, min_age_seconds: float) -> bool:
    from desktop.core.journal import process_alive

    pid = _pid_of(path.name)
    if pid and process_alive(pid):
        return False
    try:
        age = now - path.stat().st_mtime
    except OSError:
        return False
    if not pid and age < min_age_seconds:
        return False
    return not _locked_by_other(path)


def _lock(fd: int) -> None:
    if os.name == "nt":
        return  # Windows refuses to delete a file another process has open.
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _locked_by_other(path: Path) -> bool:
    if os.name == "nt":
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
