"""Search text: one folded string per order, matched word by word with plain substring tests.

FTS5 tokenizers cannot find Chinese substrings and a trigram index misses two-character
searches (DESIGN.md), so the search is a substring test over text folded the same way as the
query: case, width and accents fold away ('muller' finds 'Müller', 'nguyen' finds 'Nguyễn'),
and every word of the query must appear, in any order ('SWB 45' finds '45 ... SWB').
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

SEPARATOR = "\u241f"  # a visible unit separator that no query will contain

# Letters that carry their mark inside the letter itself, so decomposition keeps them.
_LETTERS = str.maketrans({
    "đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ı": "i", "ŧ": "t", "æ": "ae", "œ": "oe",
    "þ": "th", "ſ": "s",
})  # fmt: skip


@lru_cache(maxsize=4096)
def _strip_marks(char: str) -> str:
    # Marks are removed from Latin, Greek and Cyrillic letters only: in Japanese or Indic
    # scripts a combining mark changes the letter (か and が are different words).
    if char < "\u0250" or "\u0370" <= char < "\u0530" or "\u1e00" <= char < "\u1f00":
        decomposed = unicodedata.normalize("NFD", char)
        return "".join(c for c in decomposed if not unicodedata.combining(c))
    return char


def fold(text: str) -> str:
    """Case-, width- and accent-insensitive form: 'ＡＢＣ' and 'abc' fold alike, as do 'Ä' and 'a'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isascii():
        return folded
    folded = "".join(_strip_marks(c) if not c.isascii() else c for c in folded)
    return folded.translate(_LETTERS)


def words(query: str) -> list[str]:
    """The folded words of a query, longest first (the rarest test runs first)."""
    unique = {w for w in fold(query).split() if w}
    return sorted(unique, key=len, reverse=True)


def search_text(parts: Iterable[str | None]) -> str:
    return SEPARATOR.join(fold(p) for p in parts if p)


def matches(text: str, needles: list[str]) -> bool:
    return all(n in text for n in needles)


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_patterns(query: str) -> list[str]:
    """One LIKE pattern per word; a row matches when it matches them all."""
    return [f"%{_escape(w)}%" for w in words(query)]


def like_pattern(query: str) -> str:
    escaped = _escape(fold(query.strip()))
    return f"%{escaped}%"
