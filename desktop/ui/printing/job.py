"""A print job: which papers for which orders on what paper, rendered onto any paged device
(PDF writer, printer, preview). Safe to run in a worker thread: QPainter on QPdfWriter and
QPrinter is supported there, and nothing here touches a widget."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from desktop.core.printing.checklist import (
    Checklist,
    FragileRule,
    HighValueRule,
    iter_checklists,
)
from desktop.core.printing.packing_list import packing_list
from desktop.core.printing.paper import Paper, Slot, paper, slots
from desktop.core.printing.pdf_text import repair_pdf_text
from desktop.core.printing.picklist import build_pick_list
from desktop.ui.printing.canvas import Canvas
from desktop.ui.printing.checklist_painter import ChecklistPainter
from desktop.ui.printing.packing_list_painter import PackingListPainter
from desktop.ui.printing.picklist_painter import PickListPainter

KINDS = ("checklists", "picklist", "packing_lists")
PDF_RESOLUTION = 300

Report = Callable[[float, str], None]
IsCancelled = Callable[[], bool]


class PrintCancelled(Exception):
    pass


class NothingToPrintError(ValueError):
    pass


def _no_report(_fraction: float, _message: str) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class PrintJob:
    kind: str
    order_pks: list[int]
    paper: str = "a4"
    per_page: int = 1
    sort: str = "sku"
    rule: HighValueRule = field(default_factory=HighValueRule)
    fragile: FragileRule = field(default_factory=FragileRule)
    # Empty: the system's font for every script (see Canvas.font).
    font_family: str = ""

    @property
    def sheet(self) -> Paper:
        return paper(self.paper)


def page_layout(sheet: Paper) -> QPageLayout:
    size = QPageSize(QSizeF(sheet.width_mm, sheet.height_mm), QPageSize.Unit.Millimeter, sheet.key)
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


def prepare_printer(printer: QPrinter, job: PrintJob) -> None:
    printer.setFullPage(True)  # coordinates from the paper's corner, like the PDF
    printer.setPageLayout(page_layout(job.sheet))
    printer.setDocName(job.kind)


class _Pager:
    """Hands out slots on sheets, starting a new page when a sheet is full."""

    def __init__(
        self, device: QPagedPaintDevice, canvas: Canvas, sheet: Paper, per_page: int
    ) -> None:
        self.device = device
        self.canvas = canvas
        self.slots = slots(sheet, per_page)
        self.used = 0
        self.pages = 0

    def next_slot(self) -> Slot:
        if self.used == len(self.slots) or self.pages == 0:
            if self.pages:
                self.device.newPage()
            self.pages += 1
            self.used = 0
            self._cut_marks()
        slot = self.slots[self.used]
        self.used += 1
        return slot

    def _cut_marks(self) -> None:
        if len(self.slots) == 1:
            return
        for slot in self.slots[1:]:
            if slot.x > 0:
                self.canvas.vline(slot.x, slot.y, slot.height, 0.15, dashed=True)
            if slot.y > 0 and slot.x == 0:
                self.canvas.hline(
                    0,
                    slot.y,
                    slot.x + slot.width * (2 if len(self.slots) == 4 else 1),
                    0.15,
                    dashed=True,
                )


def render(
    job: PrintJob,
    device: QPagedPaintDevice,
    painter: QPainter,
    report: Report = _no_report,
    cancelled: IsCancelled = _never,
) -> int:
    """Paint the job; returns the number of pages."""
    if not job.order_pks:
        raise NothingToPrintError
    canvas = Canvas(painter, job.font_family)
    total = len(job.order_pks)
    checklists = _progress(iter_checklists(job.order_pks, job.rule, fragile=job.fragile), total, report, cancelled)
    if job.kind == "picklist":
        pick = build_pick_list(list(checklists), job.sort)
        return PickListPainter(canvas, job.sheet).paint(pick, device.newPage, datetime.now(UTC))
    pager = _Pager(device, canvas, job.sheet, job.per_page)
    if job.kind == "packing_lists":
        packer = PackingListPainter(canvas)
        for checklist in checklists:
            packing = packing_list(checklist)
            parts = packer.parts(packing, pager.slots[0])
            for number, lines in enumerate(parts, start=1):
                packer.paint(packing, pager.next_slot(), lines, number, len(parts))
        return pager.pages
    painter_ = ChecklistPainter(canvas)
    for checklist in checklists:
        parts = painter_.parts(checklist, pager.slots[0])
        for number, content in enumerate(parts, start=1):
            painter_.paint(checklist, pager.next_slot(), content, number, len(parts))
    return pager.pages


def _progress(
    items: Iterator[Checklist], total: int, report: Report, cancelled: IsCancelled
) -> Iterator[Checklist]:
    step = max(1, total // 100)
    for index, item in enumerate(items):
        if cancelled():
            raise PrintCancelled
        if index % step == 0:
            report(index / total, item.order_id)
        yield item
    report(1.0, "")


def print_to(
    printer: QPrinter, job: PrintJob, report: Report = _no_report, cancelled: IsCancelled = _never
) -> int:
    prepare_printer(printer, job)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        return render(job, printer, painter, report, cancelled)
    finally:
        painter.end()


def write_pdf(
    path: Path, job: PrintJob, report: Report = _no_report, cancelled: IsCancelled = _never
) -> int:
    """Write the job as a PDF. The file appears only when complete: a cancelled or failed run
    leaves any earlier file at `path` untouched."""
    part = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(part))
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Seller Desk")
    writer.setTitle(job.kind)
    writer.setPageLayout(page_layout(job.sheet))
    painter = QPainter()
    try:
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        try:
            pages = render(job, writer, painter, report, cancelled)
        finally:
            painter.end()
        del writer
        repair_pdf_text(part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return pages
