"""What every command shares: the data folder and the open database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core.db import COMMAND_BUSY_TIMEOUT_MS, close_database, open_database
from desktop.core.paths import database_url, resolve_data_dir


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database and evidence (default: $SELLER_DESK_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="database URL, e.g. postgresql://user@host/db (default: SQLite in the data folder)",
    )


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Path]:
    data_dir = resolve_data_dir(args.data_dir)
    # Another Seller Desk writing (the window, or a second import) is waited for, not an error.
    open_database(database_url(data_dir, args.database_url), busy_timeout_ms=COMMAND_BUSY_TIMEOUT_MS)
    try:
        yield data_dir
    finally:
        close_database()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
