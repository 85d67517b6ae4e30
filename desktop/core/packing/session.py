"""One order on the packing table: which items went into the box, and whether it is complete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from desktop.core.packing.lookup import normalize
from desktop.core.printing.checklist import Checklist, ChecklistLine


class ScanOutcome(Enum):
    ACCEPTED = "accepted"  # one more unit of a line that still needed it
    EXTRA = "extra"  # the order has this item, but every unit is already in the box
    WRONG = "wrong"  # the order does not have this item at all


@dataclass
class PackLine:
    line: ChecklistLine
    packed: int = 0
    ticked_by_hand: bool = False

    @property
    def done(self) -> bool:
        return self.packed >= self.line.quantity

    @property
    def remaining(self) -> int:
        return max(0, self.line.quantity - self.packed)


@dataclass(frozen=True)
class ScanResult:
    outcome: ScanOutcome
    line_index: int | None  # the line the scan counted towards (or would have)


def _key(text: str) -> str:
    return normalize(text).casefold()


class PackSession:
    """Counts scans against the order's lines. `alias` maps a scanned barcode to a SKU (the
    seller's SKU barcodes); it is a callable so the session needs no database of its own."""

    def __init__(
        self, checklist: Checklist, alias: Callable[[str], str | None] | None = None
    ) -> None:
        self.checklist = checklist
        self.lines = [PackLine(line) for line in checklist.lines]
        self._alias = alias or (lambda _code: None)

    @property
    def order_pk(self) -> int:
        return self.checklist.order_pk

    def _matching_lines(self, code: str) -> list[int]:
        keys = {_key(code)}
        sku = self._alias(code)
        if sku:
            keys.add(_key(sku))
        return [i for i, p in enumerate(self.lines) if p.line.sku and _key(p.line.sku) in keys]

    def scan(self, code: str) -> ScanResult:
        matches = self._matching_lines(code)
        if not matches:
            return ScanResult(ScanOutcome.WRONG, None)
        # The same SKU may sit on two lines (two variants share it): fill them in order.
        for index in matches:
            if not self.lines[index].done:
                self.lines[index].packed += 1
                return ScanResult(ScanOutcome.ACCEPTED, index)
        return ScanResult(ScanOutcome.EXTRA, matches[0])

    def set_ticked(self, index: int, ticked: bool) -> None:
        """The manual fallback (an item without barcode): the packer vouches for the whole line."""
        pack = self.lines[index]
        pack.packed = pack.line.quantity if ticked else 0
        pack.ticked_by_hand = ticked

    def toggle(self, index: int) -> None:
        self.set_ticked(index, not self.lines[index].done)

    @property
    def complete(self) -> bool:
        return all(p.done for p in self.lines)

    @property
    def packed_units(self) -> int:
        return sum(min(p.packed, p.line.quantity) for p in self.lines)

    @property
    def total_units(self) -> int:
        return sum(p.line.quantity for p in self.lines)
