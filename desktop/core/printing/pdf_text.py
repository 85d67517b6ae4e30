"""Make the text of a written PDF find-able: fix the ToUnicode maps a PDF writer derived from
the font's cmap.

A writer that maps each glyph back to the *first* code point the font gives it picks the
Kangxi radical U+2FBC for the glyph of 高 (Noto CJK shares them), and an Arabic presentation
form for a shaped letter, so a search for 高橋 or نورة finds nothing. Both have a compatibility
decomposition to the character the buyer's name really holds. The maps are plain text and the
replacement has the same byte length, so the file's cross-reference offsets stay valid."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_SECTION = re.compile(rb"(\d+ beginbf(?:range|char)\n)(.*?)(endbf(?:range|char))", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")
# Kangxi radicals, and Arabic presentation forms A and B.
_BLOCKS = ((0x2F00, 0x2FDF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _plain(code: int) -> int | None:
    if not any(lo <= code <= hi for lo, hi in _BLOCKS):
        return None
    text = unicodedata.normalize("NFKC", chr(code))
    if len(text) != 1 or ord(text) > 0xFFFF:
        return None  # a ligature such as lam-alef stays as it is: it has no one-letter form
    return ord(text)


def _fix_destination(match: re.Match[bytes]) -> bytes:
    plain = _plain(int(match.group(1), 16))
    return match.group(0) if plain is None else b"<%04X>" % plain


def _fix_line(line: bytes, ranges: bool) -> bytes:
    # Only destinations change: the first one (bfchar) or two (bfrange) codes are glyph ids.
    sources = 2 if ranges else 1
    tokens = list(_HEX.finditer(line))
    if len(tokens) <= sources:
        return line
    cut = tokens[sources - 1].end()
    return line[:cut] + _HEX.sub(_fix_destination, line[cut:])


def _fix_section(match: re.Match[bytes]) -> bytes:
    ranges = b"range" in match.group(1)
    body = b"\n".join(_fix_line(line, ranges) for line in match.group(2).split(b"\n"))
    return match.group(1) + body + match.group(3)


def repair_pdf_bytes(data: bytes) -> bytes:
    fixed = _SECTION.sub(_fix_section, data)
    assert len(fixed) == len(data)
    return fixed


def repair_pdf_text(path: Path) -> None:
    data = path.read_bytes()
    fixed = repair_pdf_bytes(data)
    if fixed != data:
        path.write_bytes(fixed)
