"""The `seller-desk` command: with no command it starts the app; commands work headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop.cli import (
    backup_cmd,
    case_cmd,
    checklist_cmd,
    evidence_cmd,
    followup_cmd,
    import_cmd,
    message_cmd,
    orders_cmd,
    picklist_cmd,
    reply_cmd,
)
from desktop.cli.context import add_global_options
from desktop.ui.pyside_workarounds import keep_none_alive

# Each command module offers register(subparsers); a new command is one more entry here.
COMMANDS = (import_cmd, orders_cmd, backup_cmd, evidence_cmd, reply_cmd, followup_cmd, message_cmd,
            case_cmd, checklist_cmd, picklist_cmd)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seller-desk",
        description="Seller Desk: orders, packing evidence and replies for marketplace sellers. "
        "Without a command, the app window opens.",
    )
    add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    keep_none_alive()
    # Windows consoles default to a legacy code page; buyers' names are not ASCII.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from desktop.app import main as start_app

        return start_app(data_dir=args.data_dir, database_url=args.database_url)
    return int(args.func(args))
