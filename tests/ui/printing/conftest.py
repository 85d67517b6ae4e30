from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.core.models import Order, OrderLine, Shop
from desktop.ui.pyside_workarounds import keep_none_alive

# PySide6 6.12 on Python 3.11 loses a reference to None per void call; painting makes thousands.
keep_none_alive()

TOOLS = ("pdftoppm", "pdftotext", "zbarimg")


class PdfTools:
    """Reading a PDF back the way a user and a scanner would: its text, its barcodes."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp

    text = staticmethod(lambda pdf: pdf_text(pdf))
    pages = staticmethod(lambda pdf: page_count(pdf))

    def barcodes(self, pdf: Path, dpi: int = 200) -> list[str]:
        return barcodes(pdf, self.tmp, dpi)


@pytest.fixture
def tools(tmp_path: Path) -> PdfTools:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs poppler-utils and zbar-tools: {missing}")
    scratch = tmp_path / "pages"
    scratch.mkdir()
    return PdfTools(scratch)


@pytest.fixture
def make_order(data_dir: object) -> Callable[..., int]:
    shop = Shop.create(marketplace="lazada", name="Siam Gadgets")

    def make(order_id: str, lines: list[tuple[str, str, str, int]], **fields: Any) -> int:
        fields.setdefault("marketplace", "lazada")
        fields.setdefault("total", Decimal("20.00"))
        fields.setdefault("currency", "USD")
        order = Order.create(order_id=order_id, shop=shop, **fields)
        for position, (sku, title, variant, quantity) in enumerate(lines):
            OrderLine.create(
                order=order,
                position=position,
                sku=sku,
                title=title,
                variant=variant,
                quantity=quantity,
            )
        return int(order.get_id())

    return make


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def barcodes(pdf: Path, tmp: Path, dpi: int = 200) -> list[str]:
    """Every symbol zbarimg reads on every page, as 'CODE-128:...' / 'QR-Code:...'."""
    for old in tmp.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    prefix = tmp / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    found: list[str] = []
    for png in sorted(tmp.glob(f"{pdf.stem}-*.png")):
        result = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True)
        found.extend(line for line in result.stdout.splitlines() if line)
    return found


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
