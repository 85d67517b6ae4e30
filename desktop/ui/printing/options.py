"""Print options read from and written back to the settings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop.core.printing.checklist import (
    FragileRule,
    HighValueRule,
    parse_currency_thresholds,
    parse_words,
)
from desktop.ui.settings_store import Settings


def high_value_rule(settings: Settings) -> HighValueRule:
    try:
        default = Decimal(str(settings.get("packing/high_value")))
    except InvalidOperation:
        default = Decimal(100)
    return HighValueRule(
        default,
        parse_currency_thresholds(str(settings.get("packing/high_value_by_currency") or "")),
    )


def packer_name(settings: Settings) -> str:
    return str(settings.get("packing/packer") or settings.get("seller/name") or "")


def fragile_rule(settings: Settings) -> FragileRule:
    return FragileRule(parse_words(str(settings.get("packing/fragile_words") or "")))


def label_printer(settings: Settings, paper: str) -> str:
    """The printer for 4x6 labels, when she named one; sheets go to the system's default."""
    if paper != "4x6":
        return ""
    return str(settings.get("printing/label_printer") or "").strip()
