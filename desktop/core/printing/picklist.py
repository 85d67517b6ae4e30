"""The pick list: every SKU (and variant) to take off the shelf for a set of orders, with totals."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.models import SkuLocation
from desktop.core.printing.checklist import Checklist

SORT_KEYS = ("sku", "title", "location")


class UnknownSortError(ValueError):
    pass


@dataclass(frozen=True)
class PickLine:
    sku: str
    variant: str
    title: str
    location: str
    quantity: int
    # (marketplace order id, quantity in that order), in the order the orders were given.
    orders: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class PickList:
    lines: tuple[PickLine, ...]
    order_count: int

    @property
    def total_quantity(self) -> int:
        return sum(line.quantity for line in self.lines)


def locations_for(skus: Iterable[str]) -> dict[str, str]:
    # Lines without a SKU are keyed by "\0title": no shelf, and no NUL may reach a server database.
    wanted = sorted({s for s in skus if s and not s.startswith("\0")})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        for row in SkuLocation.select().where(SkuLocation.sku.in_(wanted[start : start + 500])):
            found[row.sku] = row.location
    return found


_PARTS = re.compile(r"[,;/|，；]")


def _variant_key(variant: str) -> str:
    """What a variant names, without how the marketplace wrote it: "Color: Black",
    "Colour:Black" and "black" are one shelf bin; "Color: Black, Size: M" is "black, m"."""
    values = []
    for part in _PARTS.split(variant):
        name, sep, value = part.partition(":")
        if not sep:
            name, sep, value = part.partition("：")
        text = value if sep else name
        folded = " ".join(text.split()).casefold()
        if folded:
            values.append(folded)
    return ", ".join(values)


def _fold_unnamed(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """A SKU stands for one variant unless several are seen with it: a line that names no
    variant then goes with the one named variant of the same SKU."""
    named: dict[str, set[str]] = {}
    for sku, variant in keys:
        if variant and not sku.startswith("\0"):
            named.setdefault(sku, set()).add(variant)
    moved = {}
    for sku, variants in named.items():
        if len(variants) == 1:
            moved[(sku, "")] = (sku, next(iter(variants)))
    return moved


def _sort_key(sort: str, line: PickLine) -> tuple[object, ...]:
    # Lines without a location go last: those are the ones she must look for.
    if sort == "location":
        return (line.location == "", line.location.casefold(), line.sku.casefold(), line.variant)
    if sort == "title":
        return (line.title.casefold(), line.variant.casefold(), line.sku.casefold())
    return (line.sku == "", line.sku.casefold(), line.variant.casefold(), line.title.casefold())


def build_pick_list(checklists: Sequence[Checklist], sort: str = "sku") -> PickList:
    if sort not in SORT_KEYS:
        raise UnknownSortError(sort)
    totals: dict[tuple[str, str], int] = {}
    titles: dict[tuple[str, str], str] = {}
    variants: dict[tuple[str, str], str] = {}
    orders: dict[tuple[str, str], dict[str, int]] = {}

    def key_of(sku: str, title: str, variant: str) -> tuple[str, str]:
        # A line without SKU is still something to pick; its title stands in for the SKU.
        return (sku or f"\0{title}", _variant_key(variant))

    moved = _fold_unnamed(
        key_of(line.sku, line.title, line.variant) for c in checklists for line in c.lines
    )
    for checklist in checklists:
        for line in checklist.lines:
            key = key_of(line.sku, line.title, line.variant)
            key = moved.get(key, key)
            totals[key] = totals.get(key, 0) + line.quantity
            titles.setdefault(key, line.title)
            # The fullest way it was written ("Color: Black" over "Black") is printed.
            if len(line.variant) > len(variants.get(key, "")):
                variants[key] = line.variant
            variants.setdefault(key, line.variant)
            per_order = orders.setdefault(key, {})
            per_order[checklist.order_id] = per_order.get(checklist.order_id, 0) + line.quantity
    locations = locations_for(sku for sku, _ in totals)
    lines = [
        PickLine(
            sku="" if sku.startswith("\0") else sku,
            variant=variants[(sku, variant)],
            title=titles[(sku, variant)],
            location=locations.get(sku, ""),
            quantity=quantity,
            orders=tuple(orders[(sku, variant)].items()),
        )
        for (sku, variant), quantity in totals.items()
    ]
    lines.sort(key=lambda line: _sort_key(sort, line))
    return PickList(lines=tuple(lines), order_count=len(checklists))
