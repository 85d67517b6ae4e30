"""seller-desk import FILE... [--mapping NAME] [--json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.core.journal import WorkJournal
from desktop.core.orders.errors import ImportFailure, UnknownLayout, describe
from desktop.core.orders.importer import ImportResult, import_file

HOW_TO_MAP = (
    "To import it, open the file in the Seller Desk window (File > Import): it asks which column "
    "holds what and saves that as a mapping. Then `seller-desk import FILE --mapping NAME` "
    "uses the saved mapping here. Or write a layout file in the format of resources/layouts/*.json "
    '(for example {"fields": {"order_id": ["Bestellnummer"], "quantity": ["Menge"]}}) and pass '
    "`--mapping FILE.json`."
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("import", help="import marketplace order exports")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--mapping",
        metavar="NAME",
        help="use the column mapping saved under NAME, or a layout file FILE.json (for layouts the app does not know)",
    )
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
                    result = import_file(path, mapping=args.mapping)
            except ImportFailure as error:
                failed = True
                entry: dict[str, Any] = {"file": path.name, "error": error.kind, "message": describe(error)}
                if isinstance(error, UnknownLayout):
                    entry["headers"] = [h for h in error.headers if h]
                    entry["how_to_map"] = HOW_TO_MAP
                results.append(entry)
                if not args.json:
                    print(f"{path.name}: {describe(error)}", file=sys.stderr)
                    if isinstance(error, UnknownLayout):
                        _print_headers(error.headers)
                continue
            results.append(result.as_json())
            if not args.json:
                _print_result(path.name, result)
    if args.json:
        print_json({"files": results})
    return 1 if failed else 0


def _print_headers(headers: list[str]) -> None:
    found = [h for h in headers if h]
    if found:
        print(f"  columns found ({len(found)}): " + " | ".join(found), file=sys.stderr)
    print(f"  {HOW_TO_MAP}", file=sys.stderr)


def _print_result(name: str, result: ImportResult) -> None:
    print(
        f"{name}: {result.layout}: {result.orders_created} created, "
        f"{result.orders_updated} updated, {result.orders_unchanged} unchanged, "
        f"{result.items} items, {result.rows_skipped} rows skipped"
    )
    for note in result.notes:
        print(f"  {note}")
    for row, reason in result.skipped:
        print(f"  row {row} skipped: {reason}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
