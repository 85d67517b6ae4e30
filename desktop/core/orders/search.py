"""Search text: one folded string per order, matched with a plain substring LIKE.

FTS5 tokenizers cannot find Chinese substrings and a trigram index misses two-character
searches (DESIGN.md), so the search is a LIKE over text folded the same way as the query.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

SEPARATOR = "\u241f"  # a visible unit separator that no query will contain


def fold(text: str) -> str:
    """Case- and width-insensitive form: 'ＡＢＣ' and 'abc' fold alike, as do 'Ä' and 'ä'."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(parts: Iterable[str | None]) -> str:
    return SEPARATOR.join(fold(p) for p in parts if p)


def like_pattern(query: str) -> str:
    escaped = fold(query.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
