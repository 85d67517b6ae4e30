"""What one packing checklist says about one order, loaded in chunks so a thousand stay cheap."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.models import Order, OrderLine, Shop
from desktop.core.orders.address import town_lines
from desktop.core.orders.countries import country_name
from desktop.core.orders.profiles import MARKETPLACES
from desktop.core.printing.rows import ORDER_PK, dict_rows, pk_column

CHUNK = 400


@dataclass(frozen=True)
class ChecklistLine:
    sku: str
    title: str
    variant: str
    quantity: int


@dataclass(frozen=True)
class HighValueRule:
    """Orders above this total get the evidence reminder. One number cannot fit VND and USD
    alike, so a currency may carry its own threshold."""

    default: Decimal = Decimal(100)
    by_currency: dict[str, Decimal] = field(default_factory=dict)

    def threshold(self, currency: str | None) -> Decimal:
        return self.by_currency.get((currency or "").upper(), self.default)

    def is_high(self, total: Decimal | None, currency: str | None) -> bool:
        return total is not None and total > self.threshold(currency)


def _fragile_default() -> tuple[str, ...]:
    from desktop.core.settings import BY_KEY

    return parse_words(str(BY_KEY["packing/fragile_words"].default))


def parse_words(text: str) -> tuple[str, ...]:
    """'glass, mug；陶瓷' -> ('glass', 'mug', '陶瓷'): commas of any script separate the words."""
    for comma in ("，", "、", "；", ";", "\n"):
        text = text.replace(comma, ",")
    return tuple(dict.fromkeys(w.strip().casefold() for w in text.split(",") if w.strip()))


@dataclass(frozen=True)
class FragileRule:
    """An order is fragile when the seller said so, or when an item's title, variant or SKU
    holds one of her words ("glass" also finds "Glasses" and "wine glass")."""

    words: tuple[str, ...] = field(default_factory=_fragile_default)

    def matches(self, *texts: str) -> bool:
        folded = " ".join(texts).casefold()
        return any(word in folded for word in self.words)


def parse_currency_thresholds(text: str) -> dict[str, Decimal]:
    """'VND=2500000, THB=3500' -> {'VND': 2500000, 'THB': 3500}; unreadable parts are ignored
    so one typo in a setting does not stop the printing."""
    result: dict[str, Decimal] = {}
    for part in text.replace(";", ",").split(","):
        code, _, amount = part.partition("=")
        code = code.strip().upper()
        if len(code) != 3 or not code.isalpha():
            continue
        try:
            result[code] = Decimal(amount.strip())
        except InvalidOperation:
            continue
    return result


@dataclass(frozen=True)
class Checklist:
    order_pk: int
    order_id: str
    marketplace: str  # display name
    shop: str
    ship_by: datetime | None
    carrier: str
    tracking: str
    buyer_name: str
    country: str  # ISO code, "" when unknown
    country_name: str
    lines: tuple[ChecklistLine, ...]
    buyer_note: str
    seller_note: str
    total: Decimal | None
    currency: str
    fragile: bool
    high_value: bool
    packed_by: str
    packed_at: datetime | None
    # The address as the label will show it, one line each: the packer checks it against the label.
    ship_to: tuple[str, ...] = ()
    workflow_status: str = "to_pack"
    marketplace_status: str = ""
    # Where in the country: the language of a Flemish or a Quebec buyer depends on it.
    region: str = ""
    postcode: str = ""

    @property
    def evidence_reminder(self) -> bool:
        return self.fragile or self.high_value

    @property
    def total_quantity(self) -> int:
        return sum(line.quantity for line in self.lines)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _checklist(
    order: dict[str, Any],
    lines: list[ChecklistLine],
    shops: dict[int, str],
    rule: HighValueRule,
    fragile: FragileRule,
) -> Checklist:
    marketplace = MARKETPLACES.get(order["marketplace"], order["marketplace"])
    carrier = " · ".join(
        # dict.fromkeys: AliExpress names the service as the carrier; say it once.
        p for p in dict.fromkeys((_text(order["carrier"]), _text(order["shipping_service"]))) if p
    )
    return Checklist(
        order_pk=order["id"],
        order_id=order["order_id"],
        marketplace=marketplace,
        shop=shops.get(order["shop"] or 0, ""),
        ship_by=order["ship_by"],
        carrier=carrier,
        tracking=_text(order["tracking_number"]),
        buyer_name=_text(order["buyer_name"]) or _text(order["buyer_username"]),
        country=_text(order["country"]),
        country_name=country_name(order["country"]),
        lines=tuple(lines),
        buyer_note=_text(order["buyer_note"]),
        seller_note=_text(order["seller_note"]),
        total=order["total"],
        currency=_text(order["currency"]),
        fragile=bool(order["fragile"])
        or any(fragile.matches(line.title, line.variant, line.sku) for line in lines),
        high_value=rule.is_high(order["total"], order["currency"]),
        packed_by=_text(order["packed_by"]),
        packed_at=order["packed_at"],
        ship_to=ship_to_lines(order),
        workflow_status=_text(order["workflow_status"]) or "to_pack",
        marketplace_status=_text(order["marketplace_status"]),
        region=_text(order["region"]),
        postcode=_text(order["postcode"]),
    )


def ship_to_lines(order: dict[str, Any]) -> tuple[str, ...]:
    """Name, street lines, town line and country. The export's one-piece address stands in
    when the parts are missing (several marketplaces give only that)."""
    name = _text(order.get("buyer_name")) or _text(order.get("buyer_username"))
    streets = [_text(order.get("address1")), _text(order.get("address2"))]
    town = town_lines(order.get("city"), order.get("region"), order.get("postcode"), order.get("country"))
    lines = [name, *streets, *town]
    if not any(streets) and _text(order.get("full_address")):
        lines = [name, _text(order.get("full_address"))]
    country = country_name(order.get("country")) if order.get("country") else ""
    if country and country not in lines:
        lines.append(country)
    return tuple(line for line in lines if line)


_ORDER_FIELDS = (
    ORDER_PK, Order.order_id, Order.marketplace, Order.shop, Order.ship_by, Order.carrier,
    Order.shipping_service, Order.tracking_number, Order.buyer_name, Order.buyer_username,
    Order.country, Order.buyer_note, Order.seller_note, Order.total, Order.currency,
    Order.fragile, Order.packed_by, Order.packed_at, Order.address1, Order.address2, Order.city,
    Order.region, Order.postcode, Order.full_address, Order.workflow_status,
    Order.marketplace_status,
)  # fmt: skip


def iter_checklists(
    order_pks: Sequence[int],
    rule: HighValueRule | None = None,
    chunk: int = CHUNK,
    fragile: FragileRule | None = None,
) -> Iterator[Checklist]:
    """Checklists in the order of `order_pks`; unknown ids are skipped (deleted meanwhile)."""
    rule = rule or HighValueRule()
    fragile = fragile or FragileRule()
    shops = {row["id"]: row["name"] for row in dict_rows(Shop.select(pk_column(Shop), Shop.name))}
    for start in range(0, len(order_pks), chunk):
        ids = list(order_pks[start : start + chunk])
        # Plain rows rather than model instances: a thousand checklists load in a blink.
        orders = {
            o["id"]: o for o in dict_rows(Order.select(*_ORDER_FIELDS).where(ORDER_PK.in_(ids)))
        }
        lines: dict[int, list[ChecklistLine]] = {pk: [] for pk in orders}
        query = (
            OrderLine.select(
                OrderLine.order,
                OrderLine.sku,
                OrderLine.title,
                OrderLine.variant,
                OrderLine.quantity,
            )
            .where(OrderLine.order.in_(ids))
            .order_by(OrderLine.order, OrderLine.position)
        )
        for row in dict_rows(query):
            lines[row["order"]].append(
                ChecklistLine(
                    sku=_text(row["sku"]),
                    title=_text(row["title"]),
                    variant=_text(row["variant"]),
                    quantity=int(row["quantity"] or 0),
                )
            )
        for pk in ids:
            order = orders.get(pk)
            if order is not None:
                yield _checklist(order, lines[pk], shops, rule, fragile)


def load_checklists(
    order_pks: Sequence[int],
    rule: HighValueRule | None = None,
    fragile: FragileRule | None = None,
) -> list[Checklist]:
    return list(iter_checklists(order_pks, rule, fragile=fragile))
