"""The pick list: every SKU (and variant) to take off the shelf for a set of orders, with totals."""

from __future__ import annotations

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


def _variant_key(variant: str) -> str:
    # Marketplaces write "Color: Lilac" or "Color:Lilac"; it is one shelf bin either way.
    return " ".join(variant.replace(":", ": ").split()).casefold()


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
    for checklist in checklists:
        for line in checklist.lines:
            # A line without SKU is still something to pick; its title stands in for the SKU.
            key = (line.sku or f"\0{line.title}", _variant_key(line.variant))
            totals[key] = totals.get(key, 0) + line.quantity
            titles.setdefault(key, line.title)
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
