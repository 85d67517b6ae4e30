"""What the checklist and picklist commands share: choosing orders and painting headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop.core.orders.workflow import WORKFLOW_STATUSES
from desktop.core.printing.selection import UnknownOrdersError, resolve_orders


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "order_ids",
        nargs="*",
        metavar="ORDER_ID",
        help="marketplace order ids (default: all orders to pack)",
    )
    parser.add_argument(
        "--status", choices=WORKFLOW_STATUSES, help="only orders with this workflow status"
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")


def selected_orders(args: argparse.Namespace) -> list[int] | None:
    """Database ids of the chosen orders, or None after telling the user what was wrong."""
    status = args.status
    if not args.order_ids and not status:
        status = "to_pack"
    try:
        pks = resolve_orders(args.order_ids, status)
    except UnknownOrdersError as error:
        print(f"no such order: {', '.join(error.order_ids)}", file=sys.stderr)
        return None
    if not pks:
        print("no orders match: nothing to print", file=sys.stderr)
        return None
    return pks


def output_path(args: argparse.Namespace) -> Path | None:
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        print(f"--out must name a .pdf file: {out}", file=sys.stderr)
        return None
    if not out.parent.is_dir():
        print(f"folder does not exist: {out.parent}", file=sys.stderr)
        return None
    return out.resolve()


def gui_application() -> Any:
    """Painting text needs a QGuiApplication; without a display, use the offscreen platform."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["seller-desk"])
