"""What the composition root hands to every feature: no globals, everything explicit.

The window shell exists before any feature is built, so the context is complete when a
feature receives it and is never rewritten afterwards (it is frozen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.core.day import SellerDay, seller_day
from desktop.core.orders.queries import OrderFilter
from desktop.ui.notices import ChangeNotices
from desktop.ui.settings_store import Settings


def _nothing_selected() -> list[int]:
    return []


def _no_filter() -> OrderFilter:
    return OrderFilter()


def _no_open(order_id: int, panel: QWidget | None = None) -> None:
    return None


@dataclass(frozen=True)
class AppContext:
    data_dir: Path
    settings: Settings
    # The parent of the features' dialogs and windows (the main window; None in headless tests).
    window: QWidget | None = None
    # Publish what an operation changed here (OrderChanges); connect to hear others' changes.
    notices: ChangeNotices = field(default_factory=ChangeNotices)
    # Database ids (Order.id) of the orders selected in the table, in table order.
    selected_order_ids: Callable[[], list[int]] = _nothing_selected
    # The filter of the view the table shows now (for "print the whole view").
    current_filter: Callable[[], OrderFilter] = _no_filter
    # Select an order in the table and show it in the detail, optionally on a given tab widget.
    open_order: Callable[[int, QWidget | None], None] = _no_open

    def seller_day(self) -> SellerDay:
        """Her zone, hours and transit days, read now (Settings may have changed them)."""
        return seller_day(self.settings.get)


class OrderPanel(Protocol):
    """A tab of the order detail. The detail calls set_order when the current order changes,
    and only while the tab is showing: a hidden tab is brought up to date when it is shown."""

    def set_order(self, order_id: int | None) -> None: ...


class Feature(Protocol):
    """A feature area plugged into the main window (see desktop.ui.features)."""

    def detail_tabs(self, ctx: AppContext) -> list[tuple[str, QWidget]]:
        """(tab title, widget with set_order) pairs for the order detail."""
        ...

    # Optional: today_widgets(ctx) -> list[QWidget] with refresh(), shown above the table in
    # the Today view (the follow-up plan).

    def actions(self, ctx: AppContext) -> list[QAction]:
        """Toolbar / menu actions; give each an objectName from desktop.ui.action_ids, a
        shortcut where useful, and a menu hint via action.setProperty("menu", "File" |
        "Orders" | "Tools" | "Help")."""
        ...
