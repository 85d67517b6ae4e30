"""seller-desk message ORDER_ID --from buyer|seller --text TEXT [--at ISO_DATETIME]"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import opened
from desktop.cli.reply_support import (
    CommandError,
    add_at,
    add_marketplace,
    fail,
    find_order,
    moment,
)
from desktop.core.replies import log
from desktop.core.replies.errors import RepliesError
from desktop.core.replies.keys import pk_of


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "message",
        help="log a message of the conversation with a buyer",
        description="Log what the buyer wrote (--from buyer) or what you sent (--from seller).",
    )
    parser.add_argument("order_id", metavar="ORDER_ID", help="the marketplace's order number")
    parser.add_argument("--from", dest="sender", choices=("buyer", "seller"), required=True)
    parser.add_argument("--text", required=True, help="the message as written")
    add_at(parser)
    add_marketplace(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        at = moment(args.at)
        with opened(args):
            order = find_order(args.order_id, args.marketplace)
            direction = log.IN if args.sender == "buyer" else log.OUT
            try:
                log.record(pk_of(order), direction, args.text, at=at)
            except RepliesError as error:
                raise CommandError(str(error)) from error
    except CommandError as error:
        return fail("message", error)
    return 0
