"""seller-desk import FILE... [--json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.core.journal import WorkJournal
from desktop.core.orders.errors import ImportFailure, describe
from desktop.core.orders.importer import import_file


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("import", help="import marketplace order exports")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    results: list[dict[str, Any]] = []
    failed = False
    with opened(args) as data_dir:
        journal = WorkJournal(data_dir)
        for name in args.files:
            path = Path(name)
            try:
                # A kill mid-import loses the transaction; the note lets the next start say so.
                with journal.recording("import", path.name):
                    result = import_file(path)
            except ImportFailure as error:
                failed = True
                results.append({"file": path.name, "error": error.kind, "message": describe(error)})
                if not args.json:
                    print(f"{path.name}: {describe(error)}", file=sys.stderr)
                continue
            results.append(result.as_json())
            if not args.json:
                print(
                    f"{path.name}: {result.layout}: {result.orders_created} created, "
                    f"{result.orders_updated} updated, {result.orders_unchanged} unchanged, "
                    f"{result.items} items, {result.rows_skipped} rows skipped"
                )
                for row, reason in result.skipped:
                    print(f"  row {row} skipped: {reason}")
                for warning in result.warnings:
                    print(f"  warning: {warning}")
    if args.json:
        print_json({"files": results})
    return 1 if failed else 0
