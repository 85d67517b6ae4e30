"""seller-desk picklist [ORDER_ID...] [--status S] [--sort sku|title|location] [--size ...] --out FILE.pdf"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.context import opened
from desktop.cli.print_support import (
    add_selection_arguments,
    gui_application,
    output_path,
    selected_orders,
)
from desktop.core.printing.paper import PAPERS
from desktop.core.printing.picklist import SORT_KEYS


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "picklist", help="print a pick list (SKU totals across orders) to PDF"
    )
    add_selection_arguments(parser)
    parser.add_argument(
        "--sort", choices=SORT_KEYS, default="sku", help="order of the lines (default sku)"
    )
    parser.add_argument("--size", choices=sorted(PAPERS), default="a4", help="paper (default a4)")
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

        pages = write_pdf(out, PrintJob("picklist", pks, args.size, sort=args.sort))
        del app
    print(f"{out}: pick list for {len(pks)} orders, {pages} pages", file=sys.stderr)
    return 0
