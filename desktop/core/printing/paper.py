"""Paper sizes and where the small checklists go on a sheet, in millimetres."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paper:
    key: str
    width_mm: float
    height_mm: float
    # Sheets take 1, 2 or 4 checklists; a thermal label takes exactly one.
    per_page_choices: tuple[int, ...]


@dataclass(frozen=True)
class Slot:
    x: float
    y: float
    width: float
    height: float


PAPERS: dict[str, Paper] = {
    "a4": Paper("a4", 210.0, 297.0, (1, 2, 4)),
    "letter": Paper("letter", 215.9, 279.4, (1, 2, 4)),
    # 100 x 150 mm is the common thermal label; it also fits a true 4 x 6 inch (101.6 x 152.4).
    "4x6": Paper("4x6", 100.0, 150.0, (1,)),
}


class UnknownPaperError(ValueError):
    pass


def paper(key: str) -> Paper:
    try:
        return PAPERS[key.lower()]
    except KeyError:
        raise UnknownPaperError(key) from None


def slots(p: Paper, per_page: int) -> list[Slot]:
    """The checklist areas of one sheet, top to bottom, left to right."""
    if per_page not in p.per_page_choices:
        per_page = 1
    w, h = p.width_mm, p.height_mm
    if per_page == 2:
        return [Slot(0, 0, w, h / 2), Slot(0, h / 2, w, h / 2)]
    if per_page == 4:
        return [Slot(x, y, w / 2, h / 2) for y in (0, h / 2) for x in (0, w / 2)]
    return [Slot(0, 0, w, h)]
