"""Translatable names for workflow statuses, views and marketplaces."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

WORKFLOW_LABELS = {
    "to_pack": QT_TRANSLATE_NOOP("Workflow", "To pack"),
    "packed": QT_TRANSLATE_NOOP("Workflow", "Packed"),
    "shipped": QT_TRANSLATE_NOOP("Workflow", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("Workflow", "Delivered"),
    "problem": QT_TRANSLATE_NOOP("Workflow", "Problem"),
    "closed": QT_TRANSLATE_NOOP("Workflow", "Closed"),
}
VIEW_LABELS = {
    "today": QT_TRANSLATE_NOOP("Views", "Today"),
    "to_pack": QT_TRANSLATE_NOOP("Views", "To pack"),
    "overdue": QT_TRANSLATE_NOOP("Views", "Overdue"),
    "packed": QT_TRANSLATE_NOOP("Views", "Packed"),
    "shipped": QT_TRANSLATE_NOOP("Views", "Shipped"),
    "no_news": QT_TRANSLATE_NOOP("Views", "Shipped, no news"),
    "problems": QT_TRANSLATE_NOOP("Views", "Problems"),
    "all": QT_TRANSLATE_NOOP("Views", "All orders"),
}
_STATUS_COLOURS = {
    "to_pack": "#d97706", "packed": "#2563eb", "shipped": "#7c3aed",
    "delivered": "#059669", "problem": "#dc2626", "closed": "#6b7280",
}  # fmt: skip


def workflow_label(status: str) -> str:
    return QCoreApplication.translate("Workflow", WORKFLOW_LABELS.get(status, status))


def view_label(key: str) -> str:
    return QCoreApplication.translate("Views", VIEW_LABELS.get(key, key))


def status_colour(status: str, palette: QPalette) -> QColor:
    colour = QColor(_STATUS_COLOURS.get(status, "#6b7280"))
    # Lighter on a dark palette so the text stays readable.
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        colour = colour.lighter(150)
    return colour
