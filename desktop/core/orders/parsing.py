"""A raw order's text values to typed ones: Decimal money, aware datetimes, ISO countries."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import get_territory_currencies

from desktop.core.orders.countries import country_code
from desktop.core.orders.fields import DATE_FIELDS, MONEY_FIELDS, SIGNAL_FIELDS
from desktop.core.orders.grouping import RawLine, RawOrder
from desktop.core.orders.layout import Layout
from desktop.core.orders.regions import COUNTRY_CURRENCY, COUNTRY_ZONE
from desktop.core.orders.values import (
    currency_from_header,
    fix_phone,
    fix_postcode,
    id_text,
    parse_bool,
    parse_datetime,
    parse_int,
    parse_money,
    plain_text,
)

_PLAIN_AMOUNT = re.compile(r"^-?[\d.,]+$")
# Read for what they say, not stored as they are.
_NOT_STORED = frozenset({"order_id", "country", "currency", *SIGNAL_FIELDS})
# Cells that stand for "nothing here" (Shopify writes "-" for a missing postcode).
_PLACEHOLDERS = frozenset({"-", "--", "—", "n/a", "N/A", "null", "NULL", "None"})


@dataclass
class ParsedLine:
    sku: str | None
    title: str | None
    variant: str | None
    quantity: int
    unit_price: Decimal | None
    line_total: Decimal | None
    item_id: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "sku": self.sku, "title": self.title, "variant": self.variant, "quantity": self.quantity,
            "unit_price": self.unit_price, "line_total": self.line_total, "item_id": self.item_id,
        }  # fmt: skip


@dataclass
class ParsedOrder:
    order_id: str
    values: dict[str, Any]
    lines: list[ParsedLine]
    has_lines: bool  # False for a layout without items (Etsy's orders file): lines stay as they are
    source_rows: list[tuple[int, bytes]]  # row number, cells as a JSON array in UTF-8
    warnings: list[str] = field(default_factory=list)

    def digest(self) -> str:
        payload = {
            "v": {k: _plain(v) for k, v in sorted(self.values.items())},
            "l": [{k: _plain(v) for k, v in line.as_dict().items()} for line in self.lines],
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal | datetime):
        return str(value)
    return value


@cache
def _territory_currency(country: str | None) -> str | None:
    """The currency in use in a country (CLDR), for exports that write amounts without one."""
    if not country:
        return None
    return COUNTRY_CURRENCY.get(country) or next(iter(get_territory_currencies(country)), None)


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


class OrderParser:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.profile = layout.profile
        self.header_currency = self._currency_in_headers()
        self._signals = any(
            n in layout.columns for n in ("sub_status", "cancel_type", "payment_status", "cancelled_at", "cancel_reason")
        )

    def _currency_in_headers(self) -> str | None:
        for name in ("total", "items_total", "unit_price", "discount"):
            index = self.layout.columns.get(name)
            if index is not None:
                found = currency_from_header(self.layout.headers[index])
                if found:
                    return found
        for header in self.layout.headers:
            found = currency_from_header(header)
            if found:
                return found
        return None

    def parse(self, raw: RawOrder) -> ParsedOrder:
        text = raw.order_values
        warnings: list[str] = []
        order_id, damaged = id_text(raw.order_id)
        if damaged:
            warnings.append(
                f"order {order_id}: the id was stored as a number by a spreadsheet and may have lost digits"
            )
        values: dict[str, Any] = {}
        country_text = text.get("country", "")
        country = country_code(country_text)
        if country_text and not country and country_text not in _PLACEHOLDERS:
            warnings.append(f"order {order_id}: unknown country '{country_text}'")
        country = country or self.profile.country
        values["country"] = country
        zone = self._zone_for(country)
        currency = self._currency(text, country)
        values["currency"] = currency
        locale = self.profile.locale
        for name, value in text.items():
            if name in _NOT_STORED:
                continue
            if value in _PLACEHOLDERS:
                values[name] = None
                continue
            if name in MONEY_FIELDS:
                money = parse_money(value, currency, locale)
                values[name] = money.amount if money else None
                if money and money.currency and not values["currency"]:
                    values["currency"] = currency = money.currency
            elif name in DATE_FIELDS:
                values[name] = parse_datetime(value, zone, self.profile.date_formats)
                if values[name] is None and value.strip() not in ("", "-", "--"):
                    warnings.append(f"order {order_id}: could not read {name} '{value}'")
            elif name == "postcode":
                values[name] = fix_postcode(value, country)
            elif name == "phone":
                values[name] = fix_phone(value)
            else:
                values[name] = plain_text(value)
        self._split_tracking(values)
        self._mark_cancelled(text, values)
        lines = [self._line(line, currency) for line in raw.lines]
        self._apply_total_rule(raw, values, lines, currency)
        return ParsedOrder(
            order_id=order_id,
            values=values,
            lines=lines,
            has_lines=self.profile.grouping != "order_only",
            source_rows=[(row.number, row.source) for row in raw.rows],
            warnings=warnings,
        )

    def _mark_cancelled(self, text: dict[str, str], values: dict[str, Any]) -> None:
        """Every layout's cancel and refund signals end in the status, which decides the workflow.

        A status word ("Cancelled", "Đã hủy"), a sub-status or cancellation type, a refunded or
        voided payment, a cancellation reason or time (Shopify's "Cancelled at") all count.
        """
        if not self._signals:
            return
        words = self.profile.status_words
        cancelled_at = text.get("cancelled_at", "")
        cancelled = bool(cancelled_at) and cancelled_at not in _PLACEHOLDERS and parse_bool(cancelled_at) is not False
        reason = text.get("cancel_reason", "")
        cancelled = cancelled or (bool(reason) and reason not in _PLACEHOLDERS)
        # "partially_refunded" still ships what was not refunded.
        said = [
            s for s in (text.get(n, "") for n in ("sub_status", "cancel_type", "payment_status"))
            if s and "partial" not in s.casefold() and any(w in s.casefold() for w in words)
        ]  # fmt: skip
        if not (cancelled or said):
            return
        status = values.get("status") or ""
        if any(w in status.casefold() for w in words):
            return
        detail = said[0] if said else "cancelled"
        values["status"] = f"{status} · {detail}" if status else detail

    def _zone_for(self, country: str | None) -> tzinfo:
        if self.profile.timezone:
            return _zone(self.profile.timezone)
        return _zone(COUNTRY_ZONE.get(country or "", "UTC"))

    def _currency(self, text: dict[str, str], country: str | None) -> str | None:
        explicit = text.get("currency", "").strip().upper()
        if len(explicit) == 3 and explicit.isalpha():
            return explicit
        for name in ("total", "unit_price", "items_total"):
            amount = text.get(name)
            # A plain number names no currency: most exports write amounts so.
            if not amount or _PLAIN_AMOUNT.match(amount):
                continue
            money = parse_money(amount)
            if money and money.currency:
                return money.currency
        if self.header_currency:
            return self.header_currency
        if self.profile.currency:
            return self.profile.currency
        return _territory_currency(country)

    def _split_tracking(self, values: dict[str, Any]) -> None:
        # AliExpress writes "Carrier:TRACKINGNO" in one cell.
        tracking = values.get("tracking_number")
        if isinstance(tracking, str) and ":" in tracking and self.profile.key == "aliexpress":
            carrier, _, number = tracking.rpartition(":")
            values["tracking_number"] = number.strip() or None
            values["carrier"] = carrier.strip() or values.get("carrier")

    def _line(self, raw: RawLine, currency: str | None) -> ParsedLine:
        text = raw.values
        quantity = parse_int(text.get("quantity")) or 1
        locale = self.profile.locale
        unit = parse_money(text.get("unit_price"), currency, locale)
        total = parse_money(text.get("line_total"), currency, locale)
        unit_price = unit.amount if unit else None
        line_total = total.amount if total else None
        if self.profile.price_is_line_total and line_total is None and unit_price is not None:
            # A mapping that says "prices are per line" puts the line price in unit_price.
            line_total, unit_price = unit_price, None
        if self.profile.price_is_line_total and line_total is not None:
            unit_price = (line_total / quantity).quantize(Decimal("0.01"))
        if line_total is None and unit_price is not None:
            line_total = unit_price * quantity
        return ParsedLine(
            sku=plain_text(text["sku"]) if text.get("sku") else None,
            title=text.get("title") or None,
            variant=text.get("variant") or None,
            quantity=quantity,
            unit_price=unit_price,
            line_total=line_total,
            item_id=text.get("item_id") or None,
        )

    def _apply_total_rule(
        self, raw: RawOrder, values: dict[str, Any], lines: list[ParsedLine], currency: str | None
    ) -> None:
        rule = self.profile.total_rule

        locale = self.profile.locale

        def summed(name: str) -> Decimal | None:
            # None when no row states the amount: unknown money is not zero.
            total: Decimal | None = None
            for text in raw.sums.get(name, []):
                money = parse_money(text, currency, locale)
                if money:
                    total = (total or Decimal(0)) + money.amount
            return total

        known = [line.line_total for line in lines if line.line_total is not None]
        line_sum: Decimal | None = sum(known, Decimal(0)) if known else None
        if rule in ("sum_lines_plus_shipping", "sum_paid_plus_shipping"):
            shipping = summed("shipping_fee")
            values["items_total"] = line_sum
            values["shipping_fee"] = shipping
            if rule == "sum_paid_plus_shipping":
                values["discount"] = None
            else:
                # Amazon's promotions are written per line, as negative or positive amounts.
                promotions = [summed("item_promotion"), summed("ship_promotion")]
                found = [abs(p) for p in promotions if p is not None]
                if found:
                    values["discount"] = sum(found, Decimal(0))
            if line_sum is None:
                values["total"] = None
            else:
                values["total"] = line_sum + (shipping or Decimal(0)) - (values.get("discount") or Decimal(0))
        elif rule == "etsy_items":
            shipping = values.get("shipping_fee") or Decimal(0)
            discount = values.get("discount") or Decimal(0)
            values["items_total"] = line_sum
            values["total"] = None if line_sum is None else line_sum + shipping - discount
        elif rule == "ml_income":
            items = values.get("items_total")
            if items is None:
                items = sum(
                    ((line.unit_price or Decimal(0)) * line.quantity for line in lines), Decimal(0)
                )
                values["items_total"] = items
            values["total"] = items + (values.get("shipping_fee") or Decimal(0))
        elif values.get("total") is None and line_sum is not None:
            values["total"] = line_sum + (values.get("shipping_fee") or Decimal(0))
