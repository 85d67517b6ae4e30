"""Paper never drops a line: every order number, every packing-list line, every id whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.printing.checklist import load_checklists
from desktop.core.printing.picklist import build_pick_list
from desktop.ui.printing.job import PrintJob, write_pdf

MakeOrder = Callable[..., int]


@pytest.mark.parametrize("paper", ["a4", "letter", "4x6"])
def test_one_sku_in_300_orders_lists_every_order_number(
    qapp: object, tools: Any, make_order: MakeOrder, tmp_path: Path, paper: str
) -> None:
    ids = [f"2411{n:06d}X{n % 7}" for n in range(300)]
    pks = [make_order(order_id, [("MUG-BLK", "Black mug", "Black", 1)]) for order_id in ids]
    # Two more SKUs around it, so the long row starts mid-page.
    pks.append(make_order("LAST-1", [("ZZ-TOP", "Last thing", "", 1), ("AA-1", "First", "", 2)]))
    out = tmp_path / f"pick-{paper}.pdf"
    pages = write_pdf(out, PrintJob("picklist", pks, paper=paper))
    text = tools.text(out)
    found = set(re.findall(r"2411\d{6}X\d", text))
    assert found == set(ids), sorted(set(ids) - found)[:5]
    assert pages >= (2 if paper != "4x6" else 6)
    assert "(continued)" in text
    assert "Total units: 303" in text


def test_variants_naming_the_same_thing_fold_into_one_pick_line(make_order: MakeOrder) -> None:
    pks = [
        make_order("V1", [("TEE-BLK", "Tee", "", 1)]),
        make_order("V2", [("TEE-BLK", "Tee", "Black", 2)]),
        make_order("V3", [("TEE-BLK", "Tee", "Color: Black", 1)]),
        make_order("V4", [("TEE-BLK", "Tee", "Colour:black", 1)]),
        make_order("V5", [("MULTI", "Mug", "Color: Red", 1), ("MULTI", "Mug", "Color: Blue", 1)]),
        make_order("V6", [("MULTI", "Mug", "", 1)]),
    ]
    pick = build_pick_list(load_checklists(pks))
    tee = [line for line in pick.lines if line.sku == "TEE-BLK"]
    assert len(tee) == 1 and tee[0].quantity == 5 and tee[0].variant == "Color: Black"
    assert [o for o, _ in tee[0].orders] == ["V1", "V2", "V3", "V4"]
    # A SKU seen with two variants keeps them apart, and the unnamed one on its own.
    assert sorted(line.variant for line in pick.lines if line.sku == "MULTI") == [
        "", "Color: Blue", "Color: Red",
    ]  # fmt: skip


def test_long_order_ids_are_never_cut_on_a_label(
    qapp: object, tools: Any, make_order: MakeOrder, tmp_path: Path
) -> None:
    long_ids = ["578112345678901234567890", "AMZ-114-1234567-1234567-ABCDEFGH"]
    pks = [make_order(order_id, [("SKU-A", "Thing", "", 1)]) for order_id in long_ids]
    out = tmp_path / "pick.pdf"
    write_pdf(out, PrintJob("picklist", pks, paper="4x6"))
    flat = re.sub(r"\s+", "", tools.text(out))
    for order_id in long_ids:
        assert order_id in flat


@pytest.mark.parametrize(("paper", "per_page", "count"), [("4x6", 1, 12), ("a4", 4, 12), ("4x6", 1, 40)])
def test_a_12_line_packing_list_lists_12_lines(
    qapp: object, tools: Any, make_order: MakeOrder, tmp_path: Path, paper: str, per_page: int,
    count: int,
) -> None:
    lines = [(f"SKU-{n:02d}", f"Item number {n:02d} with a fairly long title", "", 1) for n in range(count)]
    pk = make_order(
        "PL-12", lines, buyer_name="Somchai Jaidee", address1="99/1 Sukhumvit Soi 11",
        city="Bangkok", postcode="10110", country="TH",
    )  # fmt: skip
    out = tmp_path / "packing.pdf"
    write_pdf(out, PrintJob("packing_lists", [pk], paper=paper, per_page=per_page))
    text = tools.text(out)
    found = set(re.findall(r"Item number (\d\d)", text))
    assert found == {f"{n:02d}" for n in range(count)}
    assert "+" not in re.sub(r"\s", "", text).replace("+66", "")  # no "+N …"
    assert "99/1 Sukhumvit Soi 11" in text and "Bangkok 10110" in text  # Thailand Post: province, then postcode
    if count > 12:
        parts = tools.pages(out)
        assert parts >= 2 and f"{parts}/{parts}" in text  # continued on further parts


def test_a_long_note_ends_with_an_ellipsis_and_continues(
    qapp: object, tools: Any, make_order: MakeOrder, tmp_path: Path
) -> None:
    words = " ".join(f"word{n:03d}" for n in range(400))
    lines = [(f"S{n}", f"Thing {n}", "", 1) for n in range(6)]
    pk = make_order(
        "NOTE-1", lines, buyer_note=words, buyer_name="Ana Lima", address1="Rua Augusta 1500",
        city="São Paulo", postcode="01304-001", country="BR",
    )  # fmt: skip
    out = tmp_path / "checklist.pdf"
    write_pdf(out, PrintJob("checklists", [pk], paper="4x6"))
    text = tools.text(out)
    found = re.findall(r"word(\d{3})", text)
    assert sorted(set(found)) == [f"{n:03d}" for n in range(400)]
    assert "…" in text and tools.pages(out) >= 2
    assert "Ship to: Ana Lima, Rua Augusta 1500, 01304-001 São Paulo, Brazil" in " ".join(text.split())
