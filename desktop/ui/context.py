"""What the composition root hands to every feature: no globals, everything explicit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.core.orders.queries import OrderFilter
from desktop.ui.settings_store import Settings


def _nothing_selected() -> list[int]:
    return []


def _no_filter() -> OrderFilter:
    return OrderFilter()


def _no_refresh() -> None:
    return None


def _no_open(order_id: int, panel: QWidget | None = None) -> None:
    return None


@dataclass
class AppContext:
    data_dir: Path
    settings: Settings
    # Database ids (Order.id) of the orders selected in the table, in table order.
    selected_order_ids: Callable[[], list[int]] = _nothing_selected
    # The filter of the view the table shows now (for "print the whole view").
    current_filter: Callable[[], OrderFilter] = _no_filter
    # Call after changing orders so the table, sidebar counts and detail refresh.
    orders_changed: Callable[[], None] = _no_refresh
    # Select an order in the table and show it in the detail, optionally on a given tab widget.
    open_order: Callable[[int, QWidget | None], None] = _no_open
    window: QWidget | None = field(default=None)


class OrderPanel(Protocol):
    """A tab of the order detail. The main window calls set_order when the current order changes."""

    def set_order(self, order_id: int | None) -> None: ...


class Feature(Protocol):
    """A feature area plugged into the main window (see desktop.ui.features)."""

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        """(tab title, widget with set_order) pairs for the order detail."""
        ...

    # Optional: today_widgets(ctx) -> list[QWidget] with refresh(), shown above the table in
    # the Today view (the follow-up plan).

    def actions(self, ctx: AppContext) -> list[QAction]:
        """Toolbar / menu actions; give each an objectName, a shortcut where useful, and a menu
        hint via action.setProperty("menu", "File" | "Orders" | "Tools" | "Help")."""
        ...
