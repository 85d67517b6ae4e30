"""Every setting, declared once with its type and default. Persistence lives in the UI layer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("ui/language", str, "", "Interface language (empty: from the system)"),
    Setting("seller/name", str, "", "The seller's name, for signatures and the packer line"),
    Setting("seller/signature", str, "", "Signature under replies"),
    Setting("seller/language", str, "zh_CN", "The seller's own language, shown beside replies"),
    Setting("printing/paper", str, "a4", "Paper for checklists: a4, letter or 4x6"),
    Setting("printing/per_page", int, 1, "Checklists per A4/Letter page"),
    Setting("printing/label_printer", str, "", "Printer for 4x6 labels"),
    Setting("packing/high_value", float, 100.0, "Orders above this total get an evidence reminder"),
    Setting("packing/packer", str, "", "Packer name written when an order is packed"),
    Setting("capture/camera", str, "", "Camera id"),
    Setting("capture/idle_stop_seconds", int, 120, "Stop recording after this many idle seconds"),
    Setting("scanner/enter_suffix", bool, True, "The scanner ends each scan with Enter"),
    Setting("followup/no_news_days", int, 7, "Shipped orders with no news for this many days need a message"),
    Setting("backup/daily", bool, True, "Back up automatically every day"),
    Setting("backup/keep", int, 7, "How many automatic backups to keep"),
)

BY_KEY = {s.key: s for s in SETTINGS}
