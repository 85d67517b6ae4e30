"""{placeholder} syntax: finding, checking and filling placeholders in a template text.

Names are lower-case identifiers ({tracking_number}); `{column:Header}` takes any column of
the order's original export row. A text may hold no other braces, so a message that still
contains `{` after rendering is known to be unfinished."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"\{(column:[^{}\n]+|[a-z_][a-z0-9_]*)\}")
COLUMN_PREFIX = "column:"


def placeholders_in(text: str) -> set[str]:
    """The placeholder names in text; ValueError for braces that are not a placeholder."""
    stripped = PLACEHOLDER.sub("", text)
    if "{" in stripped or "}" in stripped:
        raise ValueError("stray brace: use {name} placeholders only")
    return set(PLACEHOLDER.findall(text))


def ordered_placeholders(text: str) -> list[str]:
    """Placeholder names in order of first appearance."""
    seen: dict[str, None] = {}
    for name in PLACEHOLDER.findall(text):
        seen.setdefault(name, None)
    return list(seen)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class Rendered:
    text: str
    # Names without a value, in order of appearance; their {name} stays in text.
    missing: list[str]
    # Where each unfilled placeholder sits in text, for highlighting.
    spans: list[Span]

    @property
    def complete(self) -> bool:
        return not self.missing


def render(text: str, values: Mapping[str, str | None]) -> Rendered:
    """Fill every placeholder that has a non-empty value; keep and report the others."""
    out: list[str] = []
    spans: list[Span] = []
    missing: dict[str, None] = {}
    position = 0
    length = 0
    for match in PLACEHOLDER.finditer(text):
        literal = text[position : match.start()]
        out.append(literal)
        length += len(literal)
        name = match.group(1)
        value = values.get(name)
        if value is None or not str(value).strip():
            piece = match.group(0)
            spans.append(Span(length, length + len(piece), name))
            missing.setdefault(name, None)
        else:
            piece = str(value)
        out.append(piece)
        length += len(piece)
        position = match.end()
    out.append(text[position:])
    return Rendered("".join(out), list(missing), spans)


def unfilled_in(text: str) -> list[str]:
    """Placeholders still present in an edited message (the seller may have typed over some)."""
    return ordered_placeholders(text)
