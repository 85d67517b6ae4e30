"""Search text: one folded string per order, matched word by word with plain substring tests.

FTS5 tokenizers cannot find Chinese substrings and a trigram index misses two-character
searches (DESIGN.md), so the search is a substring test over text folded the same way as the
query: case, width and accents fold away ('muller' finds 'Müller', 'nguyen' finds 'Nguyễn'),
and every word of the query must appear, in any order ('SWB 45' finds '45 ... SWB').
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

SEPARATOR = "\u241f"  # a visible unit separator that no query will contain

# Letters that carry their mark inside the letter itself, so decomposition keeps them.
_LETTERS = {
    "đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ı": "i", "ŧ": "t", "æ": "ae", "œ": "oe",
    "þ": "th", "ſ": "s",
}  # fmt: skip
_LETTER = re.compile("[" + "".join(_LETTERS) + "]")
# The combining marks used with Latin, Greek and Cyrillic letters. Marks of other scripts stay:
# in Japanese or Thai a combining mark changes the letter (か and が are different words).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Case-, width- and accent-insensitive form: 'ＡＢＣ' and 'abc' fold alike, as do 'Ä' and 'a'.

    All in C (normalisation and regular expressions): the search index folds 100,000 orders.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isascii():
        return folded
    stripped = _MARKS.sub("", unicodedata.normalize("NFD", folded))
    # Back to composed form, so Hangul syllables and kana keep their shape.
    folded = unicodedata.normalize("NFC", stripped)
    return _LETTER.sub(lambda m: _LETTERS[m.group()], folded)


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
