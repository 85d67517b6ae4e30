"""`check` removes what killed work left (half-copied evidence) and says what an interrupted
import kept; `evidence pending` shows, and retries, what could not be attached yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.journal import JOURNAL_DIR
from tests.core.evidence.media import photo


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path, samples: Path) -> Path:
    data = tmp_path / "data"
    assert _cli(data, "import", str(samples / "shopify_orders_export_1.csv")).returncode == 0
    return data


def test_check_removes_a_killed_copy_and_reports_it(folder: Path) -> None:
    tmp = folder / "evidence" / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    dead = tmp / "incoming-999999999-abc.part"
    dead.write_bytes(b"\0" * 4096)
    run = _cli(folder, "check", "--json")
    report = json.loads(run.stdout)
    assert report["partial_copies_removed"] == [dead.name] and report["partial_bytes_removed"] == 4096
    assert not dead.exists()


def test_an_import_killed_after_it_was_saved_is_reported_as_kept(folder: Path) -> None:
    note = folder / JOURNAL_DIR / "import-999999999-abcdef.json"
    note.parent.mkdir(exist_ok=True)
    started = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    note.write_text(json.dumps({"kind": "import", "subject": "shopify_orders_export_1.csv",
                                "started_at": started, "pid": 999999999, "cleanup": []}))  # fmt: skip
    run = _cli(folder, "check")
    assert "after it was saved: all of it was kept (80 orders new" in run.stderr, run.stderr
    assert "nothing of it was kept" not in run.stderr


def test_pending_evidence_is_listed_and_attached_on_retry(folder: Path, tmp_path: Path) -> None:
    from desktop.core.db import close_database, open_database
    from desktop.core.evidence.pending import PendingQueue
    from desktop.core.evidence.store import EvidenceStore
    from desktop.core.models import Order
    from desktop.core.paths import database_url

    open_database(database_url(folder))
    try:
        order_pk = int(Order.get(Order.order_id == "#1001").id)
        PendingQueue(EvidenceStore(folder)).enqueue(photo(tmp_path / "clip.jpg"), order_pk, "contents", error="database is locked")
    finally:
        close_database()
    listed = _cli(folder, "evidence", "pending", "--json")
    [entry] = json.loads(listed.stdout)
    assert entry["state"] == "not yet attached" and entry["error"] == "database is locked"
    assert listed.returncode == 1
    retried = _cli(folder, "evidence", "pending", "--retry")
    assert retried.returncode == 0 and "attached 1" in retried.stdout
    items = json.loads(_cli(folder, "evidence", "list", "#1001", "--json").stdout)
    assert [i["name"] for i in items] == ["clip.jpg"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_data_folder_and_database_are_private(folder: Path) -> None:
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "seller-desk.db").stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics")
def test_a_kill_while_attaching_a_kept_clip_never_loses_it(folder: Path, tmp_path: Path) -> None:
    """SIGKILL `evidence pending --retry` at fixed moments: afterwards the clip is always either
    still kept or attached (and the next retry finishes the job), never gone."""
    import signal
    import time

    from desktop.core.db import close_database, open_database
    from desktop.core.evidence.pending import PendingQueue
    from desktop.core.evidence.store import EvidenceStore
    from desktop.core.models import Order
    from desktop.core.paths import database_url

    delays = [0.3 + 0.1 * n for n in range(10)]  # across start-up, the copy and the commit
    tried = held = 0
    for number, delay in enumerate(delays):
        open_database(database_url(folder))
        try:
            order_pk = int(Order.get(Order.order_id == "#1001").id)
            source = photo(tmp_path / f"clip{number}.jpg", color=f"#{number * 20:02x}4080")
            content = source.read_bytes()
            PendingQueue(EvidenceStore(folder)).enqueue(source, order_pk, "contents")
        finally:
            close_database()
        child = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(folder), "evidence", "pending", "--retry"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        tried += 1
        _cli(folder, "check")
        _cli(folder, "evidence", "pending", "--retry")
        open_database(database_url(folder))
        try:
            store = EvidenceStore(folder)
            stored = [store.file_path(i).read_bytes() for i in store.items(order_pk)]
            waiting = PendingQueue(store).items()
        finally:
            close_database()
        if content in stored and not waiting:
            held += 1
    print(f"attach kill test: tried {tried}, held {held}, failed {tried - held}")
    assert held == tried


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics")
def test_a_killed_evidence_add_leaves_nothing_check_cannot_clean(folder: Path, tmp_path: Path) -> None:
    """SIGKILL `evidence add` of a large clip at fixed moments: afterwards `check` removes any
    half copy, `verify` is OK, and the clip is either attached whole or not at all."""
    import signal
    import time

    from tests.core.evidence.media import mp4

    clip = mp4(tmp_path / "big.mp4")
    with clip.open("ab") as handle:  # padding after the boxes: a large file that still reads
        handle.write(bytes(64 * 1024 * 1024))
    tried = held = 0
    failures: list[str] = []
    for delay in (0.6 + 0.06 * n for n in range(8)):  # around the copy on a typical machine
        child = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(folder), "evidence", "add", "#1002", str(clip)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        tried += 1
        checked = _cli(folder, "check")
        partials = list((folder / "evidence" / "tmp").glob("*.part")) if (folder / "evidence" / "tmp").is_dir() else []
        verified = _cli(folder, "verify", "--json")
        report = json.loads(verified.stdout)
        if not partials and report["ok"]:
            held += 1
        else:
            failures.append(f"killed after {delay:.2f} s: left {partials}; check said {checked.stdout[-600:]!r}; "
                            f"verify said {verified.stdout[-1200:]!r}")  # fmt: skip
    print(f"evidence add kill test: tried {tried}, held {held}, failed {tried - held}")
    assert held == tried, "\n".join(failures)
