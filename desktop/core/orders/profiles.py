"""What each marketplace's export looks like, read from one declarative file per layout.

The files live in resources/layouts/*.json. Each names the columns that recognise the layout
(`signature`), the header synonyms per canonical field (`fields`), how rows make orders
(`grouping`), whether a price is per unit or per line (`price`), how the order total is found
(`total`), the defaults for currency, country, time zone and number/month language, and the
status words that mean cancelled. A seller's saved mapping is the same shape (see
saved_mappings.py).

Synonym syntax: 'Name*' matches any header starting with Name; 'Name#2' is the second column
whose header folds to Name; '=Name' must match the header's exact letters (case included), for
exports whose columns differ only in case.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop.core.paths import shipped_folder

GROUPINGS = ("per_line", "per_unit", "ebay_cart", "ml_pack", "packed_cell", "order_only")
TOTAL_RULES = ("column", "sum_lines_plus_shipping", "sum_paid_plus_shipping", "etsy_items", "ml_income")
# Words in a status, sub-status, cancellation type or payment status that mean the order will
# not ship. Every layout gets these; a layout file adds its own language's words.
CANCEL_WORDS = ("cancel", "refunded", "voided", "void", "returned", "return/refund")


@dataclass(frozen=True)
class Profile:
    key: str
    name: str
    fields: dict[str, tuple[str, ...]]
    # Headers only this marketplace writes: they decide between layouts that share generic names.
    signature: tuple[str, ...]
    marketplace: str = ""
    grouping: str = "per_line"  # one of GROUPINGS
    timezone: str | None = None  # None: the zone of the ship-to country
    date_formats: tuple[str, ...] = ()
    currency: str | None = None
    country: str | None = None  # the ship-to country when the file has no country column
    locale: str | None = None  # language of numbers and month names ("de_DE"); None: guessed
    price: str = "unit"  # "unit": unit_price is per unit; "line": the price column is the line total
    total_rule: str = "column"
    cancel_words: tuple[str, ...] = ()
    min_signature: int = 2
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def price_is_line_total(self) -> bool:
        return self.price == "line"

    @property
    def status_words(self) -> tuple[str, ...]:
        return CANCEL_WORDS + self.cancel_words


def profile_from_spec(spec: Mapping[str, Any]) -> Profile:
    """A layout file's (or saved mapping's) dict as a Profile; raises ValueError when malformed."""
    try:
        key = str(spec["key"])
        fields = {str(k): tuple(str(s) for s in v) for k, v in dict(spec.get("fields", {})).items()}
    except (KeyError, TypeError) as exc:
        raise ValueError(f"layout without key or fields: {exc}") from exc
    grouping = str(spec.get("grouping", "per_line"))
    if grouping not in GROUPINGS:
        raise ValueError(f"layout {key}: unknown grouping {grouping!r}")
    total_rule = str(spec.get("total", "column"))
    if total_rule not in TOTAL_RULES:
        raise ValueError(f"layout {key}: unknown total rule {total_rule!r}")
    price = str(spec.get("price", "unit"))
    if price not in ("unit", "line"):
        raise ValueError(f"layout {key}: price must be 'unit' or 'line'")
    return Profile(
        key=key,
        name=str(spec.get("name", key)),
        marketplace=str(spec.get("marketplace", key)),
        fields=fields,
        signature=tuple(str(s) for s in spec.get("signature", ())),
        grouping=grouping,
        timezone=spec.get("timezone"),
        date_formats=tuple(str(f) for f in spec.get("date_formats", ())),
        currency=spec.get("currency"),
        country=spec.get("country"),
        locale=spec.get("locale"),
        price=price,
        total_rule=total_rule,
        cancel_words=tuple(str(w).casefold() for w in spec.get("cancel_words", ())),
        min_signature=int(spec.get("min_signature", 2)),
        notes=str(spec.get("notes", "")),
    )


def profile_spec(profile: Profile) -> dict[str, Any]:
    """The inverse of profile_from_spec: what a saved mapping stores."""
    spec: dict[str, Any] = {
        "key": profile.key, "name": profile.name, "marketplace": profile.marketplace,
        "grouping": profile.grouping, "price": profile.price, "total": profile.total_rule,
        "fields": {k: list(v) for k, v in profile.fields.items()},
    }  # fmt: skip
    for name in ("currency", "country", "timezone", "locale"):
        value = getattr(profile, name)
        if value:
            spec[name] = value
    return spec


@cache
def load_profiles() -> tuple[Profile, ...]:
    folder = shipped_folder("resources") / "layouts"
    profiles = []
    for path in sorted(folder.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        spec.setdefault("key", path.stem)
        profiles.append(profile_from_spec(spec))
    return tuple(profiles)


PROFILES: tuple[Profile, ...] = load_profiles()

MARKETPLACES: dict[str, str] = {
    "shopee": "Shopee", "lazada": "Lazada", "aliexpress": "AliExpress", "amazon": "Amazon",
    "ebay": "eBay", "etsy": "Etsy", "tiktok": "TikTok Shop", "shopify": "Shopify",
    "mercadolibre": "Mercado Libre", "temu": "Temu", "walmart": "Walmart", "coupang": "Coupang",
    "other": "Other",
}  # fmt: skip


def marketplace_of(profile_key: str) -> str:
    """The marketplace a layout belongs to (several layouts can share one)."""
    for profile in PROFILES:
        if profile.key == profile_key:
            return profile.marketplace
    return "etsy" if profile_key.startswith("etsy") else profile_key
