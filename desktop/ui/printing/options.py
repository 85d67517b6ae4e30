"""Print options read from and written back to the settings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop.core.printing.checklist import HighValueRule, parse_currency_thresholds
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
