"""seller-desk orders [--search TEXT] [--status S] [--marketplace M] [--json]"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import opened, print_json
from desktop.core.orders.queries import OrderFilter, orders_json
from desktop.core.orders.workflow import WORKFLOW_STATUSES


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("orders", help="list imported orders")
    parser.add_argument("--search", default="", help="text in order id, buyer, SKU, title, tracking, phone, city")
    parser.add_argument("--status", choices=WORKFLOW_STATUSES, help="workflow status")
    parser.add_argument("--marketplace", help="marketplace key, e.g. shopee, ebay, mercadolibre")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened(args):
        flt = OrderFilter(search=args.search, workflow_status=args.status, marketplace=args.marketplace)
        orders = orders_json(flt)
    if args.json:
        print_json(orders)
        return 0
    for order in orders:
        total = f"{order['total'] or ''} {order['currency'] or ''}".strip()
        print(
            f"{order['marketplace']:<13} {order['order_id']:<22} {order['workflow_status']:<9} "
            f"{(order['buyer_name'] or '')[:28]:<28} {order['country'] or '--'}  {total}"
        )
    return 0
