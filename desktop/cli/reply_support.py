"""What the reply commands (reply, today, message, case) share: finding the order, reading
--at, and the seller's settings of the data folder."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from desktop.core.models import Order
from desktop.ui.settings_store import Settings


class CommandError(Exception):
    """Said to the user on stderr; the command exits with `code`."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def add_at(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        metavar="ISO_DATETIME",
        help="the moment taken as now, e.g. 2024-12-01T09:00+08:00 (default: now)",
    )


def add_marketplace(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--marketplace", help="marketplace key when the order number is not unique")


def moment(raw: str | None) -> datetime:
    """--at as an aware instant; a time without offset is on this computer's clock."""
    if not raw:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        raise CommandError(
            f"--at expects an ISO date and time such as 2024-12-01T09:00, got {raw!r}"
        ) from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value


def seller_zone(raw: str | None) -> tzinfo:
    """The seller's clock: the offset written in --at, else this computer's zone."""
    if raw:
        try:
            given = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except ValueError:
            given = None
        if given is not None and given.tzinfo is not None:
            return given.tzinfo
    return datetime.now().astimezone().tzinfo or UTC


def settings_of(data_dir: Path) -> Settings:
    return Settings(data_dir / "settings.ini")


def find_order(order_id: str, marketplace: str | None) -> Order:
    query = Order.select().where(Order.order_id == order_id.strip())
    if marketplace:
        query = query.where(Order.marketplace == marketplace)
    orders = list(query.limit(2))
    if not orders:
        raise CommandError(f"no order {order_id}", 1)
    if len(orders) > 1:
        raise CommandError(f"order {order_id} exists in several marketplaces; add --marketplace")
    return orders[0]


def fail(command: str, error: CommandError) -> int:
    print(f"{command}: {error}", file=sys.stderr)
    return error.code
