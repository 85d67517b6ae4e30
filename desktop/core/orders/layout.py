"""Finding the header row of an export and recognising whose export it is."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.orders.profiles import PROFILES, Profile
from desktop.core.orders.values import Cell, cell_text

HEADER_SCAN_ROWS = 30


def norm_header(text: str) -> str:
    """Header text folded so that case, width, spacing, newlines and punctuation do not matter."""
    folded = unicodedata.normalize("NFKC", text.replace("\ufeff", "")).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass(frozen=True)
class Synonym:
    key: str
    occurrence: int  # 1 = first column with that name
    prefix: bool


def parse_synonym(text: str) -> Synonym:
    occurrence = 1
    match = re.search(r"#(\d+)$", text)
    if match:
        occurrence = int(match.group(1))
        text = text[: match.start()]
    prefix = text.endswith("*") and len(text) > 1 and not text.endswith("**")
    # "Tracking Number*" is Shopee's literal header; it folds to the same key as the prefix form.
    return Synonym(norm_header(text), occurrence, prefix)


@cache
def _known_keys() -> frozenset[str]:
    return frozenset(
        parse_synonym(s).key for p in PROFILES for names in p.fields.values() for s in names
    )


@dataclass
class Layout:
    """Where the data is and what each column means."""

    header_row: int  # 0-based index of the header row in the sheet
    headers: list[str]
    columns: dict[str, int]  # canonical field -> column index
    profile: Profile
    saved_mapping: str | None = None  # name of the seller's saved mapping, if one was used

    @property
    def signature(self) -> str:
        return header_signature(self.headers)


def header_signature(headers: Sequence[str]) -> str:
    keys = [norm_header(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode()).hexdigest()


def row_texts(row: Sequence[Cell]) -> list[str]:
    return [cell_text(cell) for cell in row]


def find_header_row(head: list[list[Cell]]) -> int | None:
    """The row among the first ones with the most known column names."""
    known = _known_keys()
    best, best_hits = None, 2
    for index, row in enumerate(head[:HEADER_SCAN_ROWS]):
        keys = [norm_header(t) for t in row_texts(row)]
        hits = sum(1 for k in keys if k and (k in known or _prefix_known(k)))
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def _prefix_known(key: str) -> bool:
    return any(key.startswith(k) for k in ("产品信息", "productinformation"))


def guess_header_row(head: list[list[Cell]]) -> int:
    """For an unknown layout: the first row that is mostly text, which is how headers look."""
    for index, row in enumerate(head[:HEADER_SCAN_ROWS]):
        texts = [t for t in row_texts(row) if t]
        if len(texts) >= 3 and sum(1 for t in texts if not _looks_numeric(t)) >= len(texts) * 0.7:
            return index
    return 0


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+$€£¥\d.,: /]+", text))


def resolve_columns(fields: dict[str, tuple[str, ...]], headers: Sequence[str]) -> dict[str, int]:
    keys = [norm_header(h) for h in headers]
    columns: dict[str, int] = {}
    for field_name, synonyms in fields.items():
        for text in synonyms:
            index = _find(keys, parse_synonym(text))
            if index is not None:
                columns[field_name] = index
                break
    return columns


def _find(keys: list[str], synonym: Synonym) -> int | None:
    seen = 0
    for index, key in enumerate(keys):
        hit = key.startswith(synonym.key) if synonym.prefix else key == synonym.key
        if hit and key:
            seen += 1
            if seen == synonym.occurrence:
                return index
    return None


def score_profile(profile: Profile, headers: Sequence[str]) -> tuple[int, dict[str, int]]:
    columns = resolve_columns(profile.fields, headers)
    if "order_id" not in columns:
        return 0, columns
    keys = [norm_header(h) for h in headers]
    signature_hits = sum(1 for s in profile.signature if _find(keys, parse_synonym(s)) is not None)
    if signature_hits < 2:
        return 0, columns
    return signature_hits * 3 + len(columns), columns


def detect(head: list[list[Cell]]) -> Layout | None:
    """The best marketplace layout for a sheet, or None when no known layout fits."""
    header_row = find_header_row(head)
    if header_row is None:
        return None
    headers = row_texts(head[header_row])
    best: tuple[int, Profile, dict[str, int]] | None = None
    for profile in PROFILES:
        score, columns = score_profile(profile, headers)
        if score and (best is None or score > best[0]):
            best = (score, profile, columns)
    if best is None:
        return None
    return Layout(header_row=header_row, headers=headers, columns=best[2], profile=best[1])


def find_row_with_signature(head: list[list[Cell]], signatures: Iterable[str]) -> tuple[int, str] | None:
    wanted = set(signatures)
    for index, row in enumerate(head[:HEADER_SCAN_ROWS]):
        signature = header_signature(row_texts(row))
        if signature in wanted:
            return index, signature
    return None
