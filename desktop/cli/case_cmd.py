"""seller-desk case ORDER_ID --open KIND [--at ISO_DATETIME]
seller-desk case ORDER_ID --json"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.cli.reply_support import (
    CommandError,
    add_at,
    add_marketplace,
    fail,
    find_order,
    moment,
)
from desktop.core.replies import cases
from desktop.core.replies.keys import pk_of


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "case",
        help="open an after-sales case on an order, or show its steps",
        description="Open a case for a problem (KIND as the Case tab names it, e.g. "
        f"damaged_item; one of: {', '.join(cases.CASE_KINDS)}), or print the order's latest "
        "case with its seven steps, their due dates and state.",
    )
    parser.add_argument("order_id", metavar="ORDER_ID", help="the marketplace's order number")
    parser.add_argument("--open", metavar="KIND", help="open a case of this kind")
    parser.add_argument("--json", action="store_true", help="print the case as JSON")
    add_at(parser)
    add_marketplace(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        at = moment(args.at)
        with opened(args):
            order = find_order(args.order_id, args.marketplace)
            pk = pk_of(order)
            if args.open:
                if args.open not in cases.CASE_KINDS:
                    raise CommandError(
                        f"unknown case kind {args.open!r}; one of: {', '.join(cases.CASE_KINDS)}"
                    )
                if cases.open_case_for_order(pk) is not None:
                    raise CommandError(f"order {args.order_id} already has an open case")
                cases.open_case(pk, args.open, now=at)
            shown = cases.case_json(pk, now=at)
    except CommandError as error:
        return fail("case", error)
    if args.json or not args.open:
        if shown is None:
            print_json(None) if args.json else print(f"no case on order {args.order_id}")
        elif args.json:
            print_json(shown)
        else:
            print(f"{shown['kind']} ({shown['status']})")
            for step in shown["steps"]:  # type: ignore[attr-defined]
                print(
                    f"  {step['position']} {step['step']:<12} {step['state']:<8} due {step['due_at'] or '-'}"
                )
    return 0
