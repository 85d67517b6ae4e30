"""The feature areas the main window composes. A new area adds one factory here."""

from __future__ import annotations

from collections.abc import Callable

from desktop.ui.context import AppContext, Feature

# Each entry builds a Feature for the running app; app.py calls them in order.
FEATURE_FACTORIES: list[Callable[[AppContext], Feature]] = []
