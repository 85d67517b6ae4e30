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


def strict_header(text: str) -> str:
    """Header text folded for case, width and spacing only: 'purchase-date' stays apart from
    'Purchase Date' (Amazon and Temu), while 'orderItemId' meets 'Order Item Id' (Lazada)."""
    folded = unicodedata.normalize("NFKC", text.replace("\ufeff", "")).casefold()
    return "".join(folded.split())


def exact_header(text: str) -> str:
    """Header text as written, with only width and spacing normalised: tells apart columns that
    differ in the case of one letter (Shopee Vietnam's two "buyer paid" totals)."""
    return " ".join(unicodedata.normalize("NFKC", text.replace("\ufeff", "")).split())


@dataclass(frozen=True)
class Synonym:
    key: str
    occurrence: int  # 1 = first column with that name
    prefix: bool
    exact: str = ""  # non-empty: the header must be written exactly so (case included)
    explicit_occurrence: bool = False


def parse_synonym(text: str) -> Synonym:
    occurrence, explicit = 1, False
    match = re.search(r"#(\d+)$", text)
    if match:
        occurrence, explicit = int(match.group(1)), True
        text = text[: match.start()]
    exact = ""
    if text.startswith("=") and len(text) > 1:
        text = text[1:]
        exact = exact_header(text)
    prefix = text.endswith("*") and len(text) > 1 and not text.endswith("**")
    # "Tracking Number*" is Shopee's literal header; it folds to the same key as the prefix form.
    return Synonym(norm_header(text), occurrence, prefix, exact, explicit)


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
    sheet: int = 0  # which sheet of a workbook

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


class HeaderKeys:
    """A header row folded three ways, computed once per file."""

    def __init__(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.loose = [norm_header(h) for h in headers]
        self.strict = [strict_header(h) for h in headers]
        self.exact = [exact_header(h) for h in headers]


def resolve_columns(
    fields: dict[str, tuple[str, ...]], headers: Sequence[str] | HeaderKeys
) -> dict[str, int]:
    keys = headers if isinstance(headers, HeaderKeys) else HeaderKeys(headers)
    columns: dict[str, int] = {}
    for field_name, synonyms in fields.items():
        for text in synonyms:
            index = find_column(keys, parse_synonym(text))
            if index is not None:
                columns[field_name] = index
                break
    return columns


def find_column(keys: HeaderKeys, synonym: Synonym) -> int | None:
    if not synonym.key:
        return None
    if synonym.prefix:
        hits = [i for i, k in enumerate(keys.loose) if k and k.startswith(synonym.key)]
    else:
        hits = [i for i, k in enumerate(keys.loose) if k == synonym.key]
    if synonym.exact:
        hits = [i for i in hits if keys.exact[i] == synonym.exact]
    if len(hits) < synonym.occurrence:
        return None
    if synonym.explicit_occurrence or len(hits) == 1:
        return hits[synonym.occurrence - 1]
    return hits[0]


def _signature_hit(keys: HeaderKeys, text: str) -> bool:
    if text.endswith("*") and len(text) > 1:
        wanted = strict_header(text[:-1])
        return any(k.startswith(wanted) for k in keys.strict if k)
    wanted = strict_header(text.removeprefix("="))
    return wanted in keys.strict


@dataclass
class Candidate:
    profile: Profile
    score: int
    signature_hits: int
    columns: dict[str, int]


def candidates(headers: Sequence[str]) -> list[Candidate]:
    """Every layout whose columns this header row has, best first (possibly weak ones)."""
    keys = HeaderKeys(headers)
    found = []
    for profile in PROFILES:
        columns = resolve_columns(profile.fields, keys)
        hits = sum(1 for s in dict.fromkeys(profile.signature) if _signature_hit(keys, s))
        if hits == 0 and not columns:
            continue
        score = hits * 3 + len(columns) if "order_id" in columns else 0
        found.append(Candidate(profile, score, hits, columns))
    found.sort(key=lambda c: (c.score, c.signature_hits), reverse=True)
    return found


def score_profile(profile: Profile, headers: Sequence[str]) -> tuple[int, dict[str, int]]:
    for candidate in candidates(headers):
        if candidate.profile.key == profile.key:
            return _accepted_score(candidate), candidate.columns
    return 0, {}


def _accepted_score(candidate: Candidate) -> int:
    if "order_id" not in candidate.columns or candidate.signature_hits < candidate.profile.min_signature:
        return 0
    return candidate.score


@dataclass
class Recognition:
    layout: Layout | None
    reason: str  # why there is no layout: "" when there is one
    guesses: list[Candidate]


def recognise(head: list[list[Cell]]) -> Recognition:
    """The marketplace layout of a sheet. A weak best match, or two marketplaces that fit
    equally well, give no layout: filing one marketplace's export under another would be worse."""
    header_row = find_header_row(head)
    if header_row is None:
        return Recognition(None, "no known marketplace columns", [])
    headers = row_texts(head[header_row])
    found = candidates(headers)
    accepted = [c for c in found if _accepted_score(c)]
    if not accepted:
        weak = found[0].profile.name if found else ""
        reason = f"too few columns of a known export (closest: {weak})" if weak else "no known marketplace columns"
        return Recognition(None, reason, found)
    best = accepted[0]
    # The distinctive columns are the evidence: another marketplace with as many is a tie.
    rivals = [
        c for c in accepted[1:]
        if c.profile.marketplace != best.profile.marketplace and c.signature_hits >= best.signature_hits
    ]  # fmt: skip
    if rivals:
        reason = f"the columns fit {best.profile.name} and {rivals[0].profile.name} equally well"
        return Recognition(None, reason, found)
    layout = Layout(header_row=header_row, headers=headers, columns=best.columns, profile=best.profile)
    return Recognition(layout, "", found)


def detect(head: list[list[Cell]]) -> Layout | None:
    """The best marketplace layout for a sheet, or None when no known layout fits."""
    return recognise(head).layout


def find_row_with_signature(head: list[list[Cell]], signatures: Iterable[str]) -> tuple[int, str] | None:
    wanted = set(signatures)
    for index, row in enumerate(head[:HEADER_SCAN_ROWS]):
        signature = header_signature(row_texts(row))
        if signature in wanted:
            return index, signature
    return None
