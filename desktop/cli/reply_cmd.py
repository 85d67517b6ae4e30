"""seller-desk reply ORDER_ID --scenario KEY [--lang CODE] [--at ISO_DATETIME] [--log] [--json]
    [--variant short|warm] [--set NAME=VALUE...] [--line N...]
seller-desk reply --list [--json]"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.cli.reply_support import (
    CommandError,
    add_at,
    add_marketplace,
    fail,
    find_order,
    moment,
    seller_zone,
    settings_of,
)
from desktop.core.replies import cases, log
from desktop.core.replies.catalogue import VARIANTS, load_catalogue
from desktop.core.replies.compose import Composer
from desktop.core.replies.errors import RepliesError
from desktop.core.replies.keys import pk_of
from desktop.core.replies.library import Library
from desktop.core.replies.order_values import ValueOptions
from desktop.ui.replies.services import seller_language_of, transit_of

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
        "--lang", metavar="CODE", help="language, e.g. es, zh_CN (default: as the window chooses)"
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
    parser.add_argument(
        "--line",
        action="append",
        type=int,
        default=[],
        metavar="N",
        help="the order line (1, 2, …) the message is about, e.g. the one out of stock",
    )
    add_at(parser)
    parser.add_argument("--log", action="store_true", help="log the rendered reply as sent")
    add_marketplace(parser)
    parser.add_argument("--list", action="store_true", help="list the scenarios")
    parser.add_argument(
        "--json",
        action="store_true",
        help='JSON output: {"text", "language", "mirror", "warnings"}',
    )
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
            raise CommandError(f"--set expects NAME=VALUE, got {pair!r}")
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
        now = moment(args.at)
        zone = seller_zone(args.at)
        with opened(args) as data_dir:
            settings = settings_of(data_dir)
            order = find_order(args.order_id, args.marketplace)
            catalogue = load_catalogue()
            options = ValueOptions(
                signature=str(settings.get("seller/signature") or ""),
                shop_name=str(settings.get("replies/shop_name") or ""),
                transit=transit_of(settings),
                today=now.astimezone(zone).date(),
            )
            composer = Composer(catalogue, Library(catalogue), options)
            seller_language = seller_language_of(settings, catalogue.texts)
            lines = tuple(args.line) if args.line else None
            try:
                draft = composer.draft(
                    pk_of(order), args.scenario, args.lang, args.variant, fills, lines
                )
                mirror = composer.draft(
                    pk_of(order), args.scenario, seller_language, args.variant, fills, lines
                )
            except RepliesError as error:
                raise CommandError(str(error)) from error
            if args.log and not draft.missing:
                _log(order, draft.text, draft.language, args.scenario, mirror.text, now)
    except CommandError as error:
        return fail("reply", error)
    if args.json:
        print_json(
            {
                "text": draft.text,
                "language": draft.language,
                "mirror": mirror.text,
                "warnings": [w.as_json() for w in draft.warnings],
            }
        )
    else:
        print(draft.text)
        for warning in draft.warnings:
            print(f"reply: warning: {warning.message}", file=sys.stderr)
    if draft.missing:
        names = ", ".join(draft.missing)
        print(
            f"reply: unfilled placeholders: {names} (give them with --set NAME=VALUE)"
            + ("; nothing was logged" if args.log else ""),
            file=sys.stderr,
        )
        return EXIT_UNFILLED
    return 0


def _log(order: Any, text: str, language: str, scenario: str, mirror: str, now: Any) -> None:
    """Log as sent; when the message is the open case's current step, that step is done."""
    pk = pk_of(order)
    case = cases.open_case_for_order(pk)
    step = cases.current_step(case.id) if case else None
    is_step = step is not None and cases.spec_of(step).scenario_key == scenario
    try:
        message = log.record(
            pk, log.OUT, text, language=language, scenario_key=scenario, seller_text=mirror,
            case_id=case.id if case and is_step else None, at=now,
        )  # fmt: skip
        if case is not None and step is not None and is_step:
            cases.complete_step(case.id, message_id=message.id, now=now, position=step.position)
    except RepliesError as error:
        raise CommandError(str(error)) from error
