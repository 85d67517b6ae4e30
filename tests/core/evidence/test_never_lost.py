"""Evidence never vanishes: a failed attach keeps the file queued, and a clean-up never removes
another live process's half-made copy."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.db import close_database, open_database
from desktop.core.evidence.pending import PendingQueue
from desktop.core.evidence.store import EvidenceStore
from desktop.core.models import EvidenceItem, database_proxy
from desktop.core.paths import DB_FILE_NAME, database_url
from tests.core.evidence.media import photo


def _lock_database(data_dir: Path) -> sqlite3.Connection:
    """Another connection holding the write lock, as an import in another process does."""
    other = sqlite3.connect(data_dir / DB_FILE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


@pytest.mark.sqlite_only  # holds the SQLite write lock to make the attach fail
def test_an_attach_that_fails_keeps_the_clip_and_attaches_it_later(
    store: EvidenceStore, order_pk: int, data_dir: Path, tmp_path: Path
) -> None:
    clip = photo(data_dir / "recording-1.jpg")
    original = clip.read_bytes()
    database_proxy.obj.execute_sql("PRAGMA busy_timeout = 50")
    queue = PendingQueue(store)
    entry = queue.enqueue(clip, order_pk, "contents", origin="camera")
    other = _lock_database(data_dir)
    try:
        attached, waiting = queue.attach_all()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert attached == [] and [w.path for w in waiting] == [entry.path]
    assert entry.path.read_bytes() == original
    assert EvidenceItem.select().count() == 0
    [still] = queue.items(order_pk)
    assert "locked" in still.last_error

    # A restart: a new process (here a new store and queue) finds it and attaches it.
    close_database()
    open_database(database_url(data_dir))
    again = PendingQueue(EvidenceStore(data_dir))
    assert [p.order_pk for p in again.items()] == [order_pk]
    attached, waiting = again.attach_all()
    assert waiting == [] and len(attached) == 1
    item = EvidenceItem.get()
    assert (item.stage, item.origin) == ("contents", "camera")
    assert EvidenceStore(data_dir).file_path(item).read_bytes() == original
    assert again.items() == [] and not entry.path.exists()


def test_a_damaged_clip_stays_queued_with_its_reason(store, order_pk, data_dir: Path) -> None:
    bad = data_dir / "clip.mp4"
    bad.write_bytes(b"not a video at all" * 10)
    queue = PendingQueue(store)
    queue.enqueue(bad, order_pk, "contents")
    attached, waiting = queue.attach_all()
    assert attached == [] and len(waiting) == 1
    assert waiting[0].path.is_file()
    assert queue.items()[0].last_error


def _hold_a_copy(tmp: Path) -> subprocess.Popen[bytes]:
    """Another process in the middle of copying a file into the store's temporary folder."""
    code = (
        "import fcntl, os, sys, time\n"
        f"tmp = {str(tmp)!r}\n"
        "path = os.path.join(tmp, f'incoming-{os.getpid()}-abc.part')\n"
        "fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "os.write(fd, b'half')\n"
        "print(path, flush=True)\n"
        "sys.stdin.read()\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )


@pytest.mark.skipif(os.name == "nt", reason="POSIX locks")
def test_clean_up_never_touches_another_live_process_copy(store: EvidenceStore) -> None:
    store.blobs.tmp.mkdir(parents=True)
    child = _hold_a_copy(store.blobs.tmp)
    try:
        assert child.stdout is not None
        live = Path(child.stdout.readline().decode().strip())
        # Left by a process that is gone (pid 0 never names a live one), and an old nameless one.
        dead = store.blobs.tmp / "incoming-999999999-xyz.part"
        dead.write_bytes(b"x")
        nameless_new = store.blobs.tmp / "incoming-abcdef.part"
        nameless_new.write_bytes(b"x")
        nameless_old = store.blobs.tmp / "incoming-old.part"
        nameless_old.write_bytes(b"x")
        past = time.time() - 10 * 24 * 3600
        os.utime(nameless_old, (past, past))
        removed = store.blobs.clean_tmp()
        assert live.exists() and nameless_new.exists()
        assert sorted(p.name for p in removed) == sorted([dead.name, nameless_old.name])
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait()


@pytest.mark.skipif(os.name == "nt", reason="POSIX locks")
def test_a_locked_copy_is_kept_even_with_a_foreign_name(store: EvidenceStore) -> None:
    import fcntl

    store.blobs.tmp.mkdir(parents=True)
    path = store.blobs.tmp / "incoming-old.part"
    path.write_bytes(b"x")
    past = time.time() - 10 * 24 * 3600
    os.utime(path, (past, past))
    # flock locks belong to the open file description: a second open in this process conflicts.
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert store.blobs.clean_tmp() == [] and path.exists()
    finally:
        os.close(fd)
    assert store.blobs.clean_tmp() == [path]


def test_temporary_copies_carry_the_writer_pid(store, order_pk, tmp_path: Path) -> None:
    seen: list[str] = []
    source = photo(tmp_path / "a.jpg")
    store.add(order_pk, source, progress=lambda _n: seen.extend(p.name for p in store.blobs.tmp.iterdir()))
    assert seen and all(name.startswith(f"incoming-{os.getpid()}-") for name in seen)
