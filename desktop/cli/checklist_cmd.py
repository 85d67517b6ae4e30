"""seller-desk checklist [ORDER_ID...] [--status S] [--size a4|letter|4x6] [--per-page N] --out FILE.pdf"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from typing import Any

from desktop.cli.context import opened
from desktop.cli.print_support import (
    add_selection_arguments,
    gui_application,
    output_path,
    selected_orders,
)
from desktop.core.printing.checklist import HighValueRule, parse_currency_thresholds
from desktop.core.printing.paper import PAPERS
from desktop.core.settings import BY_KEY


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "checklist", help="print packing checklists (or in-box packing lists) to PDF"
    )
    add_selection_arguments(parser)
    parser.add_argument(
        "--size",
        choices=sorted(PAPERS),
        default="a4",
        help="paper: a4, letter or 4x6 label (default a4)",
    )
    parser.add_argument(
        "--per-page", type=int, choices=(1, 2, 4), default=1, help="checklists per A4/Letter sheet"
    )
    parser.add_argument(
        "--high-value",
        type=Decimal,
        default=Decimal(100),
        metavar="AMOUNT",
        help="orders above this total get the evidence reminder (default 100; VND, THB, JPY... have their own)",
    )
    parser.add_argument(
        "--packing-list", action="store_true", help="print the buyer's in-box packing lists instead"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = output_path(args)
    if out is None:
        return 2
    with opened(args):
        pks = selected_orders(args)
        if pks is None:
            return 1
        app = gui_application()
        from desktop.ui.printing.job import PrintJob, write_pdf

        kind = "packing_lists" if args.packing_list else "checklists"
        # Currencies such as VND or THB keep their own thresholds (the setting's defaults).
        thresholds = parse_currency_thresholds(
            str(BY_KEY["packing/high_value_by_currency"].default)
        )
        rule = HighValueRule(args.high_value, thresholds)
        job = PrintJob(kind, pks, args.size, args.per_page, rule=rule)
        pages = write_pdf(out, job)
        del app
    print(f"{out}: {len(pks)} orders, {pages} pages", file=sys.stderr)
    return 0
