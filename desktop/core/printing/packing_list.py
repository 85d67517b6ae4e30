"""The in-box packing list: what the buyer should find in the parcel, and a thank-you."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.printing.checklist import Checklist, ChecklistLine
from desktop.core.printing.thanks import BuyerWords, buyer_language, words_for


@dataclass(frozen=True)
class PackingList:
    order_id: str
    shop: str
    buyer_name: str
    words: BuyerWords
    lines: tuple[ChecklistLine, ...]
    ship_to: tuple[str, ...] = ()

    @property
    def language(self) -> str:
        return self.words.language


def packing_list(checklist: Checklist, language: str | None = None) -> PackingList:
    return PackingList(
        order_id=checklist.order_id,
        shop=checklist.shop or checklist.marketplace,
        buyer_name=checklist.buyer_name,
        words=words_for(
            language
            or buyer_language(
                checklist.country, checklist.region, checklist.postcode, checklist.buyer_name
            )
        ),
        lines=checklist.lines,
        ship_to=checklist.ship_to,
    )
