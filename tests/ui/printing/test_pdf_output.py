"""Printed papers as a user gets them: PDF pages turned to images, barcodes read back, text found."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.printing.job import NothingToPrintError, PrintCancelled, PrintJob, write_pdf

MakeOrder = Callable[..., int]

THAI_NAME = "ปิยะพงษ์ บุญมา"
CHINESE_NAME = "王雅婷"
JAPANESE_NAME = "高橋 結衣"


def _squash(text: str) -> str:
    # pdftotext puts a space where a Thai vowel mark sits off its glyph's advance; a PDF
    # viewer's search ignores it the same way.
    return "".join(text.split())


@pytest.fixture
def orders(make_order: MakeOrder) -> list[int]:
    return [
        make_order(
            "8049426246279894",
            [("LBS-OVR-BEG-S", "เสื้อเชิ้ตผ้าลินิน", "Color:Beige", 1)],
            buyer_name=THAI_NAME,
            country="TH",
            currency="THB",
            total=Decimal("890"),
        ),
        make_order(
            "#1004",
            [("HCC-4PC-PAS", "Hair claw clips", "Set:Pastel", 2), ("MUG-GM350", "Mug", "", 3)],
            buyer_name=CHINESE_NAME,
            country="TW",
            fragile=True,
        ),
        make_order(
            "3074511950979651",
            [("SST-600-CRM", "Tumbler", "Color:Cream", 1)],
            buyer_name=JAPANESE_NAME,
            country="JP",
            tracking_number="LP00373893099806",
        ),
        make_order(
            "3067656794761579",
            [("WEP-ANC-BLK", "Earbuds", "", 1)],
            buyer_name="نورة الشهري",
            country="SA",
        ),
        make_order(
            "3003310202799879",
            [("LED-5M-UK", "LED strip", "Plug:UK", 1)],
            buyer_name="अमित कुमार",
            country="IN",
        ),
    ]


@pytest.mark.parametrize(
    ("paper", "per_page", "pages"), [("4x6", 1, 5), ("a4", 4, 2), ("letter", 2, 3)]
)
def test_checklists_carry_the_order_id_as_text_and_barcodes(
    qapp: object,
    tools: Any,
    orders: list[int],
    tmp_path: Path,
    paper: str,
    per_page: int,
    pages: int,
) -> None:
    pdf = tmp_path / f"checklists-{paper}.pdf"
    write_pdf(pdf, PrintJob("checklists", orders, paper, per_page))
    assert tools.pages(pdf) == pages
    codes = tools.barcodes(pdf)
    for order_id in ("8049426246279894", "#1004", "3074511950979651", "3067656794761579"):
        assert f"CODE-128:{order_id}" in codes
        assert f"QR-Code:{order_id}" in codes
    text = tools.text(pdf)
    assert "#1004" in text
    assert CHINESE_NAME in text
    assert JAPANESE_NAME in text  # 高 must not come out as the Kangxi radical ⾼
    assert _squash(THAI_NAME) in _squash(text)
    assert "نورة" in text
    assert "FRAGILE" in text and "photograph contents, inner and outer packing" in text
    assert "×3" in text  # quantities above one are printed big and inverted


def test_pick_list_totals(qapp: object, tools: Any, orders: list[int], tmp_path: Path) -> None:
    pdf = tmp_path / "pick.pdf"
    write_pdf(pdf, PrintJob("picklist", orders, "a4", sort="title"))
    text = tools.text(pdf)
    assert "Pick list" in text
    assert "Total units: 9" in text  # 1 + 2 + 3 + 1 + 1 + 1
    assert "HCC-4PC-PAS" in text and "#1004 ×2" in text


def test_packing_lists_thank_the_buyer_in_their_language(
    qapp: object, tools: Any, orders: list[int], tmp_path: Path
) -> None:
    pdf = tmp_path / "packing.pdf"
    write_pdf(pdf, PrintJob("packing_lists", orders, "4x6"))
    assert tools.pages(pdf) == 5
    text = _squash(tools.text(pdf))
    assert _squash("รายการสินค้าในกล่อง") in text  # Thailand
    assert "ขอบคุณ" in text
    assert _squash("感謝您的購買") in text  # Taiwan: traditional Chinese
    assert _squash("ご注文ありがとうございます") in text  # Japan
    assert _squash("please message us first") in text  # India falls back to English
    assert _squash("Tumbler") in text


def test_a_cancelled_run_leaves_no_file(qapp: object, orders: list[int], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "cancelled.pdf"
    with pytest.raises(PrintCancelled):
        write_pdf(pdf, PrintJob("checklists", orders, "a4"), cancelled=lambda: True)
    assert list(out.iterdir()) == []
    with pytest.raises(NothingToPrintError):
        write_pdf(pdf, PrintJob("checklists", [], "a4"))
    assert list(out.iterdir()) == []


def test_a_long_order_continues_on_the_next_label(
    qapp: object, tools: Any, make_order: MakeOrder, tmp_path: Path
) -> None:
    lines = [
        (f"SKU-{i:02}", f"Item number {i} with a rather long descriptive title", "Size:M", 1)
        for i in range(30)
    ]
    pk = make_order("LONG-ORDER-1", lines)
    pdf = tmp_path / "long.pdf"
    write_pdf(pdf, PrintJob("checklists", [pk], "4x6"))
    pages = tools.pages(pdf)
    assert pages >= 2
    text = tools.text(pdf)
    assert all(f"SKU-{i:02}" in text for i in range(30))
    assert tools.barcodes(pdf).count("CODE-128:LONG-ORDER-1") == pages
