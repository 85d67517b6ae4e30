"""What one bad row may cost: itself (skipped, with its reason) or a field (left blank, with a
warning) — never the whole file, never a value stored wrong."""

from __future__ import annotations

import re
from functools import cache

import peewee

from desktop.core.models import Order, OrderLine
from desktop.core.orders.fields import MONEY_FIELDS
from desktop.core.orders.grouping import RawOrder
from desktop.core.orders.parsing import ParsedOrder
from desktop.core.orders.values import parse_int, parse_money

# Texts that mean "no value" in the exports, not a value that could not be read.
_BLANKS = frozenset({"", "-", "--", "—", "N/A", "n/a", "NA", "null", "NULL", "None"})
_PLAIN = re.compile(r"^-?\d{1,15}(?:\.\d+)?$")
# Order-level fields that rows of one order must agree on. Others legitimately differ from
# row to row (status per item, shipping fee on the first row only, line fields).
_MUST_AGREE = ("buyer_name", "phone", "address1", "postcode", "city", "country", "ordered_at")


def refusal(raw: RawOrder) -> str | None:
    """Why this order's rows must be skipped, or None. A quantity that is no number of items
    cannot be left blank (a line always has one), so the order waits for a correct export."""
    for line in raw.lines:
        text = str(line.values.get("quantity") or "").strip()
        if text.isdigit() and len(text) < 10:
            continue  # the common case, read without parsing
        if text and text not in _BLANKS and parse_int(text) is None:
            return f"order {raw.order_id}: quantity '{text[:40]}' is not a number of items"
    return None


def warnings(raw: RawOrder, parsed: ParsedOrder) -> list[str]:
    """Amounts left blank because their text is no amount, and rows of one order that disagree."""
    found: list[str] = []
    for name, text in raw.order_values.items():
        if name not in MONEY_FIELDS:
            continue
        value = str(text).strip()
        # Plain numbers always read; others are read again (a total worked out from the other
        # amounts may stand in for one that could not be read, which must still be said).
        if value in _BLANKS or _PLAIN.match(value) or parse_money(value) is not None:
            continue
        kept = parsed.values.get(name)
        instead = f"; {kept} worked out from the other amounts" if kept is not None else "; left blank"
        found.append(f"order {raw.order_id}: could not read {name} '{value[:40]}'{instead}")
    for raw_line, line in zip(raw.lines, parsed.lines, strict=False):
        if line.unit_price is None or line.line_total is None:
            for name in ("unit_price", "line_total"):
                value = str(raw_line.values.get(name) or "").strip()
                if value and value not in _BLANKS and getattr(line, name) is None:
                    found.append(f"order {raw.order_id}: could not read {name} '{value[:40]}'; left blank")
    found += conflicts(raw)
    return found


def conflicts(raw: RawOrder) -> list[str]:
    """Rows of the same order id that disagree on who or where: two orders under one id, or a
    duplicate row edited by hand. The first row's values are the ones kept; say so."""
    if len(raw.rows) < 2:
        return []
    found: list[str] = []
    first = raw.rows[0]
    for name in _MUST_AGREE:
        kept = first.values.get(name)
        for row in raw.rows[1:]:
            other = row.values.get(name)
            if kept and other and other != kept:
                found.append(
                    f"order {raw.order_id}: rows {first.number} and {row.number} disagree on "
                    f"{name} ('{kept[:40]}' / '{other[:40]}'); row {first.number} was kept"
                )
                break
    return found


@cache
def _sizes(model: type[peewee.Model]) -> tuple[tuple[str, int], ...]:
    return tuple(
        (name, int(f.max_length))
        for name, f in model._meta.fields.items()
        if isinstance(f, peewee.CharField) and f.max_length
    )


def too_long(parsed: ParsedOrder) -> str | None:
    """A value longer than its column keeps: a server database refuses it (SQLite would not),
    so the order is skipped with the reason instead of being cut short or failing the file."""
    values = parsed.values
    for name, size in _sizes(Order):
        value = parsed.order_id if name == "order_id" else values.get(_PARSED_NAMES.get(name, name))
        if type(value) is str and len(value) > size:
            return _too_long(parsed, name, value, size)
    line_sizes = [(n, s) for n, s in _sizes(OrderLine) if n in _LINE_TEXTS]
    for line in parsed.lines:
        for name, size in line_sizes:
            value = getattr(line, name)
            if type(value) is str and len(value) > size:
                return _too_long(parsed, name, value, size)
    return None


# Order columns whose parsed value goes by another name.
_PARSED_NAMES = {"marketplace_status": "status"}
# The text attributes of a parsed line (the others are numbers).
_LINE_TEXTS = frozenset({"sku", "title", "variant", "item_id"})


def _too_long(parsed: ParsedOrder, name: str, value: str, size: int) -> str:
    return (
        f"order {parsed.order_id[:64]}: the {name.replace('_', ' ')} is {len(value)} "
        f"characters long, more than the {size} Seller Desk keeps"
    )
