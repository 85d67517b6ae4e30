"""seller-desk backup [--out FILE] | restore FILE [--check-only] | check

Backups are written whole or not at all; a restore verifies every byte before it replaces
anything and exits non-zero, changing nothing, when the backup is damaged."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.core.backup.errors import BackupError
from desktop.core.backup.restore import restore_backup
from desktop.core.backup.rotation import backups_folder
from desktop.core.backup.snapshot import create_backup
from desktop.core.backup.verify import verify_backup
from desktop.core.db import close_database, open_database
from desktop.core.evidence.pending import PendingQueue
from desktop.core.evidence.store import EvidenceStore
from desktop.core.journal import WorkJournal, WorkNote
from desktop.core.paths import DB_FILE_NAME, ENV_DATABASE_URL, database_url, resolve_data_dir
from desktop.core.recovery import kept_import


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", help="back up the database and every data file to one file"
    )
    backup.add_argument(
        "--out", metavar="FILE", help="backup file to write (default: DATA_DIR/backups/)"
    )
    backup.add_argument("--json", action="store_true", help="print the result as JSON")
    backup.set_defaults(func=run_backup)

    restore = subparsers.add_parser(
        "restore", help="verify a backup, then restore it into the data folder"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--check-only", action="store_true", help="verify the backup, restore nothing"
    )
    restore.add_argument("--json", action="store_true", help="print the result as JSON")
    restore.set_defaults(func=run_restore)

    check = subparsers.add_parser("check", help="report interrupted work and check the database")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(func=run_check)


def _sqlite_only(args: argparse.Namespace) -> str | None:
    if args.database_url or os.environ.get(ENV_DATABASE_URL):
        return (
            "This data folder uses a database server, which Seller Desk does not back up itself: "
            "back up the server with its own tools (for PostgreSQL: "
            "pg_dump --format=custom --file=seller-desk.dump DATABASE_URL; restore with pg_restore), "
            "and copy the data folder (evidence photos and videos) with your usual file backup."
        )
    return None


def _report_leftovers(
    notes: list[WorkNote], data_dir: Path, finished: Sequence[WorkNote] = ()
) -> None:
    for note in finished:
        print(
            f"note: {note.kind} of {note.subject} (started {note.started_at:%Y-%m-%d %H:%M} UTC) "
            "was interrupted while swapping the data in; it was completed now",
            file=sys.stderr,
        )
    for note in notes:
        print(f"note: {describe_leftover(note, data_dir)}", file=sys.stderr)


def describe_leftover(note: WorkNote, data_dir: Path) -> str:
    head = f"{note.kind} of {note.subject} (started {note.started_at:%Y-%m-%d %H:%M} UTC) was interrupted"
    kept = kept_import(note, data_dir)
    if kept is not None:
        return (
            f"{head} after it was saved: all of it was kept ({kept.created} orders new, "
            f"{kept.updated} updated, {kept.unchanged} unchanged)"
        )
    return f"{head}; nothing of it was kept"


def _recover(data_dir: Path) -> list[WorkNote]:
    journal = WorkJournal(data_dir)
    notes = journal.recover()
    _report_leftovers(notes, data_dir, journal.finished)
    return notes


def run_backup(args: argparse.Namespace) -> int:
    problem = _sqlite_only(args)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    with opened(args) as data_dir:
        _recover(data_dir)
        out = (
            Path(args.out)
            if args.out
            else (backups_folder(data_dir) / f"seller-desk-{datetime.now():%Y%m%d-%H%M%S}.zip")
        )
        try:
            result = create_backup(data_dir, out)
        except (BackupError, OSError, sqlite3.Error) as error:
            print(f"backup failed: {error}", file=sys.stderr)
            return 1
    summary = {
        "file": str(result.path),
        "bytes": result.size,
        "files": len(result.manifest.entries),
        "counts": result.manifest.counts,
    }
    if args.json:
        print_json(summary)
    else:
        print(
            f"{result.path}: {result.manifest.counts.get('orders', 0)} orders, "
            f"{len(result.manifest.entries)} files, {result.size} bytes"
        )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    problem = _sqlite_only(args)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    source = Path(args.file)
    try:
        if args.check_only:
            manifest = verify_backup(source)
            replaced = None
        else:
            data_dir = resolve_data_dir(args.data_dir)
            _recover(data_dir)
            result = restore_backup(source, data_dir)
            manifest, replaced = result.manifest, result.replaced
            # Brings a backup from an older version to the current schema now, not at next start.
            open_database(database_url(data_dir))
            close_database()
    except BackupError as error:
        print(f"{source.name}: not restored, nothing was changed: {error}", file=sys.stderr)
        return 1
    summary = {
        "file": str(source),
        "created_at": manifest.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "app_version": manifest.app_version,
        "files": len(manifest.entries),
        "counts": manifest.counts,
        "verified": True,
        "restored": not args.check_only,
        "replaced_data_moved_to": str(replaced) if replaced else None,
    }
    if args.json:
        print_json(summary)
    else:
        verb = "verified" if args.check_only else "restored"
        print(
            f"{source.name}: {verb}: {manifest.counts.get('orders', 0)} orders, "
            f"{len(manifest.entries)} files, made {manifest.created_at:%Y-%m-%d %H:%M} UTC"
        )
        if replaced:
            print(f"the data that was there before is kept in {replaced}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    journal = WorkJournal(data_dir)
    leftovers = journal.recover()
    # Half-made copies of a killed `evidence add` (up to the size of a whole video).
    blobs = EvidenceStore(data_dir).blobs
    partial_sizes = {p: _size(p) for p in blobs.partial_copies()}
    removed = blobs.clean_tmp()
    freed = sum(partial_sizes.get(p, 0) for p in removed)
    waiting = PendingQueue(EvidenceStore(data_dir)).items()
    db_path = data_dir / DB_FILE_NAME
    if db_path.exists() and not _sqlite_only(args):
        # A log line whose transaction a kill cut off (`evidence add` killed mid-commit).
        with opened(args):
            EvidenceStore(data_dir).recover_log()
    integrity = "no database"
    if db_path.exists() and not _sqlite_only(args):
        connection = sqlite3.connect(db_path)
        try:
            integrity = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        except sqlite3.DatabaseError as error:
            integrity = str(error)
        finally:
            connection.close()
    if args.json:
        print_json(
            {
                "interrupted": [
                    {**n.as_json(), "kept": describe_leftover(n, data_dir)} for n in leftovers
                ],
                "completed": [n.as_json() for n in journal.finished],
                "partial_copies_removed": [p.name for p in removed],
                "partial_bytes_removed": freed,
                "evidence_not_yet_attached": [
                    {"file": w.path.name, "order": w.order_pk, "name": w.name, "error": w.last_error}
                    for w in waiting
                ],
                "integrity": integrity,
            }
        )
    else:
        _report_leftovers(leftovers, data_dir, journal.finished)
        if removed:
            print(f"removed {len(removed)} half-copied evidence file(s), {freed} bytes")
        for entry in waiting:
            print(f"not yet attached: {entry.name} (order {entry.order_pk}): {entry.last_error}")
        print(f"database: {integrity}")
    return 0 if integrity in {"ok", "no database"} else 1


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
