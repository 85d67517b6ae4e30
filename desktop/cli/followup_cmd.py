"""seller-desk today [--at ISO_DATETIME] [--json]: the follow-up plan as the window shows it."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.cli.reply_support import CommandError, add_at, fail, moment, seller_zone, settings_of
from desktop.core.replies.followup import plan_for
from desktop.ui.replies.services import plan_settings_of


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "today",
        help="print today's follow-up plan: which orders need a message and why",
        description="The follow-up plan: buyers waiting for an answer first, then due case "
        "steps, late parcels, and the routine messages of the day.",
    )
    add_at(parser)
    parser.add_argument("--json", action="store_true", help="JSON output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        now = moment(args.at)
        zone = seller_zone(args.at)
    except CommandError as error:
        return fail("today", error)
    with opened(args) as data_dir:
        settings = replace(plan_settings_of(settings_of(data_dir)), zone=zone)
        items = plan_for(now, settings)
    rows = [
        {
            "order_id": item.order_id,
            "marketplace": item.marketplace,
            "reason": item.reason,
            "scenario": item.scenario_key,
            "days": item.days,
            "priority": item.priority,
        }
        for item in items
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['priority']:>2} {row['reason']:<14} {row['days']:>4}d  "
                  f"{row['marketplace']:<12} {row['order_id']:<24} {row['scenario']}")  # fmt: skip
    return 0
