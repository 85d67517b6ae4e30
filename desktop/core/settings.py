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
    Setting("seller/language", str, "", "The seller's own language, shown beside replies (empty: the interface language)"),
    Setting("seller/country", str, "", "The country the seller ships from (ISO code); parcels to it are domestic"),
    Setting("printing/paper", str, "a4", "Paper for checklists: a4, letter or 4x6"),
    Setting("printing/per_page", int, 1, "Checklists per A4/Letter page"),
    Setting("printing/label_printer", str, "", "Printer for 4x6 labels"),
    Setting("packing/high_value", float, 100.0, "Orders above this total get an evidence reminder"),
    Setting("packing/packer", str, "", "Packer name written when an order is packed"),
    Setting("capture/camera", str, "", "Camera id"),
    Setting("capture/idle_stop_seconds", int, 120, "Stop recording after this many idle seconds"),
    Setting("capture/record_at_pack_station", bool, True, "Scanning an order at the pack station records its packing"),
    Setting("scanner/suffix", str, "auto", "What the scanner sends after each scan: auto (Enter or Tab), enter, tab or enter_tab"),
    Setting("packing/station", str, "", "This bench's name in the scan log (empty: the computer's name)"),
    Setting("followup/no_news_days", int, 7, "Shipped orders with no news for this many days need a message"),
    Setting("backup/daily", bool, True, "Back up automatically every day"),
    Setting("backup/keep", int, 7, "How many automatic backups to keep"),
    Setting("backup/folder", str, "", "Folder for automatic backups (empty: backups in the data folder); a synced or external folder survives a dead laptop"),
    Setting("app/data_dir", str, "", "Data folder chosen in settings (empty: the default user-data folder); used from the next start"),
    Setting("packing/fragile_words", str, "glass, ceramic, porcelain, mug, vase, 玻璃, 陶瓷, 瓷", "Items whose title or SKU holds one of these words (comma separated) are packed as fragile"),
    Setting("packing/high_value_video", bool, True, "High-value orders ask for a packing video, not only photos"),
    Setting("scanner/beep", bool, True, "Sounds at the pack station: one for a good scan, others for a mistake and for an order that must not be packed"),
    Setting("followup/after_delivery_days", int, 3, "Delivered orders get a review request after this many days"),
    Setting("followup/open_case_days", int, 2, "An open case needs an answer within this many days"),
    Setting("replies/transit_days", int, 14, "Typical days from shipping to delivery abroad, for the expected delivery date"),
    Setting("replies/domestic_days", int, 4, "Typical days from shipping to delivery within the seller's country"),
    Setting("followup/not_received_days", int, 7, "A parcel this many days past its expected delivery counts as not received"),
    Setting("replies/shop_name", str, "", "Shop name in replies (empty: the shop's own name, else asked)"),
    Setting("replies/variant", str, "warm", "Default reply variant: short or warm"),
    Setting("packing/high_value_by_currency", str, "JPY=15000, KRW=140000, VND=2500000, IDR=1600000, THB=3500, PHP=5800, MYR=450, MXN=2000, BRL=550, INR=8500, CNY=700, TWD=3200, RUB=9000, CLP=95000, COP=400000, HUF=37000", "Evidence-reminder thresholds for currencies where 'packing/high_value' makes no sense"),
    Setting("packing/auto_complete", bool, True, "Pack station: mark the order Packed as soon as every item is scanned"),
    Setting("day/zone", str, "", "The seller's time zone, e.g. Asia/Shanghai (empty: the computer's zone); Today ends at her midnight"),
    Setting("day/opens", str, "09:00", "When the seller's working day starts"),
    Setting("day/closes", str, "18:00", "When the seller's working day ends"),
    Setting("day/transit_by_country", str, "", "Transit days per destination where they differ from replies/transit_days, e.g. US=10, DE=7"),
    Setting("printing/pick_sort", str, "sku", "Pick list order: sku, title or location"),
)

BY_KEY = {s.key: s for s in SETTINGS}
