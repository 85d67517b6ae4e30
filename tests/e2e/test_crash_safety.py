"""Killing Seller Desk (SIGKILL) in the middle of an import, an evidence copy or a backup leaves a
consistent database, no half files where files are read from, and a note for the next start.

These start the real `seller-desk` command in subprocesses and kill them at random moments."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.backup.errors import BackupDamaged
from desktop.core.backup.verify import verify_backup

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics"), pytest.mark.sqlite_only]

COPIES = 30  # x 80 orders of the Shopify sample = 2,400 orders, about two seconds to import
DB = "seller-desk.db"


def cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]


@pytest.fixture
def big_export(tmp_path_factory: pytest.TempPathFactory, samples: Path) -> tuple[Path, int]:
    """A Shopify export with thousands of orders (the sample's orders under new numbers)."""
    with (samples / "shopify_orders_export_1.csv").open(newline="", encoding="utf-8-sig") as handle:
        header, *rows = list(csv.reader(handle))
    names = {r[0] for r in rows}
    path = tmp_path_factory.mktemp("export") / "shopify_big.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for copy in range(COPIES):
            for row in rows:
                writer.writerow([f"#{copy:03d}-{row[0].lstrip('#')}", *row[1:]])
    return path, len(names) * COPIES


def integrity_and_orders(data_dir: Path) -> tuple[str, int]:
    connection = sqlite3.connect(data_dir / DB)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        exists = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='orders'"
        ).fetchone()[0]
        count = connection.execute("SELECT count(*) FROM orders").fetchone()[0] if exists else 0
    finally:
        connection.close()
    return integrity, count


@dataclass
class Killed:
    data_dir: Path
    killed: bool  # False: the command finished before its moment came
    in_store: bool  # the kill came while the import was writing to the database


def run_and_kill(command: list[str], data_dir: Path, when: Callable[[Path, float], bool]) -> Killed:
    """Start command; SIGKILL it as soon as when(data_dir, seconds since start) says so."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.monotonic()
    in_store = False
    while process.poll() is None:
        if when(data_dir, time.monotonic() - start):
            in_store = _writing(data_dir)
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return Killed(data_dir, True, in_store)
        time.sleep(0.003)
    return Killed(data_dir, False, False)


def _writing(data_dir: Path) -> bool:
    """True while another connection holds the database's write lock (an import's transaction
    takes it when it begins, and keeps it until it has committed)."""
    path = data_dir / DB
    if not path.exists():
        return False
    try:
        probe = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=0, isolation_level=None)
    except sqlite3.OperationalError:
        return False
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def at_time(seconds: float) -> Callable[[Path, float], bool]:
    return lambda _folder, elapsed: elapsed >= seconds


def while_storing(delay: float) -> Callable[[Path, float], bool]:
    """Kill `delay` seconds into a write transaction. Opening the database writes its schema in a
    transaction of a few milliseconds before the import's own one begins: a transaction that ends
    before the delay has passed does not count, the next one starts the clock again."""
    began: list[float] = []

    def when(folder: Path, elapsed: float) -> bool:
        if not _writing(folder):
            began.clear()
            return False
        if not began:
            began.append(elapsed)
        return elapsed >= began[0] + delay

    return when


def test_import_killed_at_20_random_points(big_export: tuple[Path, int], tmp_path: Path) -> None:
    export, expected = big_export
    calibrate = tmp_path / "calibrate"
    started = time.monotonic()
    subprocess.run(cli(calibrate, "import", str(export)), check=True, capture_output=True)
    duration = time.monotonic() - started
    assert integrity_and_orders(calibrate) == ("ok", expected)

    rng = random.Random(20241130)
    # Half anywhere in the run (start-up, reading, parsing, writing); half inside the write.
    moments: list[Callable[[float], Callable[[Path, float], bool]]] = []
    for _ in range(10):
        seconds = rng.uniform(0.05, 0.9) * duration
        moments.append(lambda scale, seconds=seconds: at_time(seconds * scale))
    for _ in range(10):
        delay = rng.uniform(0.0, 0.25)
        moments.append(lambda scale, delay=delay: while_storing(delay * scale))
    folders = [tmp_path / f"run{i:02d}" for i in range(len(moments))]

    def kill_mid_way(job: tuple[Path, Callable[[float], Callable[[Path, float], bool]]]) -> Killed:
        # A loaded machine runs faster or slower than the calibration: a run that finished
        # before its moment is tried again, earlier, in a fresh folder.
        folder, moment = job
        for attempt in range(5):
            target = folder.with_name(f"{folder.name}-{attempt}")
            run = run_and_kill(cli(target, "import", str(export)), target, moment(0.5**attempt))
            if run.killed:
                return run
        return run

    with ThreadPoolExecutor(max_workers=3) as pool:
        runs = list(pool.map(kill_mid_way, zip(folders, moments, strict=True)))

    killed = [r for r in runs if r.killed]
    assert len(killed) == len(runs), "every run must really be killed mid-way"
    assert any(r.in_store for r in killed), "some kills must land inside the database write"
    for run in runs:
        if not (run.data_dir / DB).exists():
            continue  # killed before the database was created
        integrity, count = integrity_and_orders(run.data_dir)
        assert integrity == "ok", run
        assert count in (0, expected), f"{run}: {count} orders, half an import"

    # The next start names the interrupted import, removes the note, and the database works.
    empty = [
        r for r in killed if (r.data_dir / DB).exists() and integrity_and_orders(r.data_dir)[1] == 0
    ]
    noted = [r for r in empty if list((r.data_dir / "in-progress").glob("*.json"))]
    assert noted, "a kill during the import leaves its note"
    storing = next((r for r in noted if r.in_store), noted[0])
    report = subprocess.run(
        cli(storing.data_dir, "check", "--json"), capture_output=True, text=True
    )
    assert report.returncode == 0, report.stderr
    checked = json.loads(report.stdout)
    assert checked["integrity"] == "ok"
    assert [n["subject"] for n in checked["interrupted"]] == [export.name]
    subprocess.run(cli(storing.data_dir, "import", str(export)), check=True, capture_output=True)
    assert integrity_and_orders(storing.data_dir) == ("ok", expected)


@pytest.fixture
def loaded_data_dir(big_export: tuple[Path, int], tmp_path: Path) -> Path:
    """Thousands of orders and 24 MB of incompressible evidence-like files."""
    folder = tmp_path / "loaded"
    subprocess.run(cli(folder, "import", str(big_export[0])), check=True, capture_output=True)
    media = folder / "evidence" / "objects" / "aa"
    media.mkdir(parents=True)
    for index in range(6):
        (media / f"clip{index}.mp4").write_bytes(os.urandom(4_000_000))
    return folder


def test_backup_killed_at_random_points_leaves_a_whole_backup_or_none(
    loaded_data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    started = time.monotonic()
    subprocess.run(cli(loaded_data_dir, "backup", "--out", str(out / "full.zip")), check=True)
    duration = time.monotonic() - started
    verify_backup(out / "full.zip")

    rng = random.Random(7)
    for attempt in range(8):
        target = out / f"killed{attempt}.zip"
        run_and_kill(
            cli(loaded_data_dir, "backup", "--out", str(target)),
            loaded_data_dir,
            at_time(rng.uniform(0.1, 1.0) * duration),
        )
        if target.exists():
            verify_backup(target)  # complete, or it would not carry the final name
        assert integrity_and_orders(loaded_data_dir)[0] == "ok"
    report = subprocess.run(cli(loaded_data_dir, "check", "--json"), capture_output=True, text=True)
    interrupted = json.loads(report.stdout)["interrupted"]
    assert all(n["kind"] == "backup" for n in interrupted)
    assert not list(out.glob("*.partial")), "the next start removes half-written backups"


def test_evidence_copy_killed_leaves_no_half_evidence(
    loaded_data_dir: Path, tmp_path: Path
) -> None:
    from PIL import Image

    photo = tmp_path / "big_photo.png"
    noise = Image.frombytes("RGB", (2400, 2400), os.urandom(2400 * 2400 * 3))
    noise.save(photo, compress_level=0)
    order_id = "#000-1001"
    rng = random.Random(3)
    for _ in range(6):
        run_and_kill(
            cli(loaded_data_dir, "evidence", "add", order_id, str(photo)),
            loaded_data_dir,
            at_time(rng.uniform(0.2, 1.5)),
        )
        assert integrity_and_orders(loaded_data_dir)[0] == "ok"
    connection = sqlite3.connect(loaded_data_dir / DB)
    recorded = [r[0] for r in connection.execute("SELECT sha256 FROM evidence_item")]
    connection.close()
    objects = loaded_data_dir / "evidence" / "objects"
    for sha in recorded:
        stored = objects / sha[:2] / sha
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
    for stored in objects.rglob("*"):
        if stored.is_file() and not stored.name.startswith("clip"):
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == stored.name, "half file"


def _dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(db_path)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        connection.close()


def _file_hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((folder / "evidence").rglob("*"))
        if p.is_file() and not p.name.endswith(".part")
    }


def test_backup_taken_during_an_import_restores_one_whole_state(
    loaded_data_dir: Path, big_export: tuple[Path, int], tmp_path: Path
) -> None:
    from PIL import Image

    from desktop.core.backup.restore import restore_backup
    from desktop.core.backup.snapshot import create_backup

    photo = tmp_path / "parcel.png"
    Image.new("RGB", (64, 64), "orange").save(photo)
    subprocess.run(
        cli(loaded_data_dir, "evidence", "add", "#000-1001", str(photo)),
        check=True,
        capture_output=True,
    )
    # A second export: the same orders under other numbers, so the import adds thousands.
    second = tmp_path / "shopify_more.csv"
    second.write_text(
        big_export[0].read_text(encoding="utf-8").replace("\n#", "\n#B"), encoding="utf-8"
    )
    before = _dump(loaded_data_dir / DB)
    evidence = _file_hashes(loaded_data_dir)
    assert before["evidence_item"]

    importing = subprocess.Popen(
        cli(loaded_data_dir, "import", str(second)), stdout=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while (
        not _writing(loaded_data_dir)
        and importing.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.002)
    backup = create_backup(loaded_data_dir, tmp_path / "during.zip").path
    assert importing.wait(timeout=60) == 0
    after = _dump(loaded_data_dir / DB)
    assert len(after["orders"]) == 2 * len(before["orders"])

    fresh = tmp_path / "fresh"
    restore_backup(backup, fresh)
    restored = _dump(fresh / DB)
    assert restored in (before, after), "a backup holds one committed state, never half an import"
    assert _file_hashes(fresh) == evidence

    flipped = bytearray(backup.read_bytes())
    flipped[len(flipped) // 2] ^= 0x20
    damaged = tmp_path / "flipped.zip"
    damaged.write_bytes(bytes(flipped))
    with pytest.raises(BackupDamaged):
        verify_backup(damaged)
    untouched = _dump(fresh / DB)
    result = subprocess.run(cli(fresh, "restore", str(damaged)), capture_output=True, text=True)
    assert result.returncode != 0 and "nothing was changed" in result.stderr
    assert _dump(fresh / DB) == untouched
