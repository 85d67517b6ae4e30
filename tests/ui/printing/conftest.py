from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

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
def make_order(order_factory: Any) -> Callable[..., int]:
    return order_factory("lazada", "Siam Gadgets", currency="USD")  # type: ignore[no-any-return]


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
