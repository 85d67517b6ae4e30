"""Keeping the seller-language copy of a message true after she edits the buyer's text by
hand: what she changed is carried over where the same words or numbers stand in the copy;
where they do not, the copy says it is out of date instead of showing the old text."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TOKENS = re.compile(r"\s+|\w+(?:[.,:/-]\w+)*|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")


@dataclass(frozen=True)
class Followed:
    text: str
    # False when some edit could not be placed in the copy: it no longer says the same.
    complete: bool


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def _numbers(text: str) -> list[str]:
    return _NUMBER.findall(text)


def follow_edit(rendered: str, edited: str, mirror: str) -> Followed:
    """The mirror with the edits that turned `rendered` into `edited`."""
    if edited == rendered:
        return Followed(mirror, True)
    old, new = _tokens(rendered), _tokens(edited)
    result = mirror
    complete = True
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before = "".join(old[a1:a2]).strip()
        after = "".join(new[b1:b2]).strip()
        if not before and not after:
            continue
        if before and result.count(before) == 1:
            result = result.replace(before, after)
            continue
        # "US$5.00" in English, "5,00 US$" beside it: carry the number over.
        old_numbers, new_numbers = _numbers(before), _numbers(after)
        if old_numbers and len(old_numbers) == len(new_numbers):
            placed = True
            for was, now in zip(old_numbers, new_numbers, strict=True):
                candidates = {was, was.replace(".", ","), was.replace(",", ".")}
                hit = next((c for c in candidates if result.count(c) == 1), None)
                if hit is None:
                    placed = False
                    break
                result = result.replace(hit, now if hit == was else now.replace(".", ","))
            if placed:
                continue
        complete = False
    return Followed(result, complete)
