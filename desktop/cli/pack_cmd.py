"""seller-desk pack ORDER_ID_OR_TRACKING [--scan CODE]... [--packer NAME] [--json]
seller-desk pack-log ORDER_ID [--json]

The pack station's rules without the window: the same bench, the same guards, the same log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.core.models import Order
from desktop.core.packing import scanlog
from desktop.core.packing.bench import NOT_FOUND, OPENED, REFUSED, RESUMED, PackBench
from desktop.core.packing.lookup import find_order
from desktop.core.printing.rows import ORDER_PK


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pack", help="run the pack station's rules: open an order, apply scans, complete it"
    )
    parser.add_argument("order", metavar="ORDER_ID_OR_TRACKING", help="what the checklist or label carries")
    parser.add_argument(
        "--scan", action="append", default=[], metavar="CODE",
        help="a scanned code (item barcode or SKU, or the order's label); repeat in scan order",
    )  # fmt: skip
    parser.add_argument("--packer", default="", metavar="NAME", help="who packs (stored with the order)")
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")
    parser.set_defaults(func=run)

    log = subparsers.add_parser("pack-log", help="print the pack station's scan log of one order")
    log.add_argument("order", metavar="ORDER_ID", help="marketplace order id or tracking number")
    log.add_argument("--json", action="store_true", help="print a JSON array")
    log.set_defaults(func=run_log)


def _bench(data_dir: Path, packer: str) -> PackBench:
    """The bench as the window sets it up: the seller's words, thresholds and names."""
    from desktop.ui.printing.options import fragile_rule, high_value_rule, packer_name
    from desktop.ui.settings_store import Settings

    settings = Settings(data_dir / "settings.ini")
    return PackBench(
        packer=packer or packer_name(settings),
        station=str(settings.get("packing/station") or "") or None,
        rule=high_value_rule(settings),
        fragile=fragile_rule(settings),
        video_for_high_value=bool(settings.get("packing/high_value_video")),
    )


def run(args: argparse.Namespace) -> int:
    with opened(args) as data_dir:
        bench = _bench(data_dir, args.packer)
        first = bench.scan(args.order)
        is_open = first.result in (OPENED, RESUMED)
        order_pk = first.order_pk
        completed = False
        scans: list[dict[str, Any]] = []
        if is_open:
            for code in args.scan:
                event = bench.scan(code)
                scans.append(event.as_json())
                completed = completed or (event.completed and event.order_pk == order_pk)
            if bench.session is not None and not bench.packed:
                # Left on the bench half-packed: the log says so, as closing the station would.
                bench.close()
        status = None
        order_id = args.order
        if order_pk is not None:
            row = Order.select(Order.workflow_status, Order.order_id).where(order_pk == ORDER_PK).first()
            if row is not None:
                status, order_id = str(row.workflow_status), str(row.order_id)
    refused = None if is_open else first.message
    outcome = {
        "order_id": order_id,
        "opened": is_open,
        "refused": refused,
        "scans": scans,
        "completed": completed,
        "workflow_status": status,
    }
    if args.json:
        print_json(outcome)
    else:
        print(first.message or first.result)
        for scan in scans:
            print(f"  {scan['code']}: {scan['result']} — {scan['message']}")
        if completed:
            print(f"{order_id}: packed")
    if first.result == NOT_FOUND or first.result == REFUSED:
        if not args.json:
            print(first.message, file=sys.stderr)
        return 1
    return 0


def run_log(args: argparse.Namespace) -> int:
    with opened(args):
        pk = find_order(args.order)
        if pk is None:
            print(f"no order has the id or tracking number {args.order}", file=sys.stderr)
            return 1
        rows = [entry.as_json() for entry in scanlog.entries(pk)]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(f"{args.order}: nothing scanned at the pack station yet")
    for row in rows:
        print(f"{row['at']}  {row['result']:<12} {row['code']:<24} {row['packer']:<12} {row['message']}")
    return 0
