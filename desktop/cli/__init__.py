"""The `seller-desk` command: with no command it starts the app; commands work headless."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import peewee

from desktop import __version__
from desktop.cli import (
    backup_cmd,
    checklist_cmd,
    evidence_cmd,
    import_cmd,
    orders_cmd,
    picklist_cmd,
    reply_cmd,
)
from desktop.cli.context import add_global_options

EXIT_BUSY = 75  # EX_TEMPFAIL: try again later
EXIT_BROKEN_PIPE = 141  # what a shell reports for a program ended by SIGPIPE

# Each command module offers register(subparsers); a new command is one more entry here.
COMMANDS = (import_cmd, orders_cmd, backup_cmd, evidence_cmd, reply_cmd, checklist_cmd, picklist_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seller-desk",
        description="Seller Desk: orders, packing evidence and replies for marketplace sellers. "
        "Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"seller-desk {__version__}")
    add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # `seller-desk orders | head`: the reader has gone; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except peewee.OperationalError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        print(
            "The database stayed busy with another Seller Desk (the window or another command) "
            "for too long. Nothing was changed by this command; try again when that work has finished.",
            file=sys.stderr,
        )
        return EXIT_BUSY
