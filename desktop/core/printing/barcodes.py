"""Barcode symbols as plain geometry (bar runs, module grids), so any painter can draw them
as vector rectangles: crisp on a 203 dpi thermal head, searchable PDF around them."""

from __future__ import annotations

from dataclasses import dataclass

import segno
from barcode.codex import Code128


class BarcodeError(ValueError):
    """The text cannot be carried by the symbol (empty, or characters Code128 lacks)."""


@dataclass(frozen=True)
class Bars:
    """A linear symbol: `runs` are (start module, width in modules) of the dark bars."""

    runs: tuple[tuple[int, int], ...]
    modules: int


@dataclass(frozen=True)
class Matrix:
    """A 2-D symbol without its quiet zone: rows of dark runs (start, width), size x size modules."""

    rows: tuple[tuple[tuple[int, int], ...], ...]
    size: int


def _runs(bits: str) -> tuple[tuple[int, int], ...]:
    runs: list[tuple[int, int]] = []
    start = -1
    for index, bit in enumerate(bits + "0"):
        if bit == "1" and start < 0:
            start = index
        elif bit != "1" and start >= 0:
            runs.append((start, index - start))
            start = -1
    return tuple(runs)


def code128(text: str) -> Bars:
    """Code128 (sets B/C chosen per run of digits, which keeps long numeric ids short)."""
    if not text:
        raise BarcodeError("nothing to encode")
    if any(ord(ch) < 32 or ord(ch) > 126 for ch in text):
        raise BarcodeError(f"Code128 carries printable ASCII only: {text!r}")
    bits = "".join(Code128(text).build())
    return Bars(runs=_runs(bits), modules=len(bits))


def qr(text: str) -> Matrix:
    """A QR code, error level M: survives a smudged thermal print and still stays small."""
    if not text:
        raise BarcodeError("nothing to encode")
    code = segno.make_qr(text, error="m", boost_error=False)
    rows = tuple(_runs("".join("1" if cell else "0" for cell in row)) for row in code.matrix)
    return Matrix(rows=rows, size=len(rows))
