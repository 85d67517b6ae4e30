"""seller-desk reply ORDER_ID --scenario KEY [--lang CODE] [--variant short|warm] [--set NAME=VALUE...]
seller-desk reply --list [--json]"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.core.models import Order
from desktop.core.replies.catalogue import VARIANTS, load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.errors import RepliesError
from desktop.core.replies.keys import pk_of
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions

EXIT_UNFILLED = 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "reply",
        help="print a reply to a buyer, or list the scenarios",
        description="Render a built-in reply scenario for an order in the buyer's language. "
        "Exits with status 3 when a placeholder is left unfilled (give it with --set).",
    )
    parser.add_argument(
        "order_id", nargs="?", metavar="ORDER_ID", help="the marketplace's order number"
    )
    parser.add_argument("--scenario", metavar="KEY", help="scenario key (see --list)")
    parser.add_argument(
        "--lang", metavar="CODE", help="language, e.g. es, zh_CN (default: the buyer's)"
    )
    parser.add_argument(
        "--variant", choices=VARIANTS, default="warm", help="short or warm (default warm)"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="value of a placeholder, e.g. refund_amount=5 or new_delivery_date=2024-12-20",
    )
    parser.add_argument("--marketplace", help="marketplace key when the order number is not unique")
    parser.add_argument("--list", action="store_true", help="list the scenarios")
    parser.add_argument("--json", action="store_true", help="JSON output (with --list)")
    parser.set_defaults(func=run)


def _list(as_json: bool) -> int:
    catalogue = load_catalogue()
    rows = [
        {
            "key": s.key,
            "title": s.title("en"),
            "languages": catalogue.languages,
            "fields": list(s.fields),
        }
        for s in catalogue.scenarios
    ]
    if as_json:
        print_json(rows)
    else:
        for row, scenario in zip(rows, catalogue.scenarios, strict=True):
            fields = f"  [{', '.join(row['fields'])}]" if row["fields"] else ""
            print(f"{row['key']:<36} /{scenario.shortcut:<14} {row['title']}{fields}")
    return 0


def _fills(pairs: list[str]) -> dict[str, str]:
    fills: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--set expects NAME=VALUE, got {pair!r}")
        fills[name.strip()] = value
    return fills


def run(args: argparse.Namespace) -> int:
    if args.list:
        return _list(args.json)
    if not args.order_id or not args.scenario:
        print("reply: give ORDER_ID and --scenario KEY, or --list", file=sys.stderr)
        return 2
    try:
        fills = _fills(args.set)
    except ValueError as error:
        print(f"reply: {error}", file=sys.stderr)
        return 2
    with opened(args):
        query = Order.select().where(Order.order_id == args.order_id.strip())
        if args.marketplace:
            query = query.where(Order.marketplace == args.marketplace)
        orders = list(query.limit(2))
        if not orders:
            print(f"reply: no order {args.order_id}", file=sys.stderr)
            return 1
        if len(orders) > 1:
            print(
                f"reply: order {args.order_id} exists in several marketplaces; add --marketplace",
                file=sys.stderr,
            )
            return 2
        catalogue = load_catalogue()
        composer = Composer(catalogue, Library(catalogue), ValueOptions())
        try:
            draft = composer.draft(pk_of(orders[0]), args.scenario, args.lang, args.variant, fills)
        except RepliesError as error:
            print(f"reply: {error}", file=sys.stderr)
            return 2
    print(draft.text)
    if draft.missing:
        names = ", ".join(draft.missing)
        print(
            f"reply: unfilled placeholders: {names} (give them with --set NAME=VALUE)",
            file=sys.stderr,
        )
        return EXIT_UNFILLED
    return 0
