"""Backup, verify and restore speed on a data folder with many orders and evidence files.

    python3 tests/bench/bench_backup.py [COPIES] [EVIDENCE_MB]

COPIES x 80 orders come from the Shopify sample; EVIDENCE_MB of incompressible files stand in
for photos and videos. Prints seconds and MB/s for each step."""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from desktop.core.backup.restore import restore_backup  # noqa: E402
from desktop.core.backup.snapshot import create_backup  # noqa: E402
from desktop.core.backup.verify import verify_backup  # noqa: E402
from desktop.core.db import close_database, open_database  # noqa: E402
from desktop.core.orders.importer import import_file  # noqa: E402
from desktop.core.paths import database_url  # noqa: E402


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    evidence_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    samples = next(
        p
        for p in (REPO.parent / "shared" / "samples", REPO / "resources" / "samples")
        if p.is_dir()
    )
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with (samples / "shopify_orders_export_1.csv").open(newline="", encoding="utf-8-sig") as f:
            header, *rows = list(csv.reader(f))
        export = root / "big.csv"
        with export.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            for copy in range(copies):
                for row in rows:
                    writer.writerow([f"#{copy:05d}-{row[0].lstrip('#')}", *row[1:]])
        data = root / "data"
        data.mkdir()
        open_database(database_url(data))
        import_file(export)
        close_database()
        media = data / "evidence" / "objects" / "ab"
        media.mkdir(parents=True)
        for index in range(evidence_mb // 10):
            (media / f"video{index}.mp4").write_bytes(os.urandom(10_000_000))
        size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file()) / 1e6
        print(f"data folder: {copies * 80} orders, {size:.0f} MB")
        for label, step in (
            ("backup", lambda: create_backup(data, root / "b.zip")),
            ("verify", lambda: verify_backup(root / "b.zip")),
            ("restore", lambda: restore_backup(root / "b.zip", root / "restored")),
        ):
            start = time.perf_counter()
            step()
            seconds = time.perf_counter() - start
            print(f"{label:8} {seconds:6.2f} s  {size / seconds:7.0f} MB/s")
        print(f"backup file: {(root / 'b.zip').stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
