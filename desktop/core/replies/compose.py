"""Preparing one message: template + order values + the seller's fill-ins, for the buyer's
language and, beside it, the seller's own."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.core.amounts import parse_amount
from desktop.core.models import Order
from desktop.core.models.base import utc_now
from desktop.core.replies.catalogue import Catalogue
from desktop.core.replies.checks import Warning, check
from desktop.core.replies.errors import OrderNotFoundError
from desktop.core.replies.grammar import isolated_value, polish
from desktop.core.replies.keys import ORDER_PK, pk_of
from desktop.core.replies.language import language_for, remembered_language
from desktop.core.replies.library import Library
from desktop.core.replies.localefmt import format_date, format_money
from desktop.core.replies.order_values import ValueOptions, column_values, order_values
from desktop.core.replies.placeholders import (
    COLUMN_PREFIX,
    PLACEHOLDER,
    Rendered,
    Span,
    ordered_placeholders,
    render,
)


@dataclass(frozen=True)
class Draft:
    order_pk: int
    scenario_key: str
    language: str
    variant: str
    rendered: Rendered
    # Every placeholder of the template and what kind of value it takes, for the fill-in form.
    placeholder_types: dict[str, str] = field(default_factory=dict)
    # What would not be true if this went to the buyer today.
    warnings: tuple[Warning, ...] = ()

    @property
    def text(self) -> str:
        return self.rendered.text

    @property
    def missing(self) -> list[str]:
        return self.rendered.missing


# The signature on a line of its own: left out, line and all, when there is none.
_SIGNATURE_LINE = re.compile(r"\n*^[ \t]*\{signature\}[ \t]*$", re.MULTILINE)


class Composer:
    def __init__(self, catalogue: Catalogue, library: Library, options: ValueOptions) -> None:
        self.catalogue = catalogue
        self.library = library
        self.options = options

    @staticmethod
    def order(order_pk: int) -> Order:
        order = Order.get_or_none(order_pk == ORDER_PK)
        if order is None:
            raise OrderNotFoundError(order_pk)
        return order

    def buyer_language(self, order: Order) -> str:
        """The seller's earlier choice for this buyer, else the shop's language, else by
        country, region and name."""
        available = self.catalogue.languages
        remembered = remembered_language(order)
        if remembered and remembered in available:
            return remembered
        shop_language = order.shop.reply_language if order.shop else ""
        return language_for(
            order.country, order.marketplace, shop_language, available,
            region=order.region, postcode=order.postcode, buyer_name=order.buyer_name,
        )  # fmt: skip

    def placeholder_type(self, name: str) -> str:
        meta = self.catalogue.placeholders.get(name)
        return meta.type if meta else "text"

    def is_fill_in(self, name: str) -> bool:
        """Fill-in fields are asked every time; order values only when the order lacks them."""
        if name.startswith(COLUMN_PREFIX):
            return False
        meta = self.catalogue.placeholders.get(name)
        return meta is None or meta.is_fill_in

    def format_fill(self, name: str, raw: str, language: str, order: Order) -> str | None:
        raw = raw.strip()
        if not raw:
            return None
        kind = self.placeholder_type(name)
        if kind == "money":
            amount = parse_amount(raw, order.currency)
            if amount is None:
                return None
            return format_money(amount, order.currency, language, order.country)
        if kind == "date":
            try:
                return format_date(date.fromisoformat(raw), language, order.country)
            except ValueError:
                return raw
        if kind == "choice":
            return self.catalogue.choice_text(name, raw, language) or raw
        return raw

    def values(
        self,
        order: Order,
        language: str,
        fills: Mapping[str, str],
        options: ValueOptions | None = None,
    ) -> dict[str, str | None]:
        values: dict[str, str | None] = dict(column_values(pk_of(order)))
        values.update(order_values(order, language, options or self.options))
        if not values.get("shop_name"):
            values["shop_name"] = self.catalogue.fallbacks.get(language, {}).get("shop_name")
        for name, raw in fills.items():
            formatted = self.format_fill(name, raw, language, order)
            if formatted is not None:
                values[name] = formatted
        return {
            name: isolated_value(value, language) if value is not None else None
            for name, value in values.items()
        }

    def template(self, key: str, language: str, variant: str, signed: bool) -> str:
        template = self.library.text(key, language, variant)
        if not signed:
            template = _SIGNATURE_LINE.sub("", template).rstrip()
        return template

    def warnings(self, order: Order, key: str) -> tuple[Warning, ...]:
        if not self.catalogue.has_scenario(key):
            return ()
        today = self.options.today or utc_now().date()
        stage = self.catalogue.scenario(key).stage
        return tuple(check(order, key, stage, today, self.options.transit))

    def draft(
        self,
        order_pk: int,
        key: str,
        language: str | None = None,
        variant: str = "warm",
        fills: Mapping[str, str] | None = None,
        lines: tuple[int, ...] | None = None,
    ) -> Draft:
        """`lines`: the order lines the message is about (positions); None for all."""
        order = self.order(order_pk)
        language = language or self.buyer_language(order)
        options = replace(self.options, line_positions=lines) if lines is not None else self.options
        values = self.values(order, language, fills or {}, options)
        template = self.template(key, language, variant, signed=bool(values.get("signature")))
        rendered = render(template, values)
        polished = polish(rendered.text, language)
        if polished != rendered.text:
            spans = [
                Span(m.start(), m.end(), m.group(1))
                for m in PLACEHOLDER.finditer(polished)
                if m.group(1) in rendered.missing
            ]
            rendered = Rendered(polished, rendered.missing, spans)
        types = {name: self.placeholder_type(name) for name in ordered_placeholders(template)}
        return Draft(order_pk, key, language, variant, rendered, types, self.warnings(order, key))


# A sentence ends at . ! ? followed by a space (never inside "5.3" or "example.com/a.b", nor
# after a number's dot: German "5. Dezember"), at the CJK full stops with or without a
# space, and in Thai, which has no full stop, at the space between two Thai words.
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?<!\d\.)\s+(?=\S)|(?<=[。！？])\s*(?=\S)|(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])"
)
_URL = re.compile(r"https?://\S+")


def _sentences(paragraph: str) -> list[str]:
    """The paragraph cut at sentence ends, each piece with its trailing space."""
    protected = {m.start(): m.end() for m in _URL.finditer(paragraph)}
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if any(a <= match.start() < b for a, b in protected.items()):
            continue
        pieces.append(paragraph[start : match.end()])
        start = match.end()
    pieces.append(paragraph[start:])
    return [p for p in pieces if p]


def split_messages(text: str, limit: int = 320) -> list[str]:
    """A long answer as several short chat messages: at blank lines, and long paragraphs at
    sentence ends (the sources: buyers lose patience with one long block)."""
    messages: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if len(paragraph) <= limit:
            messages.append(paragraph)
            continue
        current = ""
        for sentence in _sentences(paragraph):
            if current and len(current) + len(sentence) > limit:
                messages.append(current.strip())
                current = ""
            current += sentence
        if current.strip():
            messages.append(current.strip())
    # A trailing signature is not a message of its own: it goes under the last one.
    if (
        len(messages) > 1
        and len(messages[-1]) <= 60
        and not re.search(r"[.!?。！？]$", messages[-1])
    ):
        signature = messages.pop()
        messages[-1] = f"{messages[-1]}\n{signature}"
    return messages
